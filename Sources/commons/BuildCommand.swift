import ArgumentParser
import CommonsModel
import CommonsSupport
import CommonsReport
import CommonsSite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Publish the commons as a static site: pages, feed, sitemap and stats.json.",
        discussion: """
            The theme is --templates DIR, else a Templates/ folder beside the content folder, each \
            replacing the default theme file by file. The site is written beside --output and swapped \
            in when complete: a build that fails leaves the previous site as it was. With --search (or \
            'search: true' in commons.md) the site gets a search page and Pagefind indexes it before the swap.
            """
    )

    @OptionGroup var options: ContentOptions

    @OptionGroup var theme: ThemeOptions

    @Option(help: ArgumentHelp("Where the site goes; replaced whole by each build.", valueName: "dir"))
    var output: String = "_site"

    @OptionGroup var address: AddressOptions

    @OptionGroup var search: SearchOptions

    @Flag(help: "Treat warnings as errors: publish nothing when there are any.")
    var strict = false

    func run() throws {
        Interruption.takeSignals(note: "commons build: interrupted; nothing half-written is left in or beside \(output)")
        let pagefind = try search.locate("build")
        var build = SiteBuild(options: .init(content: options.content, templates: theme.templates, output: output,
                                             asOf: options.day, baseURL: address.baseURL, strict: strict,
                                             search: search.search, pagefind: pagefind))
        let result = build.run { step in
            let seconds = ReportNumber.fixed(step.seconds, places: 3)
            let name = step.name.padding(to: 8)
            FileStream.standardError.write("[\(step.number)/\(step.count)] \(name)\(seconds) s  \(step.detail)\n")
        }
        FileStream.standardOutput.write(DiagnosticFormat.text.render(build.diagnostics, folder: options.content))
        let summary = DiagnosticFormat.summary(build.diagnostics)
        switch result {
        case .published(let pages, let files):
            FileStream.standardError.write("\(summary) — \(pages) pages, \(files) files in \(output)\n")
            // Ends the process with the build still held: the kernel takes back its
            // memory at once, where freeing a big site object by object would take longer
            // than writing it did.
            withExtendedLifetime(build) { FileStream.exit(0) }
        case .failed:
            FileStream.standardError.write("\(summary) — nothing written; \(output) is as it was\n")
            throw ExitCode(1)
        case .refused(let reason):
            FileStream.standardError.write("commons build: \(reason)\n")
            throw ExitCode(2)
        case .writeFailed(let reason):
            FileStream.standardError.write("commons build: \(reason); \(output) is as it was\n")
            throw ExitCode(1)
        }
    }
}

private extension String {
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
