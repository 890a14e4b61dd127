import ArgumentParser
import CommonsAnalysis
import CommonsModel

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
        let asOf = options.day
        let result = ContentLoader.load(folder: options.content, asOf: asOf)
        guard let commons = result.commons, !result.diagnostics.hasErrors else {
            // The same diagnostics as `check`, on stderr so stdout stays the report's.
            FileStream.standardError.write(DiagnosticFormat.text.render(result.diagnostics, folder: options.content))
            FileStream.standardError.write("\(DiagnosticFormat.summary(result.diagnostics)); no report\n")
            throw ExitCode(1)
        }
        let analysis = Analysis(commons: commons, asOf: asOf)
        FileStream.standardOutput.write(renderReport(analysis, commons: commons, format: format))
        let warnings = result.diagnostics.count + analysis.uncountedVoteWarnings(in: commons).count
        if warnings > 0 {
            FileStream.standardError.write("\(warnings) warning\(warnings == 1 ? "" : "s"); run 'commons check' to see them\n")
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
