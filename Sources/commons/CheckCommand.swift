import ArgumentParser
import CommonsAnalysis
import CommonsModel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a content folder and report every mistake as path:line:col."
    )

    @OptionGroup var options: ContentOptions

    @Flag(help: "Treat warnings as errors (exit 1 when there are any).")
    var strict = false

    @Option(help: ArgumentHelp("Output format: text, json or github (annotations for GitHub Actions).", valueName: "format"))
    var format: DiagnosticFormat = .text

    func run() throws {
        let asOf = options.day
        let result = ContentLoader.load(folder: options.content, asOf: asOf, renderingBodies: false)
        var diagnostics = result.diagnostics
        if let commons = result.commons {
            let analysis = Analysis(commons: commons, asOf: asOf)
            diagnostics = (diagnostics + analysis.uncountedVoteWarnings(in: commons)).sorted()
        }
        FileStream.standardOutput.write(format.render(diagnostics, folder: options.content))
        if format == .text {
            let count = result.commons.map { c in
                [(c.projects.count, "project"), (c.contributors.count, "contributor"),
                 (c.contributions.count, "contribution"), (c.proposals.count, "proposal")]
                    .map { "\($0) \($1)\($0 == 1 ? "" : "s")" }.joined(separator: ", ")
            } ?? "nothing loaded"
            FileStream.standardError.write("\(DiagnosticFormat.summary(diagnostics)) — \(count)\n")
        }
        if diagnostics.hasErrors || (strict && !diagnostics.isEmpty) || result.commons == nil {
            throw ExitCode(1)
        }
    }
}
