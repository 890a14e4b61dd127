import CommonsModel
import Testing
@testable import CommonsMarkdown

@Suite struct MarkdownRendererNestedLinksTests {
    let renderer = MarkdownRenderer(unsafeHTML: false)

    @Test func anAutolinkInsideALinkKeepsItsTextOnly() {
        let html = renderer.render(Markdown("See [<https://a.org/x> river](https://b.org/y).\n"))
        #expect(html == "<p>See <a href=\"https://b.org/y\">https://a.org/x river</a>.</p>\n")
    }

    @Test func linksSideBySideAreLeftAlone() {
        let html = renderer.render(Markdown("[a](https://a.org) and <https://b.org>\n"))
        #expect(html == "<p><a href=\"https://a.org\">a</a> and <a href=\"https://b.org\">https://b.org</a></p>\n")
    }
}
