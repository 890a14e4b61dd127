/// The markup a text is put into, which decides what else escaping leaves out.
public enum Markup: Sendable {
    /// HTML, which can carry any character: only the five markup characters change.
    case html
    /// XML 1.0, which cannot carry C0 controls other than tab and line ends, nor U+FFFE
    /// and U+FFFF: those are dropped, since one of them from a contributor's file would
    /// make the whole document unparseable.
    case xml
}

/// What becomes of tabs and line ends.
public enum LineEnds: Sendable {
    case kept
    /// Each becomes a space, for text that must stay on one line, such as a chart label.
    case spaces
}

extension String {
    /// The text made safe as an element's content or a quoted attribute value: `<`, `>`,
    /// `&`, `"` and `'` become entities.
    ///
    /// Escaping goes byte by byte, not Character by Character: a quote followed by a
    /// combining mark (`"` + U+0338) is one Character, not a quote, and would pass
    /// through and end an attribute, while its first byte is still a quote. Bytes are
    /// also several times faster, which matters when every value of fifty thousand
    /// pages is escaped.
    public func escaped(as markup: Markup, lineEnds: LineEnds = .kept) -> String {
        let stops = Stops(markup, lineEnds)
        var text = self
        let escaped: String? = text.withUTF8 { bytes in
            guard var next = stops.first(in: bytes, from: 0) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 32)
            var plain = 0
            while next < bytes.count {
                escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain..<next]))
                plain = next + 1
                switch bytes[next] {
                case 0x3C: escaped.append(contentsOf: "&lt;".utf8)
                case 0x3E: escaped.append(contentsOf: "&gt;".utf8)
                case 0x26: escaped.append(contentsOf: "&amp;".utf8)
                case 0x22: escaped.append(contentsOf: "&quot;".utf8)
                case 0x27: escaped.append(contentsOf: "&#39;".utf8)
                case 0x09, 0x0A, 0x0D: escaped.append(0x20)
                case 0xEF:
                    // U+FFFE and U+FFFF are EF BF BE and EF BF BF; any other character
                    // that starts with EF is kept.
                    let isNonCharacter = next + 2 < bytes.count && bytes[next + 1] == 0xBF && bytes[next + 2] >= 0xBE
                    plain = isNonCharacter ? next + 3 : next
                default: break  // a control character XML cannot carry
                }
                // No byte that continues a character is a stop, so the search can start
                // right after this one.
                next = stops.first(in: bytes, from: next + 1) ?? bytes.count
            }
            escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain...]))
            return String(decoding: escaped, as: UTF8.self)
        }
        // Most values have nothing to change: they are returned as they are, not copied.
        return escaped ?? text
    }
}

/// The bytes where escaping has something to do, for one markup and one way with line
/// ends, and the search for the next of them.
///
/// Most text has few or none, so the search reads eight bytes at a time and looks at
/// single bytes only in a word that may hold one: it is the whole cost of escaping the
/// values of fifty thousand pages, most of which change nothing.
private struct Stops {
    /// Bit `b` is set when byte `b` changes. Every byte that may change but 0xEF (which
    /// leads U+FFFE and U+FFFF in UTF-8) is below 64.
    let low: UInt64
    /// 0xEF in XML; in HTML 0xFF, which UTF-8 never holds.
    let high: UInt8
    /// Whether bytes below 0x20 or 0xEF may change: XML's, or line ends made spaces.
    let beyondMarkup: Bool

    init(_ markup: Markup, _ lineEnds: LineEnds) {
        let markupCharacters: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E
        let lineEndBits: UInt64 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0D
        let flattened = lineEnds == .spaces ? lineEndBits : 0
        switch markup {
        case .html:
            low = markupCharacters | flattened
            high = 0xFF
        case .xml:
            low = markupCharacters | (1 << 0x20 - 1) & ~lineEndBits | flattened
            high = 0xEF
        }
        beyondMarkup = low != markupCharacters
    }

    func first(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        // Two loops, each with its own checks folded in, rather than one that asks.
        beyondMarkup ? first(in: bytes, from: start, beyondMarkup: true)
            : first(in: bytes, from: start, beyondMarkup: false)
    }

    @inline(__always)
    private func first(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, beyondMarkup: Bool) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = start
        if count - index >= 8 {
            // The last word may overlap the one before: bytes read twice cost less than
            // bytes read one at a time.
            while true {
                if mayChange(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self), beyondMarkup: beyondMarkup) {
                    for offset in index..<index + 8 where changes(bytes[offset], beyondMarkup: beyondMarkup) {
                        return offset
                    }
                }
                if index == count - 8 { return nil }
                index = Swift.min(index + 8, count - 8)
            }
        }
        while index < count {
            if changes(bytes[index], beyondMarkup: beyondMarkup) { return index }
            index += 1
        }
        return nil
    }

    @inline(__always)
    private func changes(_ byte: UInt8, beyondMarkup: Bool) -> Bool {
        if byte < 64 { return low & (1 &<< UInt64(byte)) != 0 }
        return beyondMarkup && byte == high
    }

    /// Whether any of eight bytes may change; never false when one does.
    @inline(__always)
    private func mayChange(_ word: UInt64, beyondMarkup: Bool) -> Bool {
        // `(v - ones) & ~v` has the top bit of some byte set when v has a zero byte,
        // so `zeros(word ^ c × ones)` finds a byte c, and `(word - n × ones) & ~word` a
        // byte below n. `&` and `'` differ only in the lowest bit and `<` and `>` only in
        // the next, so setting that bit finds both of a pair with one comparison.
        let ones: UInt64 = 0x0101_0101_0101_0101
        @inline(__always) func zeros(_ v: UInt64) -> UInt64 { (v &- ones) & ~v }
        var found = zeros(word ^ (ones &* 0x22)) | zeros((word | ones) ^ (ones &* 0x27))
            | zeros((word | ones &* 0x02) ^ (ones &* 0x3E))
        if beyondMarkup {
            found |= (word &- ones &* 0x20) & ~word | zeros(word ^ (ones &* 0xEF))
        }
        return found & (ones &* 0x80) != 0
    }
}
