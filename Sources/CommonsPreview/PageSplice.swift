/// Puts an element into a drawn page without parsing it: just after the opening `<body…>`
/// tag, or just before the closing `</body>`, found by bytes (ASCII case ignored). A page
/// without a body tag gets the element at its start or end, where browsers still show it.
enum PageSplice {
    static func afterBodyStart(_ element: String, in page: [UInt8]) -> [UInt8] {
        guard let open = find(Array("<body".utf8), in: page, last: false),
              let close = page[open...].firstIndex(of: UInt8(ascii: ">"))
        else { return Array(element.utf8) + page }
        return Array(page[...close]) + Array(element.utf8) + Array(page[(close + 1)...])
    }

    static func beforeBodyEnd(_ element: String, in page: [UInt8]) -> [UInt8] {
        guard let close = find(Array("</body".utf8), in: page, last: true) else { return page + Array(element.utf8) }
        return Array(page[..<close]) + Array(element.utf8) + Array(page[close...])
    }

    /// Where `needle` starts in `page`, the first or the last time.
    private static func find(_ needle: [UInt8], in page: [UInt8], last: Bool) -> Int? {
        guard page.count >= needle.count else { return nil }
        let starts = 0...(page.count - needle.count)
        let matches = { (start: Int) in
            needle.indices.allSatisfy { lowercased(page[start + $0]) == needle[$0] }
        }
        return last ? starts.reversed().first(where: matches) : starts.first(where: matches)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
