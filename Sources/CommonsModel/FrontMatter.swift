/// The YAML fields of one file, read with the content format's own types.
///
/// Every scalar stays the text the contributor wrote (see `YAMLReader`). Each
/// accessor checks the type, reports what it found against what it expected at the
/// field's line and column in the file.
final class FrontMatter {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []
    private var fields: [(key: String, keyYAMLNode: YAMLNode, value: YAMLNode)] = []
    /// File line of YAML line 1, minus one.
    private let lineOffset: Int
    /// The YAML could not be read at all; the file's fields are not checked further.
    private(set) var isUnreadable = false

    init(_ source: SourceFile) {
        path = source.path
        lineOffset = source.frontMatterLine - 1
        let root: YAMLNode?
        do {
            root = try YAMLReader.compose(source.frontMatter)
        } catch var error as YAMLError {
            error = YAMLSlip.explain(error, in: source.frontMatter, lineOffset: lineOffset)
            let message = error.firstLine.map { "\(error.message) (first given on line \($0 + lineOffset)); keep one" } ?? error.message
            report(.error, at: Position(line: error.mark.line + lineOffset, column: error.mark.column), message)
            isUnreadable = true
            return
        } catch {
            report(.error, at: .file, "cannot read the front matter: \(error)")
            isUnreadable = true
            return
        }
        guard let root else { return }
        guard case .mapping(let pairs, _) = root else {
            report(.error, at: position(of: root), "front matter should be fields like 'title: …', found \(describe(root))")
            isUnreadable = true
            return
        }
        for (key, value) in pairs {
            guard case .scalar(let name, _, _) = key else { continue }
            fields.append((name, key, value))
        }
    }

    // MARK: Typed fields

    /// Whether the field is present and not null.
    func has(_ key: String) -> Bool { value(key) != nil }

    func position(_ key: String) -> Position {
        fields.first { $0.key == key }.map { position(of: $0.keyYAMLNode) } ?? .file
    }

    func valuePosition(_ key: String) -> Position {
        value(key).map(position(of:)) ?? position(key)
    }

    func string(_ key: String, required: Bool = false, in context: String? = nil) -> String? {
        guard let node = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard let text = scalarText(node, key: key, expected: "text") else { return nil }
        if required && text.trimmingSpaces().isEmpty {
            report(.error, at: position(of: node), "'\(key)' is empty")
            return nil
        }
        return text
    }

    func day(_ key: String, required: Bool = false) -> Day? {
        guard let node = value(key) else {
            if required { missing(key) }
            return nil
        }
        return day(node, key: key)
    }

    func day(_ node: YAMLNode, key: String) -> Day? {
        guard let text = scalarText(node, key: key, expected: "a date like 2026-03-14") else { return nil }
        if let day = Day(parsing: text) { return day }
        let looksLikeDay = text.count == 10 && text.utf8.enumerated().allSatisfy { i, b in
            i == 4 || i == 7 ? b == UInt8(ascii: "-") : (b >= 48 && b <= 57)
        }
        report(.error, at: position(of: node), looksLikeDay
               ? "'\(key)' is \(text), which is not a day of the calendar"
               : "'\(key)' should be a date like 2026-03-14, found '\(text)'")
        return nil
    }

    func integer(_ key: String, atLeast minimum: Int) -> Int? {
        guard let node = value(key), let text = scalarText(node, key: key, expected: "a whole number") else { return nil }
        guard let number = Int(text) else {
            report(.error, at: position(of: node), "'\(key)' should be a whole number, found '\(text)'")
            return nil
        }
        guard number >= minimum else {
            report(.error, at: position(of: node), "'\(key)' should be at least \(minimum), found \(number)")
            return nil
        }
        return number
    }

