import ArgumentParser
import CommonsAnalysis
import CommonsModel
import CommonsReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the commons' statistics and governance outcomes.",
        discussion: """
            json is exactly the site's stats.json; markdown suits a CI job summary or a pull-request comment. \
            With --compare BASE it prints what changed since BASE instead: a stats.json file, or a git revision \
            of the repository holding the content folder (read with git archive; the working tree is not touched).
            """
    )

    @OptionGroup var options: ContentOptions

    @Option(help: ArgumentHelp("Output format: text, markdown or json.", valueName: "format"))
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("What changed since BASE: a stats.json file or a git revision (HEAD~1, main).",
                               valueName: "base"))
    var compare: String?

    func run() throws {
        var reading = Reading(content: options.content, asOf: options.day, renderingBodies: false)
        Pipeline(Reading.steps).run(&reading)
        let diagnostics = reading.diagnostics.sorted()
        guard let commons = reading.commons, let analysis = reading.analysis, !diagnostics.hasErrors else {
            // The same diagnostics as `check`, on stderr so stdout stays the report's.
            FileStream.standardError.write(DiagnosticFormat.text.render(diagnostics, folder: options.content))
            FileStream.standardError.write("\(DiagnosticFormat.summary(diagnostics)); no report\n")
            throw ExitCode(1)
        }
        if let base = compare {
            let old: CommonsSnapshot
            do { old = try ComparisonBase.snapshot(base, content: options.content, asOf: options.day) } catch {
                FileStream.standardError.write("commons report: \(error)\n")
                throw ExitCode(2)
            }
            let new = CommonsSnapshot(analysis, commons: commons, diagnostics: diagnostics)
            FileStream.standardOutput.write(ChangeReport(AnalysisChange(from: old, to: new), base: base).render(format))
        } else {
            FileStream.standardOutput.write(renderReport(analysis, commons: commons, format: format))
        }
        if !diagnostics.isEmpty {
            FileStream.standardError.write("\(Phrase.counted(diagnostics.count, "warning")); run 'commons check' to see them\n")
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
