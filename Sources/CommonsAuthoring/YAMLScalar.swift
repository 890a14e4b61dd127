/// A value as front matter writes it: plain when YAML reads it back as the same string,
/// else double-quoted ("Open: Sundays", "yes", "2026"), so that what a person typed at
/// a prompt or in a flag is what the file says.
enum YAMLScalar {
    static func text(_ value: String) -> String {
        isPlain(value) ? value : quoted(value)
    }

    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += "\\x" + String(scalar.value, radix: 16).leftPadded(2) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// Words and numbers YAML would read as something other than a string.
    private static let reserved: Set<String> = ["yes", "no", "true", "false", "on", "off", "y", "n", "null", "~"]

    private static func isPlain(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
              first.properties.isAlphabetic, last != " " else { return false }
        if reserved.contains(value.lowercased()) { return false }
        // ': ' starts a mapping and ' #' a comment; the others open flow collections or quotes.
        if value.contains(": ") || value.contains(" #") || value.hasSuffix(":") { return false }
        return !value.unicodeScalars.contains { "\"'{}[],&*!|>%@`\n\t\\".unicodeScalars.contains($0) }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
