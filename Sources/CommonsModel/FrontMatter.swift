/// The YAML fields of one file, read with the content format's own types.
///
/// Every scalar stays the text the contributor wrote (see `YAMLReader`). Each
/// accessor checks the type, reports what it found against what it expected at the
/// field's line and column in the file.
final class FrontMatter {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []
    private var fields: [(key: String, keyYAMLNode: YAMLNode, value: YAMLNode)] = []
    /// Fields whose value YAML read as a comment (`title: #2 kettles`): where the `#`
    /// is, and the line with the value quoted.
    private var commentedOut: [(key: String, position: Position, quoted: String, isSlip: Bool)] = []
    /// File line of YAML line 1, minus one.
    private let lineOffset: Int
    /// The YAML as lines of scalars, made only when a column needs counting.
    private lazy var yamlLines = YAMLSlip.Text(yaml)
    private let yaml: String
    /// Then a scalar is a Character and columns need no counting: most front matter.
    private let yamlIsASCII: Bool
    /// The YAML could not be read at all; the file's fields are not checked further.
    private(set) var isUnreadable = false

    init(_ source: SourceFile) {
        path = source.path
        lineOffset = source.frontMatterLine - 1
        yaml = source.frontMatter
        // Both looked for in one pass over the bytes in place: through `utf8`'s iterator
        // each look cost about 17 instructions a byte, on every file.
        var text = source.frontMatter
        let (isASCII, hasComment) = text.withUTF8 { ($0.allSatisfy { $0 < 0x80 }, $0.contains(UInt8(ascii: "#"))) }
        yamlIsASCII = isASCII
        let root: YAMLNode?
        do {
            root = try YAMLReader.compose(source.frontMatter)
        } catch var error as YAMLError {
            error = YAMLSlip.explain(error, in: source.frontMatter, lineOffset: lineOffset)
            let message = error.firstLine.map { "\(error.message) (first given on line \($0 + lineOffset)); keep one" } ?? error.message
            report(.error, at: position(line: error.mark.line, index: error.mark.column - 1), message)
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
        if hasComment {
            findComments(root, in: yamlLines)
        }
    }

    // MARK: Typed fields

    /// The names of the top-level fields, as written.
    var fieldNames: [String] { fields.map(\.key) }

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

    func choice<T: Vocabulary>(_ key: String, as type: T.Type, noun: String? = nil, required: Bool = false) -> T? {
        guard let node = value(key) else {
            if required { missing(key) }
            return nil
        }
        return choice(node, key: key, as: type, noun: noun)
    }

    /// One word of a vocabulary; another word is an error that names the one meant
    /// (`+1` → 'yes'), or the nearest in spelling, or all of them.
    func choice<T: Vocabulary>(_ node: YAMLNode, key: String, as type: T.Type, noun: String? = nil) -> T? {
        let names = T.allCases.map(\.rawValue)
        guard let text = scalarText(node, key: key, expected: "one of " + names.joined(separator: ", ")) else { return nil }
        if let value = T(rawValue: text) { return value }
        let hint = Suggestion.nearest(to: text, in: names, synonyms: T.synonyms.mapValues(\.rawValue))
            .map { "; did you mean '\($0)'?" }
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

    // MARK: Comments

    /// YAML reads ` #` to the end of the line as a comment, so `title: Kettles #2` is
    /// "Kettles" and `title: #2 kettles` is empty, silently. A `#` one space after a
    /// value or a field's colon is a slip, reported with the value quoted; a comment
    /// meant as one is set off by two spaces or has a line of its own. A required field
    /// left empty by a comment is reported however the comment is set off (`missing`).
    private func findComments(_ root: YAMLNode, in text: YAMLSlip.Text) {
        var nodes = [(node: root, depth: 0)]
        var seen = Set<[Int]>()  // an aliased value is met again
        while let (node, depth) = nodes.popLast() {
            switch node {
            case .scalar:
                break
            case .sequence(let items, _):
                for item in items {
                    if let hash = commentAfter(item, in: text), seen.insert([hash.line, hash.index]).inserted {
                        warnAboutComment(at: hash, of: item, in: text, key: nil)
                    }
                    nodes.append((item, depth + 1))
                }
            case .mapping(let pairs, _):
                for (key, value) in pairs {
                    guard case .scalar(let name, _, _) = key else { continue }
                    if let hash = commentAfter(value, in: text) {
                        if seen.insert([hash.line, hash.index]).inserted {
                            warnAboutComment(at: hash, of: value, in: text, key: name)
                        }
                    } else if depth == 0, isNull(value), let hash = commentAfter(key, in: text, colon: true) {
                        let rest = text.rest(of: hash)
                        // `affiliation:   # if any` is a template's note; one space is a slip.
                        let isSlip = text.line(hash.line).map { $0[hash.index - 2] != " " } ?? false
                        commentedOut.append((name, position(line: hash.line, index: hash.index),
                                             name + ": " + YAMLSlip.Text.quoted(rest), isSlip))
                    }
                    nodes.append((value, depth + 1))
                }
            }
        }
    }

    /// Where a comment starts one space after `node` on its line (after its `:` too, for
    /// a key), as a line number and an index in the line.
    private func commentAfter(_ node: YAMLNode, in text: YAMLSlip.Text, colon: Bool = false) -> (line: Int, index: Int)? {
        guard case .scalar(let value, true, let mark) = node, !value.isEmpty || colon,
              let line = text.line(mark.line) else { return nil }
        var index = mark.column - 1
        // A node starts at its anchor or tag (`&name`, `!!str`), if it has one.
        while index < line.count && (line[index] == "&" || line[index] == "!") {
            while index < line.count && line[index] != " " { index += 1 }
            while index < line.count && line[index] == " " { index += 1 }
        }
        for scalar in value.unicodeScalars {
            guard index < line.count, line[index] == scalar else { return nil }
            index += 1
        }
        if colon {
            while index < line.count && line[index] == " " { index += 1 }
            guard index < line.count, line[index] == ":" else { return nil }
            index += 1
            // A required field is reported however far the comment is set off: it is
            // missing either way, and the '#' says why.
            var hash = index
            while hash < line.count && line[hash] == " " { hash += 1 }
            guard hash > index, hash < line.count, line[hash] == "#" else { return nil }
            return (mark.line, hash)
        }
        guard index + 1 < line.count, line[index] == " ", line[index + 1] == "#" else { return nil }
        return (mark.line, index + 1)
    }

    private func warnAboutComment(at hash: (line: Int, index: Int), of node: YAMLNode, in text: YAMLSlip.Text, key: String?) {
        guard case .scalar(let value, _, _) = node else { return }
        let whole = value + " " + text.rest(of: hash)
        let example = (key.map { $0 + ": " } ?? "- ") + YAMLSlip.Text.quoted(whole)
        report(.warning, at: position(line: hash.line, index: hash.index),
               "' #' starts a comment, so \(key.map { "'\($0)' is" } ?? "the value is") '\(value)' and the rest of the line is left out; to keep it, put the value in quotes: \(example)")
    }

    private func commentMessage(_ entry: (key: String, position: Position, quoted: String, isSlip: Bool)) -> String {
        "'\(entry.key)' is empty: its value starts with '#', which makes it a comment; put the value in quotes: \(entry.quoted)"
    }

    /// The file's position of the scalar at `index` in YAML line `line`. libyaml counts
    /// columns in Unicode scalars; a diagnostic counts Characters, as a reader does.
    private func position(line: Int, index: Int) -> Position {
        guard index > 0, !yamlIsASCII, let scalars = yamlLines.line(line), !scalars.prefix(index).allSatisfy(\.isASCII) else {
            return Position(line: line + lineOffset, column: index + 1)
        }
        let before = String(String.UnicodeScalarView(scalars.prefix(index)))
        return Position(line: line + lineOffset, column: before.count + 1)
    }

    // MARK: Unknown fields and reporting

    /// Warns about every field not read, naming the nearest known one, and about
    /// values read as comments that no required field reported already.
    func warnAboutUnknownFields(known: [String]) {
        for entry in commentedOut where entry.isSlip {
            report(.warning, at: entry.position, commentMessage(entry))
        }
        commentedOut = []
        for field in fields where !known.contains(field.key) {
            let meant = Suggestion.nearest(to: field.key, in: known, synonyms: Self.otherWords)
            var hint = meant.map { "; did you mean '\($0)'?" } ?? " (known fields: \(known.joined(separator: ", ")))"
            // The misspelt field is ignored: say what that does to the figures.
            if let meant, !has(meant) {
                hint += " As written, " + (Self.withoutIt[meant] ?? "this file has no '\(meant)'")
            }
            report(.warning, at: position(of: field.keyYAMLNode), "unknown field '\(field.key)'\(hint)")
        }
    }

    /// Words people write for a field that spelling alone would not lead to.
    static let otherWords = [
        "paid": "compensation", "pay": "compensation", "payment": "compensation", "stipend": "compensation",
        "type": "kind", "time": "hours", "duration": "hours", "when": "date", "day": "date",
        "author": "contributor", "by": "contributor", "who": "contributor", "person": "contributor",
        "organisation": "affiliation", "organization": "affiliation", "org": "affiliation",
        "licence": "license",
    ]

    /// What leaving out a field with a default does to the figures.
    static let withoutIt = [
        "hours": "no hours are recorded for this work",
        "compensation": "this work counts as unpaid",
        "affiliation": "this person counts as their own organisation",
        "closes": "the proposal closes after the commons' usual window",
        "rule": "the project's or commons' rule applies",
    ]

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
        if let index = commentedOut.firstIndex(where: { $0.key == key }) {
            report(.error, at: commentedOut[index].position, commentMessage(commentedOut.remove(at: index)))
            return
        }
        report(.error, at: Position(line: lineOffset, column: 1), "missing required field '\(key)'")
    }

    func position(of node: YAMLNode) -> Position {
        position(line: node.mark.line, index: node.mark.column - 1)
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
