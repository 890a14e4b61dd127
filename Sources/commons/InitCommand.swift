import ArgumentParser
import CommonsAuthoring
import CommonsModel

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a commons: its content from a seed, with a README and a workflow that publishes it.",
        discussion: """
            Makes DIR (default: this folder) a commons repository: the commons in DIR/Content, \
            with you as its first contributor and maintainer, and beside it .gitignore, README.md \
            and .github/workflows/commons.yml. On a terminal it asks for what the options do not \
            give; with --yes, or without a terminal, it takes the options and defaults and never \
            waits. It never overwrites a file: a folder that holds a commons, or any file it would \
            write, is refused and nothing is written.
            """
    )

    @Argument(help: ArgumentHelp("The repository's folder; made if missing.", valueName: "dir"))
    var folder = "."

    @Option(help: ArgumentHelp("The seed to start from (see --list). Default: minimal.", valueName: "name"))
    var seed: String?

    @Option(help: ArgumentHelp("The commons' title. Default: from the folder's name.", valueName: "title"))
    var title: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp(
        "The address the site will be published at. Default: none (the workflow passes GitHub Pages' own).", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp("Your handle. Default: from your name.", valueName: "handle"))
    var handle: String?

    @Option(help: ArgumentHelp("Your name. Default: git config user.name.", valueName: "name"))
    var name: String?

    @Flag(help: "Ask nothing: take the options and the defaults.")
    var yes = false

    @Flag(help: "List the seeds, one line each, and stop.")
    var list = false

    func run() throws {
        let seeds = Seed.all()
        guard !seeds.isEmpty else {
            throw refuse("init", "no seeds were found (they ship with commons, in share/commons/Seeds); reinstall commons")
        }
        if list {
            let width = seeds.map(\.name.count).max() ?? 0
            for seed in seeds {
                FileStream.standardOutput.write(seed.name + String(repeating: " ", count: width - seed.name.count + 2) + seed.description + "\n")
            }
            return
        }
        try refuseEarly(seeds)
        let asking = !yes && Terminal.isInteractive
        let git = GitIdentity(folder: FileStream.isDirectory(folder) ? folder : ".")
        var answers = (seed: seed, title: title, baseURL: baseURL, handle: handle, name: name ?? git.name)
        if asking {
            FileStream.standardError.write("Starting a commons in \(folder == "." ? "this folder" : folder). Press Enter to take the [default].\n")
            answers.title = answers.title ?? Terminal.ask("Title", default: defaultTitle)
            answers.baseURL = answers.baseURL ?? Terminal.ask("Address it will be published at (empty: none yet)", default: nil) {
                Link.isWebURL($0) ? nil : "an absolute http(s) address, like https://you.github.io/commons/"
            }
            answers.name = name ?? Terminal.ask("Your name", default: git.name)
            answers.handle = answers.handle ?? Terminal.ask("Your handle (lowercase letters, digits, -)", default: answers.name.map(Slug.from)) {
                Identifier.isValidName($0) ? nil : "'\($0)' cannot be a handle: \(Identifier.problem(with: $0))"
            }
            if answers.seed == nil {
                FileStream.standardError.write(seeds.map { "  \($0.name): \($0.description)" }.joined(separator: "\n") + "\n")
                answers.seed = Terminal.ask("Seed", default: Seed.defaultName) { answer in
                    seeds.contains { $0.name == answer } ? nil : "no seed '\(answer)'\(Suggestion.hint(for: answer, in: seeds.map(\.name)))"
                }
            }
        }
        let handle = answers.handle ?? answers.name.map(Slug.from) ?? ""
        guard !handle.isEmpty else {
            throw refuse("init", "who is starting it? Give your handle with --handle (or your name with --name, or set git config user.name)")
        }
        guard Identifier.isValidName(handle) else {
            throw refuse("init", "--handle '\(handle)' cannot be a handle: \(Identifier.problem(with: handle)); like ana-lima")
        }
        let chosen = seeds.first { $0.name == (answers.seed ?? Seed.defaultName) }!
        let planting = Planting(seed: chosen, folder: folder, title: answers.title ?? defaultTitle, baseURL: answers.baseURL,
                                handle: handle, name: answers.name ?? handle)
        do {
            let files = try planting.files()
            if let refusal = planting.refusal(of: files) { throw refuse("init", refusal.description) }
            try planting.write(files)
            let content = files.filter { $0.path.hasPrefix(Planting.contentFolder + "/") }.count
            let into = folder == "." ? "" : " into \(folder)/"
            FileStream.standardOutput.write("""
                Planted the '\(chosen.name)' seed\(into): \(Planting.contentFolder)/ (\(content) files, with you as \(handle)), \
                README.md, .gitignore and .github/workflows/commons.yml.
                Next:\(folder == "." ? "" : " cd \(Self.shellWord(folder)) &&") commons check && commons serve

                """)
        } catch let refusal as Planting.Refusal {
            throw refuse("init", refusal.description)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            FileStream.standardError.write("commons init: \(error); nothing was left half-written\n")
            throw ExitCode(1)
        }
    }

    /// What can be refused before any question is asked.
    private func refuseEarly(_ seeds: [Seed]) throws {
        if let seed, !seeds.contains(where: { $0.name == seed }) {
            let names = seeds.map(\.name)
            let hint = Suggestion.nearest(to: seed, in: names).map { "; did you mean '\($0)'?" } ?? " (seeds: \(names.joined(separator: ", ")))"
            throw refuse("init", "no seed '\(seed)'\(hint)")
        }
        if let baseURL, !Link.isWebURL(baseURL) {
            throw refuse("init", "--base-url should be an absolute http(s) URL like https://example.org/commons/, found '\(baseURL)'")
        }
        if let handle, !Identifier.isValidName(handle) {
            throw refuse("init", "--handle '\(handle)' cannot be a handle: \(Identifier.problem(with: handle)); like \(Slug.from(handle).isEmpty ? "ana-lima" : Slug.from(handle))")
        }
        if FileStream.exists(folder) && !FileStream.isDirectory(folder) {
            throw refuse("init", "'\(folder)' is a file, not a folder")
        }
        if FileStream.exists(folder + "/" + Planting.contentFolder + "/commons.md") {
            throw refuse("init", "\(folder == "." ? "" : folder + "/")\(Planting.contentFolder) already holds a commons (it has commons.md); nothing was written")
        }
    }

    /// "riverside-commons" → "Riverside Commons"; this folder's own name for ".".
    private var defaultTitle: String {
        let path = folder == "." ? FileStream.currentDirectory : folder
        let last = path.split(separator: "/").last.map(String.init) ?? "commons"
        let words = last.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
        let title = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        return title.isEmpty ? "Our Commons" : title
    }

    /// The folder as a shell word, so the printed "cd …" can be pasted: 'My Commons'.
    static func shellWord(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || "0123456789-_./".unicodeScalars.contains($0)) }
        return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
