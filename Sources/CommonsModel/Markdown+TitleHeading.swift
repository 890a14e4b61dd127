import CCmark

extension Markdown {
    /// The body without its opening heading when that heading says `title`: a
    /// contribution without a title takes it from that heading, and its page shows the
    /// title already, right above the body. Otherwise the body as it is.
    public func droppingOpeningHeading(saying title: String) -> Markdown {
        // Only an ATX heading ("# …") can open a body and be taken for its title cheaply;
        // most bodies open with a paragraph, and are not parsed here at all.
        guard let first = source.firstIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }),
              source[first] == UInt8(ascii: "#") else { return self }
        let endLine: Int? = source.withUnsafeBytes { body in
            guard let document = cmark_parse_document(body.baseAddress?.assumingMemoryBound(to: CChar.self), body.count, CMARK_OPT_DEFAULT)
            else { return nil }
            defer { cmark_node_free(document) }
            guard let heading = cmark_node_first_child(document), cmark_node_get_type(heading) == CMARK_NODE_HEADING,
                  Markdown.plainText(of: heading) == title else { return nil }
            return Int(cmark_node_get_end_line(heading))
        }
        guard let endLine else { return self }
        var line = 1
        var start = 0
        while line <= endLine, start < source.count {
            if source[start] == 0x0A { line += 1 }
            start += 1
        }
        return Markdown(source: Array(source[start...]))
    }
}
