/// Just enough of CBOR (RFC 8949) to take Pagefind's index files apart and put their
/// items back in another order: where an item ends, the items of an array, a text, and
/// the heads of the arrays and texts written back. Pagefind writes definite lengths only.
enum CBOR {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    /// An item's first bytes: its major type, its argument (a length or a value), and
    /// where what follows the head starts.
    struct Head {
        let major: UInt8
        let argument: Int
        let next: Int
    }

    /// The major types this needs to tell apart.
    enum Major {
        static let bytes: UInt8 = 2, text: UInt8 = 3, array: UInt8 = 4, map: UInt8 = 5, tag: UInt8 = 6
    }

    static func head(_ data: [UInt8], at index: Int) throws(Malformed) -> Head {
        guard index < data.count else { throw Malformed(description: "an item is cut off at byte \(index)") }
        let major = data[index] >> 5, info = Int(data[index] & 31)
        if info < 24 { return Head(major: major, argument: info, next: index + 1) }
        guard info <= 27 else { throw Malformed(description: "an indefinite length at byte \(index)") }
        let size = 1 << (info - 24)
        guard index + size < data.count else { throw Malformed(description: "a head is cut off at byte \(index)") }
        let argument = data[(index + 1)...(index + size)].reduce(0) { $0 << 8 | Int($1) }
        return Head(major: major, argument: argument, next: index + 1 + size)
    }

    /// Where the item starting at `index` ends.
    static func end(of data: [UInt8], at index: Int) throws(Malformed) -> Int {
        let head = try head(data, at: index)
        switch head.major {
        case Major.bytes, Major.text:
            guard head.next + head.argument <= data.count else { throw Malformed(description: "a string is cut off at byte \(index)") }
            return head.next + head.argument
        case Major.array, Major.map:
            var next = head.next
            for _ in 0..<(head.major == Major.map ? 2 * head.argument : head.argument) { next = try end(of: data, at: next) }
            return next
        case Major.tag:
            return try end(of: data, at: head.next)
        default:
            // Numbers and simple values: 8-byte floats have their bytes in the head's argument.
            return head.next
        }
    }

    /// The items of the array starting at `index`, as ranges of `data`.
    static func items(ofArrayIn data: [UInt8], at index: Int) throws(Malformed) -> [Range<Int>] {
        let head = try head(data, at: index)
        guard head.major == Major.array else { throw Malformed(description: "expected an array at byte \(index)") }
        var items: [Range<Int>] = []
        var next = head.next
        for _ in 0..<head.argument {
            let end = try end(of: data, at: next)
            items.append(next..<end)
            next = end
        }
        return items
    }

    static func text(in data: [UInt8], at index: Int) throws(Malformed) -> String {
        let head = try head(data, at: index)
        guard head.major == Major.text, head.next + head.argument <= data.count else {
            throw Malformed(description: "expected a text at byte \(index)")
        }
        return String(decoding: data[head.next..<(head.next + head.argument)], as: UTF8.self)
    }

    /// The head of an item of major type `major` with `argument`, as CBOR writes it: in
    /// the fewest bytes.
    static func head(_ major: UInt8, _ argument: Int) -> [UInt8] {
        let type = major << 5
        switch argument {
        case ..<24: return [type | UInt8(argument)]
        case ..<0x100: return [type | 24, UInt8(argument)]
        case ..<0x10000: return [type | 25] + bigEndian(argument, 2)
        case ..<0x1_0000_0000: return [type | 26] + bigEndian(argument, 4)
        default: return [type | 27] + bigEndian(argument, 8)
        }
    }

    static func text(_ string: String) -> [UInt8] { head(Major.text, string.utf8.count) + Array(string.utf8) }

    private static func bigEndian(_ value: Int, _ size: Int) -> [UInt8] {
        (0..<size).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}
