import CCmark

extension MarkdownRenderer {
    /// A body is shown under its page's own `<h1>` (the title), and screen readers walk
    /// a page's headings as an outline, so a body's headings are made to follow the title
    /// without a gap: a body that uses `# Heading` has every heading moved one level down,
    /// and no heading is more than one level below the one before it (`###` right under
    /// the title becomes `<h2>`; `######` under `<h3>` becomes `<h4>`). A body whose
    /// headings already step one level at a time is left as written.
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
        let shift: Int32 = headings.contains(where: { cmark_node_get_heading_level($0) == 1 }) ? 1 : 0
        var previous: Int32 = 1  // the page's title
        for heading in headings {
            let level = min(6, cmark_node_get_heading_level(heading) + shift, previous + 1)
            cmark_node_set_heading_level(heading, level)
            previous = level
        }
    }
}
