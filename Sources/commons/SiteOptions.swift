import ArgumentParser
import CommonsModel
import CommonsSite

/// `--templates DIR`, for every command that draws or checks the theme.
struct ThemeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Templates that replace the default theme's, file by file.", valueName: "dir"))
    var templates: String?

    func validate() throws {
        if let templates, !FileStream.isDirectory(templates) {
            throw ValidationError("no templates folder at '\(templates)'")
        }
    }
}

/// `--base-url URL`, for the commands that make the site's addresses.
struct AddressOptions: ParsableArguments {
    @Option(name: .customLong("base-url"), help: ArgumentHelp(
        "The address the site is published at, for the feed and sitemap (overrides base_url).", valueName: "url"))
    var baseURL: String?

    func validate() throws {
        if let baseURL, !Link.isWebURL(baseURL) {
            throw ValidationError("--base-url should be an absolute http(s) URL like https://example.org/commons/, found '\(baseURL)'")
        }
    }
}

/// `--search` and `--pagefind PATH`, for the command that publishes the site.
struct SearchOptions: ParsableArguments {
    @Flag(help: "Add a search page and index the site with Pagefind, as 'search: true' in commons.md does.")
    var search = false

    @Option(help: ArgumentHelp(
        "The Pagefind binary that indexes a site with search. Default: PAGEFIND, else pagefind on PATH, else .build/tools/bin/pagefind of the source checkout commons was built from.",
        valueName: "path"))
    var pagefind: String?

    /// Pagefind as found; nil when it is not and nothing asks for it. A --pagefind or
    /// PAGEFIND that is not a program, and --search without Pagefind, are refused before
    /// anything is written.
    func locate(_ command: String) throws -> Pagefind? {
        let environment = ["PAGEFIND", "PATH"].reduce(into: [String: String]()) { $0[$1] = FileStream.environment($1) }
        switch Pagefind.locate(explicit: pagefind, environment: environment) {
        case .found(let path):
            return Pagefind(path: path)
        case .unusable(let reason):
            throw refuse(command, "\(reason); \(Pagefind.installAdvice)")
        case .missing:
            if search { throw refuse(command, "--search needs Pagefind, which was not found: \(Pagefind.installAdvice)") }
            return nil
        }
    }
}
