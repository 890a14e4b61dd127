import Testing
@testable import CommonsModel

@Suite struct MarkdownNestedLinksTests {
    @Test func anAutolinkInsideALinkKeepsItsTextOnly() {
        let markdown = Markdown(rendering: "See [<https://a.org/x> river](https://b.org/y).\n")
        #expect(markdown.html == "<p>See <a href=\"https://b.org/y\">https://a.org/x river</a>.</p>\n")
    }

    @Test func linksSideBySideAreLeftAlone() {
        let markdown = Markdown(rendering: "[a](https://a.org) and <https://b.org>\n")
        #expect(markdown.html == "<p><a href=\"https://a.org\">a</a> and <a href=\"https://b.org\">https://b.org</a></p>\n")
    }
}
