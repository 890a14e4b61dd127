import CCmark
import CommonsModel
import Glibc

/// Bodies as the site shows them: HTML by libcmark, each under its page's own title, with
/// raw HTML dropped unless the commons allows it (`unsafe_html`, cmark's safe default
/// otherwise). Nothing is kept between two bodies, so the cores that draw pages render
/// their bodies side by side.
public struct MarkdownRenderer: Sendable {
    /// `unsafe_html` from commons.md.
    public let unsafeHTML: Bool

    public init(unsafeHTML: Bool) {
        self.unsafeHTML = unsafeHTML
    }

    public func render(_ body: Markdown) -> String {
        let options = CMARK_OPT_DEFAULT | (unsafeHTML ? CMARK_OPT_UNSAFE : 0)
        let parsed = body.source.withUnsafeBytes { bytes in
            cmark_parse_document(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count, options)
        }
        guard let document = parsed else { return "" }
        defer { cmark_node_free(document) }
        MarkdownRenderer.flattenNestedLinks(document)
        MarkdownRenderer.nestHeadingsUnderTitle(document)
        guard let html = cmark_render_html(document, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}
