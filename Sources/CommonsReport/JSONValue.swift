import CommonsModel

/// A JSON document written by hand, so that stats.json is the same bytes on every
/// platform: Foundation's JSONSerialization neither promises key order nor prints
/// floats the same way on Linux and macOS.
///
/// Output: objects' keys sorted by code point, one space of indentation per level,
/// `"key": value`, floats in Swift's shortest round-trip form with `.0` kept on whole
/// numbers (`27.0`), integers bare (`3`), `{}` and `[]` for empty containers.
public enum JSONValue: Equatable, Sendable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case float(Double)
    case bool(Bool)
    case null

    /// The document, ending in a newline.
    public var text: String {
        var out = ""
        write(to: &out, indent: 0)
        out += "\n"
        return out
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            // By code point, as UTF-8's bytes sort.
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                JSONValue.indent(indent + 1, in: &out)
                appendJSONString(key, to: &out)
                out += ": "
                members[key]!.write(to: &out, indent: indent + 1)
                out += index == keys.count - 1 ? "\n" : ",\n"
            }
            JSONValue.indent(indent, in: &out)
            out += "}"
        case .array(let elements):
            guard !elements.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, element) in elements.enumerated() {
                JSONValue.indent(indent + 1, in: &out)
                element.write(to: &out, indent: indent + 1)
                out += index == elements.count - 1 ? "\n" : ",\n"
            }
            JSONValue.indent(indent, in: &out)
            out += "]"
        case .string(let string):
            appendJSONString(string, to: &out)
        case .int(let value):
            out += String(value)
        case .float(let value):
            // JSON has no NaN or infinity; no figure produces them, but a document must stay valid.
            out += value.isFinite ? "\(value)" : "null"
        case .bool(let value):
            out += value ? "true" : "false"
        case .null:
            out += "null"
        }
    }

    /// `depth` spaces, without making a string of them on every line: a report of a big
    /// commons is mostly indentation.
    private static func indent(_ depth: Int, in out: inout String) {
        out += depth < indents.count ? indents[depth] : String(repeating: " ", count: depth)
    }
    private static let indents = (0..<32).map { String(repeating: " ", count: $0) }
}
