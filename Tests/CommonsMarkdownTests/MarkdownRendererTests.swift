import CommonsModel
import Testing
@testable import CommonsMarkdown

@Suite("Bodies rendered by libcmark")
struct MarkdownRendererTests {
    @Test func rawHTMLIsDroppedByDefault() {
        let html = MarkdownRenderer(unsafeHTML: false).render(Markdown("Hi <script>alert(1)</script>\n\n<div onclick=x>block</div>\n"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<div"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func rawHTMLWhenTheCommonsOptsIn() {
        let html = MarkdownRenderer(unsafeHTML: true).render(Markdown("<aside>Note</aside>\n"))
        #expect(html == "<aside>Note</aside>\n")
    }

    @Test func dangerousLinksAreNeutralised() {
        let html = MarkdownRenderer(unsafeHTML: false).render(Markdown("[x](javascript:alert(1))"))
        #expect(html == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func anEmptyBodyIsNoHTML() {
        #expect(MarkdownRenderer(unsafeHTML: false).render(.empty) == "")
    }

    @Test func pathologicalMarkdownStillRenders() {
        let body = Markdown(String(repeating: "*a **b ", count: 20_000) + "\n" + String(repeating: "[a](", count: 10_000))
        let html = MarkdownRenderer(unsafeHTML: false).render(body)
        #expect(html.hasPrefix("<p>*a **b"))
        #expect(html.hasSuffix("[a](</p>\n"))
    }
}
