import CCmark

extension MarkdownRenderer {
    /// A body is shown under its page's own `<h1>` (the title), so a body that uses
    /// `# Heading` has every heading moved one level down: the page's headings stay in
    /// order for screen readers. Bodies that start at `##` are left as written.
    static func nestHeadingsUnderTitle(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        var headings: [OpaquePointer] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
               cmark_node_get_type(node) == CMARK_NODE_HEADING {
                headings.append(node)
            }
        }
        cmark_iter_free(iterator)
        guard headings.contains(where: { cmark_node_get_heading_level($0) == 1 }) else { return }
        for heading in headings {
            cmark_node_set_heading_level(heading, min(6, cmark_node_get_heading_level(heading) + 1))
        }
    }
}
