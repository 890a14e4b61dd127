import CCmark
import Glibc

/// A Markdown body, rendered once by libcmark while loading (in parallel), with the
/// plain texts the content format derives from it.
public struct Markdown: Sendable {
    public var html: String
    /// Plain text of the first paragraph: a project's default summary.
    public var firstParagraph: String
    /// Plain text of the first heading or paragraph, whichever comes first:
    /// a contribution's default title.
    public var lead: String

    public static let empty = Markdown(html: "", firstParagraph: "", lead: "")

    public init(html: String, firstParagraph: String, lead: String) {
        self.html = html
        self.firstParagraph = firstParagraph
        self.lead = lead
    }

    /// Renders CommonMark. Raw HTML is dropped unless `unsafeHTML` (cmark's safe default).
    /// `html: false` parses for the derived texts only: `check` never shows HTML.
    public init(rendering source: UnsafeRawBufferPointer, unsafeHTML: Bool, html renderHTML: Bool = true) {
        let options = CMARK_OPT_DEFAULT | (unsafeHTML ? CMARK_OPT_UNSAFE : 0)
        let base = source.baseAddress?.assumingMemoryBound(to: CChar.self)
        guard let document = cmark_parse_document(base, source.count, options) else {
            self = .empty
            return
        }
        defer { cmark_node_free(document) }
        if renderHTML {
            Markdown.flattenNestedLinks(document)
            Markdown.nestHeadingsUnderTitle(document)
        }
        if renderHTML, let rendered = cmark_render_html(document, options) {
            html = String(cString: rendered)
            free(rendered)
        } else {
            html = ""
        }
        var paragraph: String?
        var lead: String?
        var child = cmark_node_first_child(document)
        while let node = child, paragraph == nil {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_PARAGRAPH {
                paragraph = Markdown.plainText(of: node)
                if lead == nil { lead = paragraph }
            } else if type == CMARK_NODE_HEADING, lead == nil {
                lead = Markdown.plainText(of: node)
            }
            child = cmark_node_next(node)
        }
        firstParagraph = paragraph ?? ""
        self.lead = lead ?? ""
    }

    public init(rendering source: String, unsafeHTML: Bool = false) {
        var source = source
        self = source.withUTF8 { Markdown(rendering: UnsafeRawBufferPointer($0), unsafeHTML: unsafeHTML) }
    }

    /// The text a reader sees, without markup: text and code literals, breaks as spaces.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text.trimmingSpaces()
    }
}

extension String {
    func trimmingSpaces() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }

    /// At most `limit` characters, cut at a word boundary with an ellipsis.
    public func truncated(to limit: Int) -> String {
        guard count > limit else { return self }
        let cut = prefix(limit - 1)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(atWord.isEmpty ? cut : atWord) + "…"
    }
}
