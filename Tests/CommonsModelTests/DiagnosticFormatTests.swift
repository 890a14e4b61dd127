import Testing
@testable import CommonsModel

@Suite("Printing diagnostics for people, tools and GitHub")
struct DiagnosticFormatTests {
    let diagnostics = [
        Diagnostic(.error, "contributions/a.md", line: 3, column: 10, "unknown project 'mpas'; did you mean 'maps'?"),
        Diagnostic(.warning, "projects/x.md", "no \"license\"\n"),
    ]

    /// No file is there, so text prints the diagnostics alone (`SourceExcerptTests` has
    /// the lines and carets).
    static let nowhere = "/nonexistent/Content"

    @Test func text() {
        #expect(DiagnosticFormat.text.render(diagnostics, folder: DiagnosticFormatTests.nowhere) ==
            "contributions/a.md:3:10: error: unknown project 'mpas'; did you mean 'maps'?\nprojects/x.md: warning: no \"license\"\n\n")
    }

    @Test func json() {
        #expect(DiagnosticFormat.json.render(diagnostics, folder: "Content") == """
            [
              {"path": "contributions/a.md", "line": 3, "column": 10, "severity": "error", "message": "unknown project 'mpas'; did you mean 'maps'?"},
              {"path": "projects/x.md", "line": 0, "column": 0, "severity": "warning", "message": "no \\"license\\"\\n"}
            ]

            """)
        #expect(DiagnosticFormat.json.render([], folder: ".") == "[]\n")
    }

    @Test func githubAnnotationsArePathsFromTheRepository() {
        #expect(DiagnosticFormat.github.render(diagnostics, folder: "Content") ==
            "::error file=Content/contributions/a.md,line=3,col=10::unknown project 'mpas'; did you mean 'maps'?\n"
            + "::warning file=Content/projects/x.md::no \"license\"%0A\n")
    }

    @Test func summary() {
        #expect(DiagnosticFormat.summary(diagnostics) == "1 error, 1 warning")
    }

    /// A project file with a YAML error, two contributions naming it, and an unrelated slip.
    let withCause = [
        Diagnostic(.error, "contributions/a.md", line: 3, column: 10, "unknown project 'repair-cafe': projects/repair-cafe.md could not be read")
            .caused(by: "projects/repair-cafe.md"),
        Diagnostic(.error, "contributions/b.md", line: 3, column: 10, "unknown project 'mpas'; did you mean 'maps'?"),
        Diagnostic(.error, "governance/p.md", line: 4, column: 10, "unknown project 'repair-cafe': projects/repair-cafe.md could not be read")
            .caused(by: "projects/repair-cafe.md"),
        Diagnostic(.error, "projects/repair-cafe.md", line: 2, column: 8, "the quote \" that opens here is never closed"),
        Diagnostic(.error, "contributions/c.md", line: 4, column: 10, "unknown project 'repair-cafe': projects/repair-cafe.md could not be read")
            .caused(by: "projects/repair-cafe.md"),
    ]

    @Test func textPutsTheCauseFirstAndFoldsWhatFollows() {
        #expect(DiagnosticFormat.text.render(withCause, folder: DiagnosticFormatTests.nowhere) == """
            projects/repair-cafe.md:2:8: error: the quote " that opens here is never closed
            projects/repair-cafe.md: note: … and 3 more problems in 3 files that follow from projects/repair-cafe.md (fix it first)
            contributions/b.md:3:10: error: unknown project 'mpas'; did you mean 'maps'?

            """)
        #expect(DiagnosticFormat.summary(withCause) == "5 errors, 0 warnings")
    }

    @Test func oneFollowerIsFoldedToo() {
        let one = [withCause[0], withCause[3]]
        #expect(DiagnosticFormat.text.render(one, folder: DiagnosticFormatTests.nowhere) == """
            projects/repair-cafe.md:2:8: error: the quote " that opens here is never closed
            projects/repair-cafe.md: note: … and 1 more problem in 1 file that follows from projects/repair-cafe.md (fix it first)

            """)
    }

    @Test func jsonKeepsEveryDiagnosticWithItsCause() {
        #expect(DiagnosticFormat.json.render(Array(withCause[0...1]), folder: "Content") == """
            [
              {"path": "contributions/a.md", "line": 3, "column": 10, "severity": "error", "message": "unknown project 'repair-cafe': projects/repair-cafe.md could not be read", "caused_by": "projects/repair-cafe.md"},
              {"path": "contributions/b.md", "line": 3, "column": 10, "severity": "error", "message": "unknown project 'mpas'; did you mean 'maps'?"}
            ]

            """)
    }

    @Test func githubAnnotatesTheCauseFirstAndFoldsWhatFollows() {
        #expect(DiagnosticFormat.github.render(withCause, folder: "Content") ==
            "::error file=Content/projects/repair-cafe.md,line=2,col=8::the quote \" that opens here is never closed\n"
            + "::notice file=Content/projects/repair-cafe.md::… and 3 more problems in 3 files that follow from projects/repair-cafe.md (fix it first)\n"
            + "::error file=Content/contributions/b.md,line=3,col=10::unknown project 'mpas'; did you mean 'maps'?\n")
    }

    @Test func aCausedDiagnosticPrintsAsAnyOther() {
        #expect(withCause[0].description == "contributions/a.md:3:10: error: unknown project 'repair-cafe': projects/repair-cafe.md could not be read")
        #expect(Diagnostic(.error, "a.md", "x") != Diagnostic(.error, "a.md", "x").caused(by: "b.md"))
    }
}
