import Foundation
import Glibc
import Synchronization
import Testing
@testable import CommonsPreview

/// The preview over a real socket on 127.0.0.1: what it answers, and what it refuses.
@Suite(.serialized) struct ServingTests {
    @Test func pagesAssetsAndDataAreServedWithTheirTypes() async throws {
        try await PreviewSession.with(generated: false, files: SmallCommons.files) { session in
            _ = try await session.firstBuild(try session.listen())
            let home = try await session.get("/")
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.text.contains("<title>") && home.text.contains(LiveReload.eventsPath))
            for (target, type) in [("/style.css", "text/css; charset=utf-8"), ("/assets/logo.svg", "image/svg+xml"),
                                   ("/feed.xml", "application/xml; charset=utf-8"), ("/stats.json", "application/json"),
                                   ("/robots.txt", "text/plain; charset=utf-8"), ("/projects/maps/", "text/html; charset=utf-8"),
                                   ("/projects/maps/index.html", "text/html; charset=utf-8")] {
                let response = try await session.get(target)
                #expect(response.status == 200, "\(target)")
                #expect(response.headers["content-type"] == type, "\(target)")
                #expect(!response.text.contains(LiveReload.eventsPath) || type.hasPrefix("text/html"), "\(target)")
            }
        }
    }

    @Test func headAnswersLikeGetWithoutTheBody() async throws {
        try await PreviewSession.with(generated: false, files: SmallCommons.files) { session in
            _ = try await session.firstBuild(try session.listen())
            let get = try await session.get("/stats.json")
            let head = try await session.get("/stats.json", method: "HEAD")
            #expect(head.status == 200 && head.body.isEmpty)
            #expect(head.headers["content-length"] == String(get.body.count))
            #expect(head.headers["content-type"] == "application/json")
        }
    }

    @Test func onlyGetAndHeadAreAnswered() async throws {
        try await PreviewSession.with(generated: false, files: SmallCommons.files) { session in
            for method in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"] {
                let response = try await session.get("/", method: method)
                #expect(response.status == 405, "\(method)")
                #expect(response.headers["allow"] == "GET, HEAD")
            }
        }
    }

    @Test func aMissingPageIsTheSitesOwn404AndAFolderWithoutItsSlashMoves() async throws {
        try await PreviewSession.with(generated: false, files: SmallCommons.files) { session in
            _ = try await session.firstBuild(try session.listen())
            let missing = try await session.get("/projects/nowhere/")
            #expect(missing.status == 404)
            let notFound = try #require(session.preview.served.current.files?["404.html"])
            #expect(missing.body == LiveReload.insert(into: notFound, build: session.preview.served.current.build))
            let moved = try await session.get("/projects/maps")
            #expect(moved.status == 302)
            #expect(moved.headers["location"] == "/projects/maps/")
            // No listing of a folder that has no page.
            #expect(try await session.get("/assets/").status == 404)
        }
    }

    @Test func noAddressReachesAFileOutsideTheSite() async throws {
        try await PreviewSession.with(generated: false, files: SmallCommons.files) { session in
            let events = try session.listen()
            let shown = try await session.firstBuild(events)
            try session.write("TOP SECRET\n", to: "secret.txt")
            // A link out of the content is refused by the build, so never in the site.
            #expect(symlink(session.folder + "/secret.txt", session.content + "/assets/secret.txt") == 0)
            _ = await events.next(after: shown)
            let targets = [
                "/../secret.txt", "/../../../../../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd",
                "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt",
                "/assets/..%5c..%5csecret.txt", "/..\\secret.txt", "/assets/..\\..\\secret.txt",
                "//etc/passwd", "/%2fetc%2fpasswd", session.folder + "/secret.txt", "/assets/secret.txt",
                "/assets/../../secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/.%2e/secret.txt",
                "http://127.0.0.1/../secret.txt", "/Content/commons.md", "/commons.md", "/%00",
            ]
            for target in targets {
                let response = try await session.get(target)
                #expect(response.status == 400 || response.status == 404, "\(target) answered \(response.status)")
                #expect(!response.text.contains("TOP SECRET") && !response.text.contains("root:x:0"), "\(target)")
            }
        }
    }

    @Test func twoHundredConnectionsAtOnceAreAllAnswered() async throws {
        try await PreviewSession.with(generated: false, files: SmallCommons.files) { session in
            _ = try await session.firstBuild(try session.listen())
            let expected = try await session.get("/stats.json").body
            let http = session.http
            let answered = try await offThePool { try ServingTests.answeredAtOnce(200, http: http, expecting: expected) }
            #expect(answered == 200)
        }
    }

    /// Opens `count` connections, then sends a request on each, then reads every answer.
    static func answeredAtOnce(_ count: Int, http: RawHTTP, expecting expected: [UInt8]) throws -> Int {
            let sockets = try (0..<count).map { _ in try http.connect() }
            defer { sockets.forEach { close($0) } }
            for fd in sockets {
                try RawHTTP.send("GET /stats.json HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", on: fd)
            }
            var answered = 0
            for fd in sockets {
                var received: [UInt8] = []
                let deadline = Date().addingTimeInterval(10)
                // Until the answer is whole or the deadline passes: on a loaded machine an
                // answer can pause longer than any one wait (a silence is not an end).
                while Date() < deadline {
                    let chunk = RawHTTP.receive(on: fd, timeout: 0.5)
                    if chunk.isEmpty, RawHTTP.parse(received, complete: true, head: false)?.body == expected { break }
                    received += chunk
                }
                if let response = RawHTTP.parse(received, complete: true, head: false), response.status == 200,
                   response.body == expected { answered += 1 }
            }
            return answered
    }

    @Test func clientsThatHangUpMidResponseLeaveItServing() async throws {
        try await PreviewSession.with(generated: false, files: SmallCommons.files) { session in
            _ = try await session.firstBuild(try session.listen())
            let http = session.http
            try await offThePool { try ServingTests.hangUp(20, http: http) }
            let events = try session.listen()
            _ = await events.next()
            close(try session.http.connect())
            #expect(try await session.get("/").status == 200)
        }
    }

    /// Clients that leave mid-answer, mid-request, and without a word.
    static func hangUp(_ count: Int, http: RawHTTP) throws {
            for _ in 0..<count {
                let fd = try http.connect()
                try RawHTTP.send("GET /stats/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", on: fd)
                _ = RawHTTP.receive(on: fd, timeout: 1)
                // Reset rather than close politely: the server's next write fails.
                var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
                setsockopt(fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
                close(fd)
                let half = try http.connect()
                try RawHTTP.send("GET /stats/ HTTP/1.1\r\nHost: 127.", on: half)
                close(half)
            }
    }
}

@Suite struct PortTests {
    @Test func theDefaultPortMovesOnWhenTakenAndAChosenOneFails() async throws {
        var options = Preview.Options(site: .init(content: "/nonexistent", asOf: PreviewSession.asOf))
        options.port = 0
        let first = Preview(options) { _ in }
        let url = try await first.start()
        let taken = UInt16(url.split(separator: ":").last!.dropLast())!
        options.port = taken
        await #expect(throws: Preview.Failure.self) { try await Preview(options) { _ in }.start() }
        options.movesToFreePort = true
        let heard = Heard()
        let moved = Preview(options) { heard.lines.withLock { [line = $0] in $0.append(line) } }
        #expect(try await !moved.start().hasSuffix(":\(taken)/"))
        #expect(heard.lines.withLock { $0.first } == "port \(taken) is taken; trying \(taken + 1)")
        await moved.stop()
        await first.stop()
    }

    final class Heard: Sendable {
        let lines = Mutex<[String]>([])
    }
}
