import CCmark

extension MarkdownRenderer {
    /// CommonMark lets an autolink stand in a link's text (`[<https://a.org> river](b)`),
    /// and libcmark renders that as an `<a>` inside an `<a>`, which HTML forbids and
    /// browsers pull apart. The inner link keeps its text and loses the link.
    static func flattenNestedLinks(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        var depth = 0
        var inner: [OpaquePointer] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_LINK else { continue }
            if event == CMARK_EVENT_ENTER {
                if depth > 0 { inner.append(node) }
                depth += 1
            } else if event == CMARK_EVENT_EXIT {
                depth -= 1
            }
        }
        cmark_iter_free(iterator)
        for link in inner {
            while let child = cmark_node_first_child(link) {
                cmark_node_insert_before(link, child)
            }
            cmark_node_free(link)
        }
    }
}
