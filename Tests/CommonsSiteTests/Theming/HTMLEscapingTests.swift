import Testing
@testable import CommonsSite

/// How escaping itself works is MarkupEscapingTests'; here, that every template uses it.
@Suite struct HTMLEscapingTests {
    @Test func everyTemplateOfTheThemeEscapesByteByByte() throws {
        let mark = "\u{338}"
        let site = try TemporarySite(["contributors/amara.md": "---\nname: \"Amara \\\"" + mark + " onclick=x\"\n---\n"])
        #expect(site.build().result.isPublished)
        let page = try #require(site.page("projects/maps/index.html"))
        #expect(page.contains("Amara &quot;" + mark + " onclick=x"))
        #expect(!page.contains("\"" + mark))
    }
}
