import Testing
@testable import CommonsModel

@Suite("Markdown bodies through libcmark")
struct MarkdownTests {
    @Test func rawHTMLIsDroppedByDefault() {
        let markdown = Markdown(rendering: "Hi <script>alert(1)</script>\n\n<div onclick=x>block</div>\n")
        #expect(!markdown.html.contains("<script>"))
        #expect(!markdown.html.contains("<div"))
        #expect(markdown.html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func rawHTMLWhenTheCommonsOptsIn() throws {
        let content = try TemporaryContent([
            "commons.md": "---\ntitle: T\nunsafe_html: true\n---\n<aside>Note</aside>\n",
        ])
        let commons = try #require(content.load().commons)
        #expect(commons.settings.body.html.contains("<aside>Note</aside>"))
    }

    @Test func dangerousLinksAreNeutralised() {
        let markdown = Markdown(rendering: "[x](javascript:alert(1))")
        #expect(!markdown.html.contains("javascript:"))
    }

    @Test func leadAndFirstParagraph() {
        let markdown = Markdown(rendering: "## Fixed the *legend*\n\nThe legend `overlapped`\nthe scale.\n")
        #expect(markdown.lead == "Fixed the legend")
        #expect(markdown.firstParagraph == "The legend overlapped the scale.")
    }

    @Test func contributionTitleDefaults() throws {
        let long = String(repeating: "word ", count: 30)
        let content = try TemporaryContent([
            "contributions/a.md": contribution("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code", body: "Fixed the legend."),
            "contributions/b.md": contribution("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: data", body: ""),
            "contributions/c.md": contribution("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: docs", body: long),
        ])
        let titles = try #require(content.load().commons).contributions.map(\.title)
        #expect(titles[0] == "Fixed the legend.")
        #expect(titles[1] == "Data for Maps")
        #expect(titles[2].count <= 80 && titles[2].hasSuffix("…"))
    }
}
