import ArgumentParser

struct CommonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commons",
        abstract: "Publish the public record of a peer-produced commons: a static site and its statistics.",
        discussion: "Content is a folder of Markdown files (see docs/content-format.md). Exit status: 0 clean, 1 content errors, 2 usage errors.",
        version: Version.description,
        subcommands: [InitCommand.self, NewCommand.self, CheckCommand.self, ReportCommand.self, BuildCommand.self,
                      ServeCommand.self, ThemeCommand.self]
    )
}

/// Options every command that reads content shares.
struct ContentOptions: ParsableArguments {
    @Option(name: .customLong("content"), help: ArgumentHelp(
        "The content folder. Default: Content, else the nearest folder at or above this one with commons.md (or a Content/ with it).",
        valueName: "dir"))
    var given: String?

    var content: String { given ?? ContentLocation.find() }

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The day the figures are as of (YYYY-MM-DD). Default: SOURCE_DATE_EPOCH's day (UTC), else today where it is latest on Earth (UTC+14), so that work dated today anywhere counts.",
        valueName: "day"))
    var asOf: String?

    func validate() throws {
        if let asOf, Day(parsing: asOf) == nil {
            throw ValidationError("--as-of should be a day like 2026-06-30, found '\(asOf)'")
        }
        if !FileStream.isDirectory(content) {
            throw ValidationError(given == nil
                ? "no content folder: no Content/ here, and no commons.md in this folder or any above it (commons init makes one; or use --content DIR)"
                : "no content folder at '\(content)' (use --content DIR)")
        }
    }

    /// --as-of, else SOURCE_DATE_EPOCH's UTC day, else today in UTC+14: the clock's day
    /// where it is latest, so that work dated today in any time zone is not "after" it.
    var day: Day {
        if let asOf, let day = Day(parsing: asOf) { return day }
        return ContentOptions.defaultDay
    }

    static var defaultDay: Day {
        if let epoch = FileStream.environment("SOURCE_DATE_EPOCH"), let seconds = Int(epoch) {
            return Day(unixTime: seconds)
        }
        return Day(unixTime: FileStream.unixTime() + 14 * 60 * 60)
    }

    /// What a new file is dated: the local day, never after the day `check` counts up to
    /// by default, so that what `new` writes is never "after" it.
    static var today: Day { min(FileStream.localDay, defaultDay) }
}

extension DiagnosticFormat: ExpressibleByArgument {}

import CommonsModel
