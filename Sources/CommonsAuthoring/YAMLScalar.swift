import CommonsModel

/// A value as front matter writes it: plain when YAML reads it back as the same string,
/// else double-quoted ("Open: Sundays", "yes", "2026"), so that what a person typed at
/// a prompt or in a flag is what the file says.
enum YAMLScalar {
    static func text(_ value: String) -> String {
        isPlain(value) ? value : quoted(value)
    }

    /// A JSON string literal is a double-quoted YAML scalar with the same escapes.
    static func quoted(_ value: String) -> String { jsonString(value) }

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
