import ArgumentParser
import CommonsAnalysis
import CommonsModel
import CommonsSite

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a content folder and report every mistake as path:line:col.",
        discussion: """
            Everything that would stop 'commons build' stops 'check' too: content errors, pages that \
            would be published at the same address, and template errors (with the theme's warnings) \
            when a Templates/ folder or --templates is there. Nothing is written.
            """
    )

    @OptionGroup var options: ContentOptions

    @Flag(help: "Treat warnings as errors (exit 1 when there are any).")
    var strict = false

    @Option(help: ArgumentHelp("Output format: text, json or github (annotations for GitHub Actions).", valueName: "format"))
    var format: DiagnosticFormat = .text

    @OptionGroup var theme: ThemeOptions

    func run() throws {
        // The build's own steps up to its plan, so that check fails wherever a build would.
        var build = SiteBuild(options: .init(content: options.content, templates: theme.templates, asOf: options.day,
                                             checkingOnly: true))
        Pipeline(SiteBuild.planning).run(&build)
        let reading = build.reading
        let diagnostics = build.diagnostics
        FileStream.standardOutput.write(format.render(diagnostics, folder: options.content))
        if format == .text {
            let count = reading.commons.map { c in
                [Phrase.counted(c.projects.count, "project"), Phrase.counted(c.contributors.count, "contributor"),
                 Phrase.counted(c.contributions.count, "contribution"), Phrase.counted(c.proposals.count, "proposal")]
                    .joined(separator: ", ")
            } ?? "nothing loaded"
            FileStream.standardError.write("\(DiagnosticFormat.summary(diagnostics)) — \(count)\n")
            if strict, !diagnostics.hasErrors, !diagnostics.isEmpty {
                // "0 errors" and exit 1 would look like a bug without it.
                let warnings = diagnostics.count
                FileStream.standardError.write("--strict: \(warnings == 1 ? "this warning counts as an error" : "these \(warnings) warnings count as errors")\n")
            }
        }
        if diagnostics.hasErrors || (strict && !diagnostics.isEmpty) || reading.commons == nil {
            throw ExitCode(1)
        }
    }
}
