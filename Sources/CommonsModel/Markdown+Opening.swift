import CCmark
import Glibc

extension Markdown {
    /// The plain text of the first top-level block of a kind `wanted` accepts; "" when none.
    ///
    /// Parsed from the body's opening when that decides it, as the first block is most
    /// often all a default title needs. CommonMark reads blocks line by line, so a block
    /// that another block follows within the opening was closed there and reads as it does
    /// in the whole body. Later lines change an earlier block's text only by defining a
    /// link (`[river]` is a link once `[river]: …` is written anywhere), so a body that may
    /// define one is parsed whole.
    func firstPlainText(_ wanted: (cmark_node_type) -> Bool) -> String {
        source.withUnsafeBytes { body in
            let opening = Markdown.openingLength(of: body)
            if opening < body.count, !Markdown.mayDefineLinks(body),
               let text = Markdown.firstPlainText(in: UnsafeRawBufferPointer(rebasing: body[..<opening]), wanted, whole: false) {
                return text
            }
            return Markdown.firstPlainText(in: body, wanted, whole: true) ?? ""
        }
    }

    /// nil when the answer could change with lines past `text`: the block found is the
    /// last one, still open, or none was found yet.
    private static func firstPlainText(in text: UnsafeRawBufferPointer, _ wanted: (cmark_node_type) -> Bool,
                                       whole: Bool) -> String? {
        guard let document = cmark_parse_document(text.baseAddress?.assumingMemoryBound(to: CChar.self), text.count, CMARK_OPT_DEFAULT)
        else { return whole ? "" : nil }
        defer { cmark_node_free(document) }
        var child = cmark_node_first_child(document)
        while let node = child {
            if wanted(cmark_node_get_type(node)) {
                return whole || cmark_node_next(node) != nil ? plainText(of: node) : nil
            }
            child = cmark_node_next(node)
        }
        return whole ? "" : nil
    }

    /// The lines through the first one that follows a blank line after some text: the
    /// first block, and the start of the next when the first is a paragraph or a heading.
    static func openingLength(of body: UnsafeRawBufferPointer) -> Int {
        var start = 0
        var sawText = false
        var sawBreak = false
        while start < body.count {
            var end = start
            while end < body.count && body[end] != 0x0A { end += 1 }
            let blank = body[start..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if !blank && sawBreak { return min(end + 1, body.count) }
            if blank && sawText { sawBreak = true }
            if !blank { sawText = true }
            start = end + 1
        }
        return body.count
    }

    /// Whether `]:`, with which every link reference definition is written, occurs.
    static func mayDefineLinks(_ body: UnsafeRawBufferPointer) -> Bool {
        guard let base = body.baseAddress else { return false }
        var from = 0
        while from < body.count, let found = memchr(base + from, 0x5D, body.count - from) {
            let bracket = base.distance(to: UnsafeRawPointer(found))
            if bracket + 1 < body.count && body[bracket + 1] == 0x3A { return true }
            from = bracket + 1
        }
        return false
    }
}