    func hours(_ key: String) -> Double? {
        guard let node = value(key), let text = scalarText(node, key: key, expected: "a number of hours") else { return nil }
        guard let number = Double(text), number.isFinite,
              text.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "-" || $0 == "+" }) else {
            report(.error, at: position(of: node), "'\(key)' should be a number of hours like 2 or 1.5, found '\(text)'")
            return nil
        }
        guard number >= 0 else {
            report(.error, at: position(of: node), "'\(key)' cannot be negative, found \(text)")
            return nil
        }
        return number
    }

    func bool(_ key: String) -> Bool? {
        guard let node = value(key), let text = scalarText(node, key: key, expected: "true or false") else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            report(.error, at: position(of: node), "'\(key)' should be true or false, found '\(text)'")
            return nil
        }
    }

    func quorum(_ key: String) -> Quorum? {
        guard let node = value(key) else { return nil }
        return quorum(node, key: key)
    }

    func quorum(_ node: YAMLNode, key: String) -> Quorum? {
        guard let text = scalarText(node, key: key, expected: "a number from 0 to 1") else { return nil }
        if let quorum = Quorum(parsing: text) { return quorum }
        let outOfRange = Double(text) != nil
        report(.error, at: position(of: node), outOfRange
               ? "'\(key)' must be between 0 and 1 (a share of eligible voters, like 0.5), found \(text)"
               : "'\(key)' should be a number from 0 to 1, found '\(text)'")
        return nil
    }

    func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type, noun: String? = nil,
                                                    required: Bool = false) -> T? where T.RawValue == String {
        guard let node = value(key) else {
            if required { missing(key) }
            return nil
        }
        return choice(node, key: key, as: type, noun: noun)
    }

    func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, key: String, as type: T.Type,
                                                    noun: String? = nil) -> T? where T.RawValue == String {
        let names = T.allCases.map(\.rawValue)
        guard let text = scalarText(node, key: key, expected: "one of " + names.joined(separator: ", ")) else { return nil }
        if let value = T(rawValue: text) { return value }
        let hint = Suggestion.nearest(to: text, in: names).map { "; did you mean '\($0)'?" }
            ?? " (expected one of: \(names.joined(separator: ", ")))"
        report(.error, at: position(of: node), "unknown \(noun ?? key) '\(text)'\(hint)")
        return nil
    }

    /// A list of scalars with each one's position. A single value counts as a list of one.
    func list(_ key: String) -> [(String, Position)]? {
        guard let node = value(key) else { return nil }
        switch node {
        case .sequence(let sequence, _):
            var items: [(String, Position)] = []
            for item in sequence {
                guard let text = scalarText(item, key: key, expected: "a list of values") else { continue }
                items.append((text, position(of: item)))
            }
            return items
        case .scalar:
            return scalarText(node, key: key, expected: "a list").map { [($0, position(of: node))] }
        case .mapping:
            report(.error, at: position(of: node), "'\(key)' should be a list like [a, b], found \(describe(node))")
            return nil
        }
    }

    /// A map's entries, for nested fields (`governance:` in commons.md, `votes:`).
    func map(_ key: String) -> [(key: String, keyPosition: Position, value: YAMLNode)]? {
        guard let node = value(key) else { return nil }
        return entries(of: node, key: key)
    }

    func entries(of node: YAMLNode, key: String) -> [(key: String, keyPosition: Position, value: YAMLNode)]? {
        guard case .mapping(let pairs, _) = node else {
            report(.error, at: position(of: node), "'\(key)' should be a map of 'name: value' lines, found \(describe(node))")
            return nil
        }
        return pairs.compactMap { k, v in
            guard case .scalar(let name, _, _) = k else { return nil }
            return (name, position(of: k), v)
        }
    }

    /// Text of a scalar node; reports a list or map where a single value belongs.
    func scalarText(_ node: YAMLNode, key: String, expected: @autoclosure () -> String) -> String? {
        guard case .scalar(let text, _, _) = node else {
            report(.error, at: position(of: node), "'\(key)' should be \(expected()), found \(describe(node))")
            return nil
        }
        return text
    }

    func isNull(_ node: YAMLNode) -> Bool {
        guard case .scalar(let text, true, _) = node else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    // MARK: Unknown fields and reporting

    /// Warns about every field not read, naming the nearest known one.
    func warnAboutUnknownFields(known: [String]) {
        for field in fields where !known.contains(field.key) {
            let hint = Suggestion.nearest(to: field.key, in: known).map { "; did you mean '\($0)'?" }
                ?? " (known fields: \(known.joined(separator: ", ")))"
            report(.warning, at: position(of: field.keyYAMLNode), "unknown field '\(field.key)'\(hint)")
        }
    }

    func warnAboutUnknownKeys(_ entries: [(key: String, keyPosition: Position, value: YAMLNode)], in parent: String, known: [String]) {
        for entry in entries where !known.contains(entry.key) {
            let hint = Suggestion.nearest(to: entry.key, in: known).map { "; did you mean '\($0)'?" }
                ?? " (known: \(known.joined(separator: ", ")))"
            report(.warning, at: entry.keyPosition, "unknown field '\(parent).\(entry.key)'\(hint)")
        }
    }

    func report(_ severity: Diagnostic.Severity, at position: Position, _ message: String) {
        diagnostics.append(Diagnostic(severity, path, line: position.line, column: position.column, message))
    }

    func missing(_ key: String) {
        report(.error, at: Position(line: lineOffset, column: 1), "missing required field '\(key)'")
    }

    func position(of node: YAMLNode) -> Position {
        Position(line: node.mark.line + lineOffset, column: node.mark.column)
    }

    private func value(_ key: String) -> YAMLNode? {
        guard let field = fields.first(where: { $0.key == key }), !isNull(field.value) else { return nil }
        return field.value
    }

    private func describe(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let text, _, _): return "'\(text)'"
        case .sequence: return "a list"
        case .mapping: return "a map"
        }
    }
}
