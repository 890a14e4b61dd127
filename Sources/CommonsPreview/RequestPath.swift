/// Where a request asks to go in the site, in the site's own terms: the names below the
/// root, each percent-decoded once. Anything that could climb out of the site or name
/// a file by another spelling is refused before any name is looked up: `.` and `..`
/// segments (`%2e%2e` included, since decoding comes first), a slash or backslash that
/// was encoded into a name (`%2f`, `%5c`), a backslash, a NUL, an escape that is not two
/// hex digits or decodes to invalid UTF-8, and a target that is not a path from the
/// root (`http://…`, `*`). What remains is only ever looked up among the site's drawn
/// files, never opened on the disk. A double-encoded `%252e` decodes once, to the name
/// `%2e`, which no site has.
struct RequestPath: Equatable {
    /// "projects", "maps": empty for the root.
    let segments: [String]
    /// "/projects/maps/" asks for a folder, "/projects/maps" for a file.
    let endsInSlash: Bool

    /// nil when refused. `raw` is the path as it came, still percent-encoded, without
    /// the query.
    init?(_ raw: String) {
        guard raw.hasPrefix("/") else { return nil }
        var segments: [String] = []
        for part in raw.split(separator: "/", omittingEmptySubsequences: true) {
            guard let name = RequestPath.decoded(part),
                  name != ".", name != "..",
                  !name.contains("/"), !name.contains("\\"), !name.contains("\0")
            else { return nil }
            segments.append(name)
        }
        self.segments = segments
        endsInSlash = raw.hasSuffix("/")
    }

    /// The site file it names: "projects/maps/index.html" for "/projects/maps/".
    var file: String {
        let path = segments.joined(separator: "/")
        guard endsInSlash || segments.isEmpty else { return path }
        return path.isEmpty ? "index.html" : path + "/index.html"
    }

    /// The same path as a folder, for "/projects/maps" when only
    /// "projects/maps/index.html" exists.
    var asFolder: RequestPath? {
        endsInSlash || segments.isEmpty ? nil : RequestPath(segments: segments, endsInSlash: true)
    }

    /// Encoded again, for a Location header.
    var encoded: String {
        "/" + segments.map(RequestPath.encoded).joined(separator: "/") + (endsInSlash && !segments.isEmpty ? "/" : "")
    }

    private init(segments: [String], endsInSlash: Bool) {
        self.segments = segments
        self.endsInSlash = endsInSlash
    }

    private static func decoded(_ part: Substring) -> String? {
        var bytes: [UInt8] = []
        var utf8 = part.utf8[...]
        while let byte = utf8.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = utf8.popFirst().flatMap(hexValue), let low = utf8.popFirst().flatMap(hexValue)
            else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func encoded(_ name: String) -> String {
        var out = ""
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            }
        }
        return out
    }
}
