import ArgumentParser
import CommonsModel
import CommonsSite

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Help for theme authors: what each template receives.",
        subcommands: [ContextCommand.self, ReferenceCommand.self]
    )

    struct ContextCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "context",
            abstract: "Print, as JSON, the values the template of the page at URL receives.",
            discussion: "For example: commons theme context /projects/repair-cafe/"
        )

        @Argument(help: ArgumentHelp("The page's address below the site root, like /projects/maps/.", valueName: "url"))
        var url: String

        @OptionGroup var options: ContentOptions

        @OptionGroup var theme: ThemeOptions

        func run() throws {
            var build = SiteBuild(options: .init(content: options.content, templates: theme.templates, output: "_site",
                                                 asOf: options.day, baseURL: nil))
            guard let report = build.context(ofPageAt: url) else {
                let errors = build.diagnostics.filter { $0.severity == .error }
                if !errors.isEmpty {
                    FileStream.standardError.write(DiagnosticFormat.text.render(errors, folder: options.content))
                    FileStream.standardError.write("\(DiagnosticFormat.summary(errors)); no context\n")
                    throw ExitCode(1)
                }
                let known = build.pageAddresses
                let hint = Suggestion.nearest(to: url, in: known).map { "; did you mean '\($0)'?" }
                    ?? " (for example \(known.prefix(3).joined(separator: ", ")))"
                FileStream.standardError.write("commons theme context: no page is published at '\(url)'\(hint)\n")
                throw ExitCode(2)
            }
            FileStream.standardError.write("\(report.template).mustache draws \(report.kind); it receives:\n")
            FileStream.standardOutput.write(report.json)
        }
    }

    struct ReferenceCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reference",
            abstract: "Print the theme reference (docs/themes.md): every template and the values it receives."
        )

        func run() throws {
            FileStream.standardOutput.write(ThemeReference.markdown)
        }
    }
}
