import CommonsModel
import Foundation
import Testing
@testable import CommonsPreview

@Suite(.serialized) struct ErrorOverlayTests {
    static let broken = "---\ntitle: \"Maps\nlicense: ODbL-1.0\n---\nWe map the river.\n"

    @Test func anErrorIsShownOverEveryPageAndItsFixRemovesIt() async throws {
        try await PreviewSession.with(generated: false, files: SmallCommons.files) { session in
            let events = try session.listen()
            var shown = try await session.firstBuild(events)
            let goodBuild = shown
            let good = try await session.get("/about/").body
            try session.write(ErrorOverlayTests.broken, to: "Content/projects/maps.md")
            shown = try #require(await events.next(after: shown))
            let diagnostics = try #require(session.preview.served.current.overlay).text
            #expect(diagnostics.contains("projects/maps.md:2:8: error: "))
            // With the line and a caret under the quote, as check prints them.
            #expect(diagnostics.contains("\n    2 | title: \"Maps\n      |        ^\n"))
            for target in ["/about/", "/", "/projects/maps/", "/nowhere/"] {
                let page = try await session.get(target)
                #expect(page.text.contains("<details open id=\"commons-serve-errors\""), "\(target)")
                #expect(page.text.contains(HTMLEscapingForTests.escape(diagnostics)), "\(target)")
            }
            // Over the last good site, in the page's HTML: readable without JavaScript.
            let lastGood = try #require(session.preview.served.current.files?["about/index.html"])
            #expect(good == LiveReload.insert(into: lastGood, build: goodBuild))
            let overlay = try #require(session.preview.served.current.overlay)
            #expect(try await session.get("/about/").body == LiveReload.insert(into: overlay.insert(into: lastGood), build: shown))
            // The terminal has them too, as check prints them.
            #expect(session.lines.contains(diagnostics))
            #expect(session.lines.last?.contains("the browser shows them over the last good site") == true)
            // Not in a stylesheet or data.
            #expect(try await session.get("/stats.json").text.hasPrefix("{"))

            try session.write(SmallCommons.files["projects/maps.md"]!, to: "Content/projects/maps.md")
            shown = try #require(await events.next(after: shown))
            #expect(try await !session.get("/about/").text.contains("commons-serve-errors"))
            #expect(session.lines.last?.contains("the errors are fixed") == true)
        }
    }

    @Test func untilAFirstBuildSucceedsEveryAddressAnswersWithTheErrors() async throws {
        var files = SmallCommons.files
        files["projects/maps.md"] = ErrorOverlayTests.broken
        try await PreviewSession.with(generated: false, files: files) { session in
            let events = try session.listen()
            var shown = try await session.firstBuild(events)
            for target in ["/", "/style.css", "/projects/maps/", "/../etc/passwd"] {
                let response = try await session.get(target)
                #expect(response.status == 500, "\(target)")
                #expect(response.headers["content-type"] == "text/html; charset=utf-8")
                #expect(response.text.contains("projects/maps.md:2:8: error: "), "\(target)")
                #expect(response.text.contains("nothing could be built yet"), "\(target)")
                #expect(response.text.contains(LiveReload.script(build: shown)), "\(target)")
            }
            #expect(session.lines.last?.contains("every address shows them until they are fixed") == true)
            try session.write(SmallCommons.files["projects/maps.md"]!, to: "Content/projects/maps.md")
            shown = try #require(await events.next(after: shown))
            #expect(try await session.get("/").status == 200)
        }
    }

    @Test func theOverlayGoesJustAfterTheBodyTagAndEscapesWhatItShows() {
        let overlay = ErrorOverlay([.error("projects/<x>.md", at: Position(line: 2, column: 8), "a \"quote\" & <b>")],
                                   folder: "Content")
        let page = overlay.insert(into: Array("<html><body class=\"home\"><p>Hi</p></body></html>".utf8))
        let text = String(decoding: page, as: UTF8.self)
        #expect(text.hasPrefix("<html><body class=\"home\"><details open id=\"commons-serve-errors\""))
        #expect(text.contains("projects/&lt;x&gt;.md:2:8: error: a &quot;quote&quot; &amp; &lt;b&gt;"))
        #expect(text.hasSuffix("</details><p>Hi</p></body></html>"))
    }
}

enum HTMLEscapingForTests {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
