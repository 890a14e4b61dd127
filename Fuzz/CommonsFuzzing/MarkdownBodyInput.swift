import CommonsMarkdown
import CommonsModel

/// A body as a page shows it, with raw HTML dropped or, when the first byte is odd, kept
/// (`unsafe_html`), and the plain texts the format takes from it.
struct MarkdownBodyInput {
    let unsafeHTML: Bool
    let body: Markdown

    init(_ input: [UInt8]) {
        unsafeHTML = (input.first ?? 0) & 1 == 1
        body = Markdown(source: Array(input.dropFirst()))
    }

    func render() {
        _ = MarkdownRenderer(unsafeHTML: unsafeHTML).render(body)
        _ = body.lead.truncated(to: 80)
        _ = body.firstParagraph
    }
}
