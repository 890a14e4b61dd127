import ArgumentParser
import CommonsModel

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
