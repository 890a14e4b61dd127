import Foundation
import Testing
@testable import CommonsPreview

@Suite(.serialized) struct LiveReloadTests {
    @Test func aChangeIsAnnouncedAndServedNew() async throws {
        try await PreviewSession.with(generated: false, files: SmallCommons.files) { session in
            let events = try session.listen()
            let shown = try await session.firstBuild(events)
            #expect(try await session.get("/about/").text.contains("We are neighbours."))
            try session.write("---\ntitle: About us\n---\nWe are the neighbours of the river.\n", to: "Content/pages/about.md")
            let next = try #require(await events.next(after: shown))
            let page = try await session.get("/about/").text
            #expect(page.contains("We are the neighbours of the river."))
            #expect(page.contains(LiveReload.script(build: next)))
            #expect(session.lines.last?.hasPrefix("edited pages/about.md — rebuilt in ") == true)
        }
    }

    @Test func aWarningIsPrintedOnceNotAtEverySave() async throws {
        try await PreviewSession.with(generated: false, files: SmallCommons.files) { session in
            let events = try session.listen()
            var shown = try await session.firstBuild(events)
            try session.write("---\ntitle: Kettles\n---\nWe mend kettles.\n", to: "Content/projects/kettles.md")
            shown = try #require(await events.next(after: shown))
            let warned = session.lines.filter { $0.contains("projects/kettles.md:") }.count
            #expect(warned == 1)
            try session.write("---\ntitle: About us\n---\nWe are the neighbours of the river.\n", to: "Content/pages/about.md")
            shown = try #require(await events.next(after: shown))
            #expect(session.lines.filter { $0.contains("projects/kettles.md:") }.count == warned)
            #expect(session.lines.last?.hasSuffix("; 1 warning as before") == true, "\(session.lines.last ?? "")")
        }
    }

    /// A template change draws the site again whole, so the last site is let go first
    /// (a big site is not held twice): a template with an error then shows its errors at
    /// every address, never pages of the site before the change.
    @Test func aTemplateChangeLetsTheLastSiteGo() async throws {
        try await PreviewSession.with(generated: false, files: SmallCommons.files) { session in
            let events = try session.listen()
            var shown = try await session.firstBuild(events)
            #expect(try await session.get("/about/").text.contains("We are neighbours."))
            try session.write("{{#unclosed}}\n", to: "Templates/page.mustache")
            shown = try #require(await events.next(after: shown))
            let failing = try await session.get("/about/")
            #expect(failing.status == 500)
            #expect(!failing.text.contains("We are neighbours."))
            #expect(session.lines.last?.hasSuffix("every address shows them until they are fixed") == true, "\(session.lines.last ?? "")")
            try session.remove("Templates/page.mustache")
            shown = try #require(await events.next(after: shown))
            let fixed = try await session.get("/about/")
            #expect(fixed.status == 200)
            #expect(fixed.text.contains("We are neighbours."))
        }
    }

    /// With a quiet moment longer than serve's 20 ms: on a loaded machine writing 30 files
    /// once paused longer than that between two of them, and gave two rebuilds.
    @Test func aBurstOfChangesIsOneRebuild() async throws {
        try await PreviewSession.with(generated: false, files: SmallCommons.files, quiet: 0.3) { session in
            let events = try session.listen()
            let shown = try await session.firstBuild(events)
            // As a `git checkout` writes them: many files, one after another.
            for n in 0..<30 {
                try session.write(SmallCommons.contribution("amara", hours: n), to: "Content/contributions/2026/05/burst-\(n).md")
            }
            let next = try #require(await events.next(after: shown))
            #expect(await events.next(after: next, timeout: 0.5) == nil)
            #expect(session.lines.last?.hasPrefix("added 30 files — rebuilt in ") == true)
        }
    }

    @Test func theScriptIsInEveryHTMLPageOnceAndNeverInTheBuild() async throws {
        try await PreviewSession.with(generated: false, files: SmallCommons.files) { session in
            _ = try await session.firstBuild(try session.listen())
            let built = try session.built()
            #expect(!built.values.contains { String(decoding: $0, as: UTF8.self).contains(LiveReload.eventsPath) })
            for path in built.keys where path.hasSuffix(".html") {
                let served = try await session.get("/" + path).text
                #expect(served.components(separatedBy: "<script>").count == 2, "\(path)")
                #expect(served.hasSuffix("</script></body>\n</html>\n"), "\(path)")
            }
        }
    }

    @Test func eventsStartWithTheLatestBuildAndHowSoonToReconnect() async throws {
        try await PreviewSession.with(generated: false, files: SmallCommons.files) { session in
            _ = try await session.firstBuild(try session.listen())
            let fd = try session.http.connect()
            defer { close(fd) }
            try RawHTTP.send("GET /_commons/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", on: fd)
            let build = session.preview.served.current.build
            let text = try await offThePool {
                var text = ""
                let deadline = Date().addingTimeInterval(5)
                while !text.contains("data: \(build)\n\n") && Date() < deadline {
                    text += String(decoding: RawHTTP.receive(on: fd, timeout: 0.1), as: UTF8.self)
                }
                return text
            }
            #expect(text.hasPrefix("HTTP/1.1 200 OK\r\n"))
            #expect(text.contains("Content-Type: text/event-stream\r\n"))
            #expect(text.contains("retry: 1000\n\nevent: build\ndata: \(build)\n\n"))
        }
    }

    @Test func aPageFromAnEarlierRunReloads() async throws {
        try await PreviewSession.with(generated: false, files: SmallCommons.files) { first in
            try await PreviewSession.with(generated: false, files: SmallCommons.files) { second in
                _ = try await first.firstBuild(try first.listen())
                _ = try await second.firstBuild(try second.listen())
                // A page holds its build's name; a restarted serve names its builds anew.
                #expect(first.preview.served.current.build != second.preview.served.current.build)
            }
        }
    }
}
