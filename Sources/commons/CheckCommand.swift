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
        var reading = Reading(content: options.content, asOf: options.day, renderingBodies: false)
        Pipeline(Reading.steps).run(&reading)
        let diagnostics = reading.diagnostics.sorted()
        FileStream.standardOutput.write(format.render(diagnostics, folder: options.content))
        if format == .text {
            let count = reading.commons.map { c in
                [Phrase.counted(c.projects.count, "project"), Phrase.counted(c.contributors.count, "contributor"),
                 Phrase.counted(c.contributions.count, "contribution"), Phrase.counted(c.proposals.count, "proposal")]
                    .joined(separator: ", ")
            } ?? "nothing loaded"
            FileStream.standardError.write("\(DiagnosticFormat.summary(diagnostics)) — \(count)\n")
        }
        if diagnostics.hasErrors || (strict && !diagnostics.isEmpty) || reading.commons == nil {
            throw ExitCode(1)
        }
    }
}
