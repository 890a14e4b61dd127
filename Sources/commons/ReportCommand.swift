import ArgumentParser
import CommonsAnalysis
import CommonsModel
import CommonsReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the commons' statistics and governance outcomes.",
        discussion: "json is exactly the site's stats.json; markdown suits a CI job summary or a pull-request comment."
    )

    @OptionGroup var options: ContentOptions

    @Option(help: ArgumentHelp("Output format: text, markdown or json.", valueName: "format"))
    var format: ReportFormat = .text

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
        FileStream.standardOutput.write(renderReport(analysis, commons: commons, format: format))
        if !diagnostics.isEmpty {
            FileStream.standardError.write("\(Phrase.counted(diagnostics.count, "warning")); run 'commons check' to see them\n")
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
