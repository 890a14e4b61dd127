import ArgumentParser
import CommonsModel

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Print the commons' statistics.")
    @OptionGroup var options: ContentOptions
    func run() throws { throw ExitCode(1) }
}
