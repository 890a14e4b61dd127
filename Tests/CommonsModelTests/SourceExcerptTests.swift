import Testing
@testable import CommonsModel

@Suite("The line a diagnostic points at, with a caret under its column")
struct SourceExcerptTests {
    /// `check`'s text for the content, read from where it was written.
    func text(_ content: TemporaryContent) -> String {
        DiagnosticFormat.text.render(content.load().diagnostics, folder: content.root.path)
    }

    @Test func aFrontMatterErrorShowsItsLineAndACaretUnderTheValue() throws {
        let content = try TemporaryContent(["contributions/a.md": contribution("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: codee")])
        #expect(text(content) == """
            contributions/a.md:5:7: error: unknown kind 'codee'; did you mean 'code'?
                5 | kind: codee
                  |       ^

            """)
    }

    @Test func aTabIsPrintedUnderItselfSoTheCaretLinesUp() throws {
        let content = try TemporaryContent(["contributions/a.md": contribution("contributor:\tjnas\nproject: maps\ndate: 2026-03-01\nkind: code")])
        #expect(text(content) == """
            contributions/a.md:2:14: error: unknown contributor 'jnas'; did you mean 'jonas'?
                2 | contributor:\tjnas
                  |             \t^

            """)
    }

    @Test func aCharacterOfSeveralBytesOrScalarsTakesOneColumn() throws {
        // `é` is two bytes; `é` written as `e` and a combining accent is two scalars,
        // which libyaml counts as two columns and a reader sees as one character.
        for cafe in ["Café", "Cafe\u{301}"] {
            let column = 21
            let content = try TemporaryContent(["projects/maps.md": "---\ntitle: \(cafe) « Süd » #2\nlicense: MIT\n---\n"])
            #expect(text(content) == """
                projects/maps.md:2:\(column): warning: ' #' starts a comment, so 'title' is '\(cafe) « Süd »' and the rest of the line is left out; to keep it, put the value in quotes: title: "\(cafe) « Süd » #2"
                    2 | title: \(cafe) « Süd » #2
                      |                     ^

                """)
        }
    }

    @Test func theGutterFitsTheLineNumber() {
        let lines = Array(repeating: "", count: 11) + ["  amara: yse  "]
        #expect(SourceExcerpt(lines, line: 12, column: 10)?.text == "    12 |   amara: yse\n       |          ^\n")
        // A caret just past the end of the line (a value that is missing), and on a blank line.
        #expect(SourceExcerpt(["title:"], line: 1, column: 7)?.text == "    1 | title:\n      |       ^\n")
        #expect(SourceExcerpt([""], line: 1, column: 1)?.text == "    1 |\n      | ^\n")
    }

    @Test func aLongLineIsCutAroundTheColumn() throws {
        let line = "title: " + String(repeating: "a", count: 200) + "#" + String(repeating: "b", count: 200)
        let excerpt = try #require(SourceExcerpt([line], line: 1, column: 208))
        #expect(excerpt.shown == "…" + String(repeating: "a", count: 80) + "#" + String(repeating: "b", count: 79) + "…")
        #expect(excerpt.text.hasSuffix("| " + String(repeating: " ", count: 81) + "^\n"))
        let atTheEnd = try #require(SourceExcerpt([line], line: 1, column: line.count + 1))
        #expect(atTheEnd.shown == "…" + String(repeating: "b", count: 160))
        #expect(atTheEnd.text.hasSuffix("| " + String(repeating: " ", count: 161) + "^\n"))
    }

    @Test func aFileThatIsGoneOrShorterPrintsTheDiagnosticAlone() throws {
        let content = try TemporaryContent([:])
        let gone = Diagnostic(.error, "contributions/gone.md", line: 2, column: 3, "unknown contributor 'x'")
        let beyond = Diagnostic(.error, "projects/maps.md", line: 40, column: 1, "missing")
        let whole = Diagnostic(.warning, "projects/maps.md", "no license")
        #expect(DiagnosticFormat.text.render([gone, beyond, whole], folder: content.root.path) == """
            contributions/gone.md:2:3: error: unknown contributor 'x'
            projects/maps.md:40:1: error: missing
            projects/maps.md: warning: no license

            """)
    }

    @Test func aThemeFileIsReadFromWhereItWasNamedNotFromTheContent() throws {
        let content = try TemporaryContent([:])
        let template = content.root.path + "/elsewhere/project.mustache"
        try content.write(.init("<h1>{{titel}}</h1>\n".utf8), to: "elsewhere/project.mustache")
        let warning = Diagnostic(.warning, template, line: 1, column: 7, "'titel' is not given to project pages; did you mean 'title'?")
            .pathFromWorkingDirectory()
        #expect(DiagnosticFormat.text.render([warning], folder: "/nonexistent") == """
            \(template):1:7: warning: 'titel' is not given to project pages; did you mean 'title'?
                1 | <h1>{{titel}}</h1>
                  |       ^

            """)
    }

    @Test func eachFileIsReadOnceAndFoldedProblemsNotAtAll() {
        var reads: [String] = []
        let excerpts = SourceExcerpts(folder: "C") { path in
            reads.append(path)
            return ["---", "title: \"Maps", "project: maps"]
        }
        let diagnostics = [
            Diagnostic(.error, "projects/maps.md", line: 2, column: 8, "the quote \" that opens here is never closed"),
            Diagnostic(.warning, "projects/maps.md", line: 3, column: 1, "unknown field 'project'"),
            Diagnostic(.error, "contributions/a.md", line: 3, column: 10, "unknown project 'maps'").caused(by: "projects/maps.md"),
        ]
        let text = DiagnosticFormat.text.render(diagnostics, excerpts: excerpts)
        #expect(reads == ["C/projects/maps.md"])
        #expect(text.contains("    3 | project: maps\n      | ^\n"))
    }

    @Test func jsonAndGithubAreUnchanged() throws {
        let content = try TemporaryContent(["contributions/a.md": contribution("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: codee")])
        let diagnostics = content.load().diagnostics
        #expect(DiagnosticFormat.json.render(diagnostics, folder: content.root.path) == """
            [
              {"path": "contributions/a.md", "line": 5, "column": 7, "severity": "error", "message": "unknown kind 'codee'; did you mean 'code'?"}
            ]

            """)
        #expect(DiagnosticFormat.github.render(diagnostics, folder: "Content") ==
            "::error file=Content/contributions/a.md,line=5,col=7::unknown kind 'codee'; did you mean 'code'?\n")
    }
}
