/// One tag of a template that reads a name, where it stands in the file.
struct TemplateTag: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case variable, unescaped, section, invertedSection, partial, parent, block }

    let kind: Kind
    /// As written: dotted names whole (`project.href`), `.` for the implicit iterator, `""`
    /// for a transform of the context itself (`{{^last()}}`), a leading `*` for a dynamic
    /// partial or parent.
    let name: String
    /// Outermost first, as swift-mustache keeps them: `first(reversed(x))` → `["first", "reversed"]`.
    let transforms: [String]
    /// 1-based. Lines end at every newline Character (`\n`, `\r\n` as one, `\r`, …).
    let line: Int
    /// 1-based, of the name's first character, counted in Characters, a tab as one. Both are
    /// what swift-mustache counts in its syntax errors, so a warning and an error agree.
    let column: Int
    /// The tags inside a section, an inverted section, a parent or a block.
    var children: [TemplateTag] = []
}

/// Finds every name a template uses, with its position, which swift-mustache does not
/// expose. It follows swift-mustache 2.1.1's parser (`Template+Parser.swift`) tag by tag,
/// but never fails: a tag whose name swift-mustache cannot read is skipped, a closing tag closes the
/// nearest open section whatever its name, and sections still open at the end are closed
/// there. The syntax errors themselves are swift-mustache's to report.
enum TemplateScanner {
    static func scan(_ text: String) -> [TemplateTag] {
        var reader = Reader(text: Array(text))
        var opening: [Character] = ["{", "{"]
        var closing: [Character] = ["}", "}"]
        var tags: [TemplateTag] = []
        var open: [TemplateTag] = []  // innermost last

        func add(_ tag: TemplateTag) {
            if open.isEmpty { tags.append(tag) } else { open[open.count - 1].children.append(tag) }
        }
        func expression(_ kind: TemplateTag.Kind) -> TemplateTag? {
            guard case let (text, line, column)? = reader.name(nameCharacters, closing: closing),
                  case let (name, transforms, offset)? = splitTransforms(text) else { return nil }
            return TemplateTag(kind: kind, name: name, transforms: transforms, line: line, column: column + offset)
        }

        scanning: while reader.skip(past: opening), let sigil = reader.current {
            switch sigil {
            case "#", "^", "$":
                reader.advance()
                let kind: TemplateTag.Kind = sigil == "#" ? .section : sigil == "^" ? .invertedSection : .block
                if let tag = expression(kind) { open.append(tag) }
            case "/":
                reader.advance()
                if reader.name(nameCharacters, closing: closing) != nil, let done = open.popLast() { add(done) }
            case "{", "&":
                reader.advance()
                // swift-mustache reads the third brace after the closing delimiter, whatever it is.
                if let tag = expression(.unescaped), sigil == "&" || reader.read(["}"]) { add(tag) }
            case ">", "<":
                reader.advance()
                reader.skip(while: \.isWhitespace)
                let (line, column) = (reader.line, reader.column)
                // `{{>*name}}` is dynamic; for `<` the `*` is simply one of the name's characters.
                let star = sigil == ">" && reader.read(["*"]) ? "*" : ""
                guard case let (name, _, _)? = reader.name(partialNameCharacters, closing: closing) else { continue }
                let tag = TemplateTag(kind: sigil == ">" ? .partial : .parent, name: star + name, transforms: [],
                                      line: line, column: column)
                if sigil == ">" { add(tag) } else { open.append(tag) }
            case "!", "%":
                // Comments and pragmas name nothing a context gives. An unclosed one runs to the end.
                reader.advance()
                guard reader.skipComment(closing: closing) else { break scanning }
            case "=":
                reader.advance()
                if case let (start, end)? = reader.delimiters(closing: closing) { (opening, closing) = (start, end) }
            default:
                if let tag = expression(.variable) { add(tag) }
            }
        }
        while let done = open.popLast() { add(done) }
        return tags
    }

    /// swift-mustache's `name(transform(…))` syntax, or nil where it throws. `offset` is
    /// where the name starts within `text`.
    static func splitTransforms(_ text: String) -> (name: String, transforms: [String], offset: Int)? {
        var rest = Substring(text)
        var transforms: [String] = []
        while let bracket = rest.firstIndex(of: "(") {
            guard !rest[..<bracket].contains(")") else { return nil }
            transforms.append(String(rest[..<bracket]))
            rest = rest[rest.index(after: bracket)...]
        }
        let name = rest.prefix { $0 != ")" }
        guard rest.dropFirst(name.count).elementsEqual(repeatElement(")", count: transforms.count)) else { return nil }
        return (String(name), transforms, text.count - rest.count)
    }

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = nameCharacters.union(["/"])
}

/// A position in the template's Characters — swift-mustache reads Characters too, so a
/// delimiter matches here exactly where it matches there.
private struct Reader {
    let text: [Character]
    var index = 0
    var line = 1
    var column = 1

    var current: Character? { index < text.count ? text[index] : nil }

    mutating func advance() {
        if text[index].isNewline { (line, column) = (line + 1, 1) } else { column += 1 }
        index += 1
    }

    @discardableResult
    mutating func skip(while belongs: (Character) -> Bool) -> String {
        var skipped = ""
        while let character = current, belongs(character) { skipped.append(character); advance() }
        return skipped
    }

    /// Reads `expected` if the text goes on with it.
    mutating func read(_ expected: [Character]) -> Bool {
        guard text.count - index >= expected.count, text[index..<index + expected.count].elementsEqual(expected) else { return false }
        for _ in expected { advance() }
        return true
    }

    /// Moves past the next `delimiter`; false, at the end, if there is none.
    mutating func skip(past delimiter: [Character]) -> Bool {
        while current != nil {
            if read(delimiter) { return true }
            advance()
        }
        return false
    }

    /// Like `skip(past:)`, but with swift-mustache's comment search, which does not step
    /// back after a partial match: with `%>` it does not see the end of `%%>`.
    mutating func skipComment(closing: [Character]) -> Bool {
        var matched = 0
        while let character = current {
            advance()
            matched = character == closing[matched] ? matched + 1 : 0
            if matched == closing.count { return true }
        }
        return false
    }

    /// A name between optional whitespace and the closing delimiter, and where it starts.
    mutating func name(_ characters: Set<Character>, closing: [Character]) -> (String, line: Int, column: Int)? {
        skip(while: \.isWhitespace)
        let (line, column) = (self.line, self.column)
        let name = skip(while: characters.contains)
        skip(while: \.isWhitespace)
        return read(closing) ? (name, line, column) : nil
    }

    /// The new delimiters of `{{=<% %>=}}`, after the `=`.
    mutating func delimiters(closing: [Character]) -> ([Character], [Character])? {
        skip(while: \.isWhitespace)
        let start = skip { !$0.isWhitespace }
        skip(while: \.isWhitespace)
        let end = skip { $0 != "=" && !$0.isWhitespace }
        skip(while: \.isWhitespace)
        guard !start.isEmpty, !end.isEmpty, read(["="]), read(closing) else { return nil }
        return (Array(start), Array(end))
    }
}
