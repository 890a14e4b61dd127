import Testing
@testable import CommonsSite

@Suite struct HTMLEscapingTests {
    @Test func theFiveMarkupCharactersBecomeEntities() {
        let markup = "<a href=\"x\">Tom & Jerry's</a>"
        #expect(HTMLEscaping.escape(markup) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        let plain = "Tomás Lindqvist — 東京"
        #expect(HTMLEscaping.escape(plain) == plain)
        #expect(HTMLEscaping.escape("") == "")
    }

    /// A quote followed by a combining mark is one Character; it is still a quote to a browser.
    @Test func aQuoteWithACombiningMarkIsStillEscaped() {
        let mark = "\u{338}"
        #expect(HTMLEscaping.escape("x\"" + mark + " onmouseover=alert(1)") == "x&quot;" + mark + " onmouseover=alert(1)")
        #expect(HTMLEscaping.escape("<" + mark + "script>") == "&lt;" + mark + "script&gt;")
    }

    @Test func everyTemplateOfTheThemeEscapesThisWay() throws {
        let mark = "\u{338}"
        let site = try TemporarySite(["contributors/amara.md": "---\nname: \"Amara \\\"" + mark + " onclick=x\"\n---\n"])
        #expect(site.build().result.isPublished)
        let page = try #require(site.page("projects/maps/index.html"))
        #expect(page.contains("Amara &quot;" + mark + " onclick=x"))
        #expect(!page.contains("\"" + mark))
    }
}
