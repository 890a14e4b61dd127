import Testing
@testable import CommonsModel

@Suite("Markdown bodies and the plain texts the format takes from them")
struct MarkdownTests {
    @Test func leadAndFirstParagraph() {
        let markdown = Markdown("## Fixed the *legend*\n\nThe legend `overlapped`\nthe scale.\n")
        #expect(markdown.lead == "Fixed the legend")
        #expect(markdown.firstParagraph == "The legend overlapped the scale.")
    }

    @Test func noParagraphNoHeading() {
        let markdown = Markdown("- a list\n\n```\ncode\n```\n")
        #expect(markdown.lead == "")
        #expect(markdown.firstParagraph == "")
    }

    @Test func aLoadedBodyCarriesItsSourceAndPlainTexts() throws {
        let body = "# The river walk\n\nWe map *step-free* toilets\nalong the river.\n\n<b>raw</b>\n"
        let content = try TemporaryContent([
            "projects/walks.md": "---\ntitle: Walks\nlicense: CC0-1.0\n---\n" + body,
        ])
        let commons = try #require(content.load().commons)
        let walks = try #require(commons.projects.first { $0.slug == "walks" })
        #expect(walks.body.source == Array(body.utf8))
        #expect(walks.body.lead == "The river walk")
        #expect(walks.body.firstParagraph == "We map step-free toilets along the river.")
        #expect(walks.summary == "We map step-free toilets along the river.")
    }

    @Test func bodiesAreNotKeptWhenNothingRendersThem() throws {
        let content = try TemporaryContent([
            "contributions/a.md": contribution("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code", body: "Fixed the legend."),
        ])
        let loaded = ContentLoader.read(folder: content.root.path, renderingBodies: false)
        let commons = try #require(loaded.resolve(asOf: Day(parsing: "2026-06-30")).commons)
        #expect(commons.contributions[0].title == "Fixed the legend.")
        #expect(commons.contributions[0].body.source.isEmpty)
        #expect(commons.projects[0].summary == "We map the river.")
        #expect(commons.projects[0].body.source.isEmpty)
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
