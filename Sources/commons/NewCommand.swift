import ArgumentParser
import CommonsAnalysis
import CommonsAuthoring
import CommonsModel
import CommonsSupport

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Add a contribution, project, person, proposal or page, at its conventional path.",
        discussion: """
            The options are the content format's field names. The file is dated today and written \
            by you: --as, else the person whose file in contributors/ has your git user.email (as a \
            mailto: link) or user.name. Every name is checked against the commons first, with the \
            same suggestions as 'commons check'; when one is wrong nothing is written. On a \
            terminal it asks for what a file cannot do without. It prints the new file's path.
            Examples:
              commons new contribution --project repair-cafe --kind care --hours 3
              commons new person --name "Ana Lima"
              commons new proposal --title "Open on Sundays" --project repair-cafe
              commons new page --title Charter
            """
    )

    @Argument(help: ArgumentHelp("What to add: contribution, project, person, proposal or page.", valueName: "kind"))
    var kind: Draft.Kind

    @Option(name: .customLong("content"), help: ArgumentHelp(
        "The content folder. Default: Content, else the nearest folder at or above this one with commons.md (or a Content/ with it).",
        valueName: "dir"))
    var given: String?

    var content: String { given ?? ContentLocation.find() }

    @Option(name: .customLong("as"), help: ArgumentHelp("Your handle: who did the work, or wrote the proposal.", valueName: "handle"))
    var author: String?

    @Option(help: "A contribution's, project's, proposal's or page's title.") var title: String?
    @Option(help: "A person's name.") var name: String?
    @Option(help: "A person's handle. Default: from --name.") var handle: String?
    @Option(help: ArgumentHelp("The project's slug (a contribution's; a proposal's, if not commons-wide).", valueName: "slug")) var project: String?
    @Option(name: .customLong("kind"), help: ArgumentHelp("A contribution's kind of work: code, docs, care, …", valueName: "kind")) var work: String?
    @Option(help: "A contribution's hours.") var hours: String?
    @Option(help: ArgumentHelp("Everyone who did a contribution's work, when it is not only you: a,b (list yourself too if you took part).", valueName: "handles")) var contributors: String?
    @Option(help: ArgumentHelp("unpaid, stipend or paid.", valueName: "compensation")) var compensation: String?
    @Option(help: ArgumentHelp("A proposal's decision rule: lazy-consensus, consent, consensus, majority, supermajority.", valueName: "rule")) var rule: String?
    @Option(help: ArgumentHelp("The day a proposal closes (YYYY-MM-DD).", valueName: "day")) var closes: String?
    @Option(help: ArgumentHelp("A project's licence (an SPDX identifier such as CC-BY-SA-4.0).", valueName: "spdx")) var license: String?

    func run() throws {
        guard FileStream.isDirectory(content) else {
            throw refuse("new", "no content folder at '\(content)'; run it in a commons' repository (commons init makes one) or pass --content DIR")
        }
        let day = ContentOptions.today
        var reading = Reading(content: content, asOf: day, renderingBodies: false)
        Pipeline([Reading.load, Reading.resolve]).run(&reading)
        guard let commons = reading.commons else {
            FileStream.standardError.write(DiagnosticFormat.text.render(reading.diagnostics.sorted(), folder: content))
            FileStream.standardError.write("commons new: the commons cannot be read; fix commons.md first (commons check shows the same)\n")
            throw ExitCode(1)
        }
        var draft = Draft(kind, day: day)
        draft.title = title
        draft.name = name
        draft.handle = handle
        draft.project = project
        draft.work = work
        draft.hours = hours
        draft.contributors = contributors.map { $0.split(separator: ",").map { String($0).trimmingSpaces } } ?? []
        draft.compensation = compensation
        draft.rule = rule
        draft.closes = closes
        draft.license = license
        let asking = Terminal.isInteractive
        let identity = GitIdentity(folder: content)
        draft.author = author ?? identity.handle(in: commons)
        if draft.author == nil { draft.unmatchedIdentity = identity }
        if draft.author == nil && draft.needsAuthor && asking {
            let handles = commons.contributors.map(\.handle)
            draft.author = Terminal.ask("Your handle (\(handles.prefix(8).joined(separator: ", "))\(handles.count > 8 ? ", …" : ""))")
        }
        for (flag, question) in draft.missing {
            guard asking else { throw refuse("new", "a new \(kind.rawValue) needs \(flag) (\(question.lowercased())); nothing was written") }
            var hint = ""
            if flag == "--project" { hint = " (" + commons.projects.map(\.slug).joined(separator: ", ") + ")" }
            if flag == "--kind" { hint = " (" + CommonsModel.Kind.allCases.map(\.rawValue).joined(separator: ", ") + ")" }
            guard let answer = Terminal.ask(question + hint), !answer.isEmpty else { throw refuse("new", "\(flag) is needed; nothing was written") }
            switch flag {
            case "--project": draft.project = answer
            case "--kind": draft.work = answer
            case "--title": draft.title = answer
            default: draft.name = answer
            }
        }
        let file: (path: String, text: String)
        do {
            file = try draft.file(in: commons) { FileStream.exists(content + "/" + $0) }
        } catch let problem as Draft.Problem {
            throw refuse("new", problem.description + "; nothing was written")
        }
        let path = content + "/" + file.path
        do {
            try FileSystem.writeWhole(file.text, to: path, making: FileSystem.parent(of: path))
        } catch {
            FileStream.standardError.write("commons new: \(error)\n")
            throw ExitCode(1)
        }
        FileStream.standardOutput.write(path + "\n")
        if kind == .contribution, !draft.contributors.isEmpty, let me = draft.author, !draft.contributors.contains(me) {
            // Recording others' work is fine; leaving yourself out by mistake would go unseen.
            FileStream.standardError.write("note: credited to \(draft.contributors.joined(separator: ", ")) only, not you (\(me)); add yourself to --contributors if you took part\n")
        }
    }
}

extension Draft.Kind: ExpressibleByArgument {}
