import Glibc

/// Image openers (`![`) left open in a paragraph, with links closing after them: the one
/// pattern on which libcmark 0.30.2 (Debian's) takes time that grows with the square of
/// the text, not in step with it. Each link that closes walks back over every `![` still
/// open before it, so `![[]()` repeated over 60 KB takes it over a second and over a
/// megabyte, minutes. Later libcmark releases fixed it; until the system's has, such a
/// body is refused before it is parsed.
extension Markdown {
    /// The walk steps a paragraph may cost: about 30 ms of libcmark's time. Ordinary
    /// Markdown closes its images (`![alt](src)`) and costs none.
    static let openImageBudget = 1_000_000

    /// Where the stalling pattern starts — the first `![` left open in the paragraph that
    /// goes over the budget, as a line and a column (in Characters) of the body — and how
    /// many `![` are left open at the paragraph's end; nil for a body libcmark parses in
    /// step with its length.
    public var stallingImageOpeners: (line: Int, column: Int, open: Int)? {
        source.withUnsafeBufferPointer { bytes in
            guard let (start, open) = Self.stallingImageOpener(bytes) else { return nil }
            var line = 1
            var lineStart = 0
            for index in 0..<start where bytes[index] == 0x0A { (line, lineStart) = (line + 1, index + 1) }
            let before = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<start]), as: UTF8.self)
            return (line, before.count + 1, open)
        }
    }

    /// Follows the brackets as libcmark's inline parser keeps them, in one pass: `[` and
    /// `![` open, `]` closes the latest; a `]` that closes a `[` costs a step for each `![`
    /// open below it. Code spans and autolinks are not told apart, so the count can only be
    /// too high, never too low; a blank line ends every paragraph, and so every bracket.
    static func stallingImageOpener(_ bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, open: Int)? {
        guard hasImageOpener(bytes) else { return nil }
        var openers: [Int] = []  // the offset of each `[`, negated for an image's (never 0: `!` precedes it)
        var openImages = 0
        var steps = 0
        var lineIsBlank = true
        var afterBang = false  // the byte before was a `!` that no backslash escapes
        var stall: Int?  // where the paragraph that went over the budget starts stalling
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let bang = afterBang
            afterBang = false
            switch byte {
            case 0x0A:
                if lineIsBlank {
                    if let stall { return (stall, openImages) }
                    (openers, openImages, steps) = ([], 0, 0)
                }
                lineIsBlank = true
            case 0x20, 0x09, 0x0D:
                break
            case 0x5C:  // a backslash escapes the next character
                lineIsBlank = false
                if index + 1 < bytes.count && bytes[index + 1] != 0x0A { index += 1 }
            case 0x21:  // !
                lineIsBlank = false
                afterBang = true
            case 0x5B:  // [
                lineIsBlank = false
                openers.append(bang ? -index : index)
                if bang { openImages += 1 }
            case 0x5D:  // ]
                lineIsBlank = false
                guard let last = openers.popLast() else { break }
                if last < 0 {
                    openImages -= 1
                } else {
                    steps += openImages
                    if stall == nil, steps > openImageBudget, let first = openers.first(where: { $0 < 0 }) {
                        stall = -first - 1
                    }
                }
            default:
                lineIsBlank = false
            }
            index += 1
        }
        return stall.map { ($0, openImages) }
    }

    /// Whether `![` occurs at all: without it no image is open and nothing can stall, and
    /// most bodies have none, so they are passed at `memchr`'s speed rather than followed
    /// byte by byte (the walk was 7 % of `report`'s instructions at 50,000 contributions).
    static func hasImageOpener(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var from = 0
        while from < bytes.count, let found = memchr(base + from, Int32(UInt8(ascii: "!")), bytes.count - from) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "[") { return true }
            from = index + 1
        }
        return false
    }
}
