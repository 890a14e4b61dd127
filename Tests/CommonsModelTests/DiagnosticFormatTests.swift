import Testing
@testable import CommonsModel

@Suite("Printing diagnostics for people, tools and GitHub")
struct DiagnosticFormatTests {
    let diagnostics = [
        Diagnostic(.error, "contributions/a.md", line: 3, column: 10, "unknown project 'mpas'; did you mean 'maps'?"),
        Diagnostic(.warning, "projects/x.md", "no \"license\"\n"),
    ]

    @Test func text() {
        #expect(DiagnosticFormat.text.render(diagnostics, folder: "Content") ==
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
}
