import CCmark

/// A file's Markdown body as written, and the plain texts the content format takes from
/// it. The model keeps the source, not HTML: how a body is shown is the site's decision,
/// made where it is rendered (CommonsMarkdown).
public struct Markdown: Hashable, Sendable {
    /// The CommonMark text after the front matter, UTF-8.
    public let source: [UInt8]
    /// The source hashed once, as it is read: a preview hashes every body after each
    /// change to tell which pages changed, and on a big commons the bodies are tens of MB.
    private let digest: Int

    public static let empty = Markdown(source: [])

    public init(source: [UInt8]) {
        self.source = source
        var hasher = Hasher()
        source.withUnsafeBytes { hasher.combine(bytes: $0) }
        digest = hasher.finalize()
    }

    public init(_ text: String) {
        self.init(source: Array(text.utf8))
    }

    public static func == (a: Markdown, b: Markdown) -> Bool { a.digest == b.digest && a.source == b.source }

    public func hash(into hasher: inout Hasher) { hasher.combine(digest) }

    /// Plain text of the first paragraph: a project's default summary.
    ///
    /// The plain texts are parsed from the source each time they are read, not kept: the
    /// format reads one only when a file's front matter leaves out its summary or title,
    /// so most bodies are parsed once, where they are rendered.
    public var firstParagraph: String {
        firstPlainText { $0 == CMARK_NODE_PARAGRAPH }
    }

    /// Plain text of the first heading or paragraph, whichever comes first:
    /// a contribution's default title.
    public var lead: String {
        firstPlainText { $0 == CMARK_NODE_PARAGRAPH || $0 == CMARK_NODE_HEADING }
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
