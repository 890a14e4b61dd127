import Foundation
import Testing
@testable import CommonsSite

@Suite struct TemplateScannerTests {
    func tag(_ kind: TemplateTag.Kind, _ name: String, _ line: Int, _ column: Int, _ transforms: [String] = [],
             _ children: [TemplateTag] = []) -> TemplateTag {
        TemplateTag(kind: kind, name: name, transforms: transforms, line: line, column: column, children: children)
    }

    @Test func variablesWithAndWithoutSpaces() {
        #expect(TemplateScanner.scan("<p>{{name}} and {{ spaced }}</p>") == [
            tag(.variable, "name", 1, 6), tag(.variable, "spaced", 1, 20),
        ])
        #expect(TemplateScanner.scan("{{project.href}} {{.}}") == [
            tag(.variable, "project.href", 1, 3), tag(.variable, ".", 1, 20),
        ])
    }

    @Test func unescapedVariables() {
        #expect(TemplateScanner.scan("{{{body}}}\n{{& raw }}") == [
            tag(.unescaped, "body", 1, 4), tag(.unescaped, "raw", 2, 5),
        ])
    }

    @Test func sectionsNestTheirTags() {
        let text = "{{#items}}\n  {{name}}\n{{/items}}\n{{^items}}none{{/items}}\n"
        #expect(TemplateScanner.scan(text) == [
            tag(.section, "items", 1, 4, [], [tag(.variable, "name", 2, 5)]),
            tag(.invertedSection, "items", 4, 4),
        ])
    }

    @Test func partialsParentsAndBlocks() {
        let page = "{{<layout}}\n{{$main}}\n<h1>{{title}}</h1>\n{{/main}}\n{{/layout}}\n{{> figures }}{{>*dynamic}}\n"
        #expect(TemplateScanner.scan(page) == [
            tag(.parent, "layout", 1, 4, [], [tag(.block, "main", 2, 4, [], [tag(.variable, "title", 3, 7)])]),
            tag(.partial, "figures", 6, 5), tag(.partial, "*dynamic", 6, 18),
        ])
        let layout = "<title>{{$pageTitle}}{{title}}{{/pageTitle}}</title>"
        #expect(TemplateScanner.scan(layout) == [tag(.block, "pageTitle", 1, 11, [], [tag(.variable, "title", 1, 24)])])
    }

    @Test func commentsAndPragmasNameNothing() {
        let text = "{{! a note {with braces}\n    over two lines }}{{after}}\n{{% CONTENT_TYPE: TEXT }}{{x}}"
        #expect(TemplateScanner.scan(text) == [tag(.variable, "after", 2, 24), tag(.variable, "x", 3, 28)])
        // swift-mustache's search for a comment's end does not step back: `%%>` does not end it.
        #expect(TemplateScanner.scan("{{=<% %>=}}<%! a %%> b %><%x%>") == [tag(.variable, "x", 1, 28)])
    }

    @Test func setDelimitersAreFollowed() {
        let text = "{{=<% %>=}}\n<%name%> {{not}} <%#list%><%.%><%/list%>\n<%={{ }}=%>{{back}}"
        #expect(TemplateScanner.scan(text) == [
            tag(.variable, "name", 2, 3),
            tag(.section, "list", 2, 21, [], [tag(.variable, ".", 2, 29)]),
            tag(.variable, "back", 3, 14),
        ])
        // swift-mustache reads the third brace after the closing delimiter, whatever it is.
        #expect(TemplateScanner.scan("{{= | | =}}|{raw|}") == [tag(.unescaped, "raw", 1, 14)])
        #expect(TemplateScanner.scan("{{=<% =}}{{x}}") == [tag(.variable, "x", 1, 12)])  // malformed: kept
    }

    @Test func transformsOutermostFirst() {
        let text = "{{ empty(tags) }}{{#first(reversed(list))}}{{/first(reversed(list))}}{{^last()}}{{/last()}}"
        #expect(TemplateScanner.scan(text) == [
            tag(.variable, "tags", 1, 10, ["empty"]),
            tag(.section, "list", 1, 36, ["first", "reversed"]),
            tag(.invertedSection, "", 1, 78, ["last"]),
        ])
        // Brackets swift-mustache cannot read: the tag is skipped.
        #expect(TemplateScanner.scan("{{empty(tags}}{{a(b))}}{{a)b}}{{ok}}") == [tag(.variable, "ok", 1, 33)])
    }

    @Test func linesAndColumnsAcrossCRLFTabsAndWideCharacters() {
        #expect(TemplateScanner.scan("a\r\n{{x}}\r\n\r\n  {{y}}") == [tag(.variable, "x", 2, 3), tag(.variable, "y", 4, 5)])
        #expect(TemplateScanner.scan("{{#\n  items\n}}{{/items}}") == [tag(.section, "items", 2, 3)])
        // Characters: é decomposed, a thumb with its skin tone and a tab are one each.
        #expect(TemplateScanner.scan("e\u{301}👍🏽\t{{x}}") == [tag(.variable, "x", 1, 6)])
    }

    @Test func malformedTextGivesWhatItCan() {
        #expect(TemplateScanner.scan("{{name") == [])
        #expect(TemplateScanner.scan("{{a}}{{") == [tag(.variable, "a", 1, 3)])
        #expect(TemplateScanner.scan("{{#a}}{{b}}") == [tag(.section, "a", 1, 4, [], [tag(.variable, "b", 1, 9)])])
        // A closing tag closes the nearest open section, whatever its name.
        #expect(TemplateScanner.scan("{{#a}}{{#b}}{{/a}}{{c}}{{/b}}") == [
            tag(.section, "a", 1, 4, [], [tag(.section, "b", 1, 10), tag(.variable, "c", 1, 21)]),
        ])
        #expect(TemplateScanner.scan("{{/x}}{{y}}") == [tag(.variable, "y", 1, 9)])
        #expect(TemplateScanner.scan("{{x}}{{! never closed {{y}") == [tag(.variable, "x", 1, 3)])
        #expect(TemplateScanner.scan("{{{x}}{{ a b }}{{#}}{{/}}") == [tag(.section, "", 1, 19)])
    }

    // MARK: The default theme

    static let theme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CommonsSite/Theme")

    static func templates() throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: theme.path).filter { $0.hasSuffix(".mustache") }.sorted()
            .map { ($0, try String(contentsOf: theme.appendingPathComponent($0), encoding: .utf8)) }
    }

    static func flattened(_ tags: [TemplateTag]) -> [TemplateTag] {
        tags.flatMap { [$0] + flattened($0.children) }
    }

    /// The theme's tags as a naive reader finds them, which works there because it uses
    /// neither comments nor other delimiters.
    static func naive(_ text: String) -> [String] {
        text.components(separatedBy: "{{").dropFirst().compactMap { piece in
            guard let end = piece.range(of: "}}") else { return nil }
            var body = Substring(piece[..<end.lowerBound])
            let unescaped = body.first == "{" || body.first == "&"
            if unescaped { body = body.dropFirst() }
            let sigil = body.first.map(String.init) ?? ""
            let kinds = ["#": "section", "^": "invertedSection", ">": "partial", "<": "parent", "$": "block"]
            let kind = unescaped ? "unescaped" : kinds[sigil] ?? (sigil == "/" ? "close" : "variable")
            if kind != "variable" && !unescaped { body = body.dropFirst() }
            var name = body.trimmingCharacters(in: .whitespaces)
            if let open = name.lastIndex(of: "("), let close = name.firstIndex(of: ")") {
                name = String(name[name.index(after: open)..<close])
            }
            return kind == "close" ? nil : kind + " " + name
        }.sorted()
    }

    @Test func everyTemplateOfTheDefaultThemeIsScanned() throws {
        let templates = try Self.templates()
        #expect(templates.count >= 20)
        for (name, text) in templates {
            let tags = Self.flattened(TemplateScanner.scan(text))
            #expect(tags.map { "\($0.kind) \($0.name)" }.sorted() == Self.naive(text), "\(name)")
            // Each position points at the name in the file.
            let lines = Array(text).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            for tag in tags {
                let rest = lines[tag.line - 1].dropFirst(tag.column - 1)
                #expect(rest.starts(with: tag.name), "\(name):\(tag.line):\(tag.column) \(tag.name)")
                if !tag.transforms.isEmpty { #expect(lines[tag.line - 1].dropLast(rest.count).last == "(") }
            }
        }
        let project = try #require(templates.first { $0.name == "project.mustache" }).text
        let top = TemplateScanner.scan(project)
        #expect(top.map(\.name) == ["layout"] && top[0].kind == .parent)
        #expect(top.first?.children.map(\.name) == ["main"])
        let main = try #require(top.first?.children.first)
        #expect(main.children.first == tag(.variable, "root", 5, 34))
        #expect(main.children.contains(tag(.invertedSection, "tags", 22, 10, ["empty"], [tag(.section, "tags", 23, 43, [], [tag(.variable, ".", 23, 55)])])))
        #expect(main.children.contains(tag(.partial, "figures", 34, 4)))
        let layout = try #require(templates.first { $0.name == "layout.mustache" }).text
        let blocks = Self.flattened(TemplateScanner.scan(layout)).filter { $0.kind == .block || $0.kind == .unescaped }
        #expect(blocks.map(\.name) == ["pageTitle", "siteHead", "siteHeader", "main", "siteFooter"])
    }

    // MARK: Tolerance

    func checkBounds(_ text: String) {
        let lines = Array(text).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for tag in Self.flattened(TemplateScanner.scan(text)) {
            #expect(tag.line >= 1 && tag.line <= lines.count && tag.column >= 1 && tag.column <= lines[tag.line - 1].count + 1)
        }
    }

    @Test func everyPrefixOfATemplateIsScanned() throws {
        let layout = try #require(try Self.templates().first { $0.name == "layout.mustache" }).text
        let constructs = "{{=<% %>=}}<%#a%><%{b%>}<%/a%><%={{ }}=%>{{! c }}{{% P: Q }}{{<p}}{{$d}}{{&e}}{{/d}}{{/p}}{{>f}}{{^g(h)}}\r\n{{/g(h)}}"
        for text in [layout, constructs] {
            for end in 0...text.count { checkBounds(String(text.prefix(end))) }
        }
    }

    @Test func randomTextIsScanned() {
        let pieces = ["{{", "}}", "{", "}", "#", "^", "/", "!", "=", "<", ">", "$", "%", "&", "(", ")", "*", " ", "\n", "\r\n",
                      "a", "b", ".", "<%", "%>", "é", "|"]
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {  // SplitMix64: the same texts on every run
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        for _ in 0..<3000 {
            checkBounds((0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined())
        }
    }
}
