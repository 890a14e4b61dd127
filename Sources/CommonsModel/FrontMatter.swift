import Yams

/// The YAML fields of one file, read with the content format's own types.
///
/// Parsed with Yams' `compose` and the *basic* resolver, so every scalar stays the
/// text the contributor wrote: `yes` is a vote, not YAML 1.1's `true`, and
/// `2026-01-10` is a calendar day, not a timestamp. Each accessor checks the type,
/// reports what it found against what it expected at the field's line and column
/// in the file, and remembers the field as known.
final class FrontMatter {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []
    private var fields: [(key: String, keyNode: Node, value: Node)] = []
    /// File line of YAML line 1, minus one.
    private let lineOffset: Int
    private var read: Set<String> = []
    /// The YAML could not be read at all; the file's fields are not checked further.
    private(set) var isUnreadable = false

    /// Front matter nested deeper than this is refused before parsing: Yams composes
    /// recursively, and no field of the format nests more than three levels.
    static let maximumDepth = 32
    /// Nodes visited per file at most; an alias bomb expands past it and is refused.
    static let maximumNodes = 20_000

    init(_ source: SourceFile) {
        path = source.path
        lineOffset = source.frontMatterLine - 1
        if let hazard = FrontMatter.hazard(in: source.frontMatter) {
            report(.error, at: Position(line: hazard.line + lineOffset, column: 1), hazard.message)
            isUnreadable = true
            return
        }
        let root: Node?
        do {
            root = try Parser(yaml: source.frontMatter, resolver: .basic, encoding: .utf8).singleRoot()
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error, yaml: source.frontMatter))
            isUnreadable = true
            return
        } catch {
            report(.error, at: .file, "cannot read the front matter: \(error)")
            isUnreadable = true
            return
        }
        guard let root else { return }
        guard case .mapping(let mapping) = root else {
            report(.error, at: position(of: root), "front matter should be fields like 'title: …', found \(describe(root))")
            isUnreadable = true
            return
        }
        guard FrontMatter.countNodes(root, limit: FrontMatter.maximumNodes) <= FrontMatter.maximumNodes else {
            report(.error, at: position(of: root), "front matter expands to more than \(FrontMatter.maximumNodes) values (YAML aliases?); refusing it")
            isUnreadable = true
            return
        }
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                report(.error, at: position(of: key), "field names must be plain words, found \(describe(key))")
                continue
            }
            fields.append((scalar.string, key, value))
        }
    }

    // MARK: Typed fields

    /// Whether the field is present and not null.
    func has(_ key: String) -> Bool { value(key) != nil }

    func position(_ key: String) -> Position {
        fields.first { $0.key == key }.map { position(of: $0.keyNode) } ?? .file
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

    func day(_ node: Node, key: String) -> Day? {
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

    func quorum(_ node: Node, key: String) -> Quorum? {
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

    func choice<T: RawRepresentable & CaseIterable>(_ node: Node, key: String, as type: T.Type,
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
        case .sequence(let sequence):
            var items: [(String, Position)] = []
            for item in sequence {
                guard let text = scalarText(item, key: key, expected: "a list of values") else { continue }
                items.append((text, position(of: item)))
            }
            return items
        case .scalar:
            return scalarText(node, key: key, expected: "a list").map { [($0, position(of: node))] }
        default:
            report(.error, at: position(of: node), "'\(key)' should be a list like [a, b], found \(describe(node))")
            return nil
        }
    }

    /// A map's entries, for nested fields (`governance:` in commons.md, `votes:`).
    func map(_ key: String) -> [(key: String, keyPosition: Position, value: Node)]? {
        guard let node = value(key) else { return nil }
        return entries(of: node, key: key)
    }

    func entries(of node: Node, key: String) -> [(key: String, keyPosition: Position, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            report(.error, at: position(of: node), "'\(key)' should be a map of 'name: value' lines, found \(describe(node))")
            return nil
        }
        var result: [(String, Position, Node)] = []
        for (k, v) in mapping {
            guard case .scalar(let scalar) = k else {
                report(.error, at: position(of: k), "names in '\(key)' must be plain words, found \(describe(k))")
                continue
            }
            result.append((scalar.string, position(of: k), v))
        }
        return result
    }

    /// Text of a scalar node; reports a list or map where a single value belongs.
    func scalarText(_ node: Node, key: String, expected: String) -> String? {
        guard case .scalar(let scalar) = node else {
            report(.error, at: position(of: node), "'\(key)' should be \(expected), found \(describe(node))")
            return nil
        }
        return scalar.string
    }

    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    // MARK: Unknown fields and reporting

    /// Warns about every field not read, naming the nearest known one.
    func warnAboutUnknownFields(known: [String]) {
        for field in fields where !read.contains(field.key) && !known.contains(field.key) {
            let hint = Suggestion.nearest(to: field.key, in: known).map { "; did you mean '\($0)'?" }
                ?? " (known fields: \(known.joined(separator: ", ")))"
            report(.warning, at: position(of: field.keyNode), "unknown field '\(field.key)'\(hint)")
        }
    }

    func warnAboutUnknownKeys(_ entries: [(key: String, keyPosition: Position, value: Node)], in parent: String, known: [String]) {
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

    func position(of node: Node) -> Position {
        guard let mark = node.mark else { return .file }
        return Position(line: mark.line + lineOffset, column: mark.column)
    }

    private func value(_ key: String) -> Node? {
        read.insert(key)
        guard let field = fields.first(where: { $0.key == key }), !isNull(field.value) else { return nil }
        return field.value
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return "'\(s.string)'"
        case .sequence: return "a list"
        case .mapping: return "a map"
        case .alias: return "an alias"
        }
    }

    // MARK: Guards and YAML errors

    private func diagnostic(for error: YamlError, yaml: String) -> Diagnostic {
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? "?"
            let first = context.mark.line
            let again = FrontMatter.lineOfRepeatedKey(key, in: yaml, after: first) ?? first
            return Diagnostic(.error, path, line: again + lineOffset, column: 1,
                              "duplicate field '\(key)' (first given on line \(first + lineOffset)); keep one")
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return Diagnostic(.error, path, line: mark.line + lineOffset, column: mark.column,
                              "YAML syntax error: \(detail)")
        case .reader(let problem, _, _, _):
            return Diagnostic(.error, path, line: lineOffset + 1, column: 1, "cannot read the front matter: \(problem)")
        default:
            return Diagnostic(.error, path, line: lineOffset + 1, column: 1, "cannot read the front matter: \(error)")
        }
    }

    static func lineOfRepeatedKey(_ key: String, in yaml: String, after firstLine: Int) -> Int? {
        var number = 0
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            guard number > firstLine else { continue }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix(key + ":") || trimmed.hasPrefix("\"\(key)\":") || trimmed.hasPrefix("'\(key)':") { return number }
        }
        return nil
    }

    /// A shape no front matter needs and that could stall the parser, with its line:
    /// nesting past `maximumDepth` (Yams composes recursively), or an alias or
    /// `?` complex key used as a field name (Yams hashes keys whole to find
    /// duplicates, so an aliased key can take exponential time).
    static func hazard(in yaml: String) -> (line: Int, message: String)? {
        let bytes = Array(yaml.utf8)
        var line = 1
        var depth = 0
        var quote: UInt8?
        var atLineStart = true
        var indent = 0
        var previous: UInt8 = 0x20
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            defer { i += 1 }
            if byte == 0x0A {
                line += 1; atLineStart = true; indent = 0; quote = nil; previous = 0x20
                continue
            }
            if atLineStart {
                if byte == 0x20 || byte == 0x2D { indent += 1; previous = byte; continue }
                atLineStart = false
                if indent > maximumDepth * 4 {
                    return (line, "front matter nests deeper than \(maximumDepth) levels; the format needs at most three")
                }
            }
            if let open = quote {
                if byte == open { quote = nil }
                previous = byte
                continue
            }
            let startsToken = previous == 0x20 || previous == 0x09 || previous == 0x5B || previous == 0x7B || previous == 0x2C
            switch byte {
            case 0x22, 0x27 where startsToken: quote = byte
            case 0x5B, 0x7B:
                depth += 1
                if depth > maximumDepth {
                    return (line, "front matter nests deeper than \(maximumDepth) levels; the format needs at most three")
                }
            case 0x5D, 0x7D: depth = max(0, depth - 1)
            case 0x3F where startsToken && (i + 1 == bytes.count || bytes[i + 1] == 0x20 || bytes[i + 1] == 0x0A):
                return (line, "complex keys ('? …') are not part of the content format; write 'name: value'")
            case 0x2A where startsToken:
                var j = i + 1
                while j < bytes.count, ![0x20, 0x0A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D].contains(bytes[j]) { j += 1 }
                while j < bytes.count, bytes[j] == 0x20 { j += 1 }
                if j < bytes.count, bytes[j] == 0x3A {
                    return (line, "a YAML alias cannot be a field name; write the name out")
                }
            default: break
            }
            previous = byte
        }
        return nil
    }

    /// Counts nodes, stopping once past `limit` (aliases are expanded copies in Yams).
    static func countNodes(_ node: Node, limit: Int) -> Int {
        var count = 0
        var stack = [node]
        while let current = stack.popLast() {
            count += 1
            if count > limit { return count }
            switch current {
            case .sequence(let sequence): stack.append(contentsOf: sequence)
            case .mapping(let mapping):
                for (k, v) in mapping { stack.append(k); stack.append(v) }
            default: break
            }
        }
        return count
    }
}
