import CommonsTestSupport
import Foundation
import Testing

/// `commons new` in a commons `init` planted: each kind of file at its path, dated today,
/// and nothing written when a name is wrong.
extension CommandLineTests {
    /// The local day, as `new` dates a file (`check`'s default day is never earlier).
    var today: (day: String, year: String, month: String) {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        let year = String(parts.year!), month = String(format: "%02d", parts.month!)
        return (year + "-" + month + "-" + String(format: "%02d", parts.day!), year, month)
    }

    func plantedCommons() throws -> String {
        let repository = try TemporaryFolder("new").path
        let planted = try run(["init", "--yes", "--handle", "ana-lima", "--name", "Ana Lima"], in: repository)
        #expect(planted.status == 0, "\(planted.stderr)")
        return repository
    }

    @Test func newWritesEachKindAtItsPathDatedToday() throws {
        let repository = try plantedCommons()
        let git = try gitEnvironment()
        let cases: [([String], String, [String])] = [
            (["contribution", "--project", "first-project", "--kind", "care", "--hours", "3", "--as", "ana-lima"],
             "Content/contributions/\(today.year)/\(today.month)/care-first-project.md",
             ["contributor: ana-lima", "project: first-project", "date: \(today.day)", "kind: care", "hours: 3"]),
            (["contribution", "--project", "first-project", "--kind", "care", "--as", "ana-lima"],
             "Content/contributions/\(today.year)/\(today.month)/care-first-project-2.md", ["date: \(today.day)"]),
            (["person", "--name", "José Müller"], "Content/contributors/jose-muller.md",
             ["name: José Müller", "joined: \(today.day)"]),
            (["project", "--title", "Tool Library", "--license", "CC0-1.0", "--as", "ana-lima"], "Content/projects/tool-library.md",
             ["title: Tool Library", "license: CC0-1.0", "maintainers: [ana-lima]", "started: \(today.day)"]),
            (["proposal", "--title", "Open on Sundays", "--project", "tool-library", "--as", "ana-lima", "--rule", "consent"],
             "Content/governance/\(today.year)/open-on-sundays.md",
             ["title: Open on Sundays", "author: ana-lima", "project: tool-library", "opened: \(today.day)", "rule: consent"]),
            (["page", "--title", "Charter"], "Content/pages/charter.md", ["title: Charter"]),
            (["contribution", "--project", "tool-library", "--kind", "code", "--contributors", "ana-lima, jose-muller",
              "--title", "Catalogue: first 40 tools"],
             "Content/contributions/\(today.year)/\(today.month)/catalogue-first-40-tools.md",
             ["contributors: [ana-lima, jose-muller]", "title: \"Catalogue: first 40 tools\""]),
        ]
        for (arguments, path, lines) in cases {
            let result = try run(["new"] + arguments, environment: git, in: repository)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stdout == path + "\n")
            let text = (try? String(contentsOfFile: repository + "/" + path, encoding: .utf8)) ?? ""
            for line in lines { #expect(text.contains(line + "\n"), "\(path) lacks '\(line)'") }
        }
        let check = try run(["check", "--strict"], in: repository)
        #expect(check.status == 0, "\(check.stdout)")
    }

    /// As git finds its repository: from anywhere inside the content folder.
    @Test func commandsFindTheContentFolderFromInsideIt() throws {
        let repository = try plantedCommons()
        let inside = repository + "/Content/contributions"
        let check = try run(["check"], in: inside)
        #expect(check.status == 0, "\(check.stderr)")
        let added = try run(["new", "person", "--name", "Mei Chen"], in: inside)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "Content/contributors/mei-chen.md\n")
        // What is written beside the content is where it would be from the top.
        let built = try run(["build"], in: inside)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: repository + "/_site/index.html"))
        #expect(!FileManager.default.fileExists(atPath: inside + "/_site"))
        #expect(FileManager.default.fileExists(atPath: repository + "/Content/contributors/mei-chen.md"))
        let nowhere = try run(["check"], in: try TemporaryFolder("no-commons").path)
        #expect(nowhere.status == 2 && nowhere.stderr.contains("no commons.md in this folder or any above it"))
    }

    @Test func recordingOthersWorkSaysYouAreNotCredited() throws {
        let repository = try plantedCommons()
        _ = try run(["new", "person", "--name", "Mei Chen"], in: repository)
        let others = try run(["new", "contribution", "--project", "first-project", "--kind", "care", "--as", "ana-lima",
                              "--contributors", "mei-chen"], in: repository)
        #expect(others.status == 0, "\(others.stderr)")
        #expect(others.stderr == "note: credited to mei-chen only, not you (ana-lima); add yourself to --contributors if you took part\n")
        let together = try run(["new", "contribution", "--project", "first-project", "--kind", "care", "--as", "ana-lima",
                                "--contributors", "ana-lima,mei-chen"], in: repository)
        #expect(together.status == 0 && together.stderr.isEmpty, "\(together.stderr)")
    }

    @Test func anUnknownProjectIsRefusedWithTheOneMeantAndNothingIsWritten() throws {
        let repository = try plantedCommons()
        let before = TemporaryFolder.files(in: repository)
        let result = try run(["new", "contribution", "--project", "frist-project", "--kind", "care", "--as", "ana-lima"], in: repository)
        #expect(result.status == 2)
        #expect(result.stderr == "commons new: unknown project 'frist-project'; did you mean 'first-project'?; nothing was written\n")
        #expect(TemporaryFolder.files(in: repository) == before)
    }

    @Test func theContributorIsThePersonWithGitsEmailElseNewAsksForAs() throws {
        let repository = try plantedCommons()
        let person = repository + "/Content/contributors/ana-lima.md"
        let text = try String(contentsOfFile: person, encoding: .utf8)
        try text.replacingOccurrences(of: "joined:", with: "links: [\"mailto:ana@example.org\"]\njoined:")
            .write(toFile: person, atomically: true, encoding: .utf8)
        let found = try run(["new", "contribution", "--project", "first-project", "--kind", "docs"],
                            environment: try gitEnvironment(name: "Someone Else", email: "Ana@example.org"), in: repository)
        #expect(found.status == 0, "\(found.stderr)")
        let written = try String(contentsOfFile: repository + "/" + found.stdout.dropLast(), encoding: .utf8)
        #expect(written.contains("contributor: ana-lima\n"))

        let unknown = try run(["new", "contribution", "--project", "first-project", "--kind", "docs"],
                              environment: try gitEnvironment(name: "Someone Else"), in: repository)
        #expect(unknown.status == 2)
        // What git said, and the handles there are.
        #expect(unknown.stderr.contains("git says you are Someone Else"))
        #expect(unknown.stderr.contains("--as HANDLE (ana-lima)"))
        let missing = try run(["new", "contribution", "--as", "ana-lima"], in: repository)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--project"))
    }
}
