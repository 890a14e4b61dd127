import CommonsTestSupport
import Foundation
import Testing

/// `commons report --compare BASE`, as a CI maintainer runs it on a pull request: BASE a
/// git revision of the repository (read without touching the working tree) or a
/// stats.json published before.
@Suite struct CompareCommandTests {
    let cli = CommandLineTests()

    /// amara did 10 hours and jonas 1 on the map; amara's proposal passes by silence.
    static let base: [String: String] = [
        "Content/commons.md": "---\ntitle: T\n---\n",
        "Content/contributors/amara.md": "---\nname: Amara\n---\n",
        "Content/contributors/jonas.md": "---\nname: Jonas\n---\n",
        "Content/projects/maps.md": "---\ntitle: Maps\nlicense: MIT\n---\n",
        "Content/contributions/a.md": "---\ncontributor: amara\nproject: maps\ndate: 2026-03-01\nkind: data\nhours: 10\n---\nSurveyed the fountains.\n",
        "Content/contributions/j.md": "---\ncontributor: jonas\nproject: maps\ndate: 2026-03-01\nkind: code\nhours: 1\n---\nFixed the legend.\n",
        "Content/governance/paint.md": "---\ntitle: Paint the shed\nauthor: amara\nproject: maps\nopened: 2026-03-10\nvotes:\n  amara: yes\n---\n",
    ]

    /// cem joins with 8 hours and jonas does 2 more: the bus factor goes from 1 to 2;
    /// jonas blocks the proposal, which is now rejected.
    static let change: [String: String] = [
        "Content/contributors/cem.md": "---\nname: Cem\n---\n",
        "Content/contributions/c.md": "---\ncontributor: cem\nproject: maps\ndate: 2026-04-01\nkind: care\nhours: 8\n---\nRan the stall.\n",
        "Content/contributions/j.md": "---\ncontributor: jonas\nproject: maps\ndate: 2026-03-01\nkind: code\nhours: 3\n---\nFixed the legend.\n",
        "Content/governance/paint.md": "---\ntitle: Paint the shed\nauthor: amara\nproject: maps\nopened: 2026-03-10\nvotes:\n  amara: yes\n  jonas: block\n---\n",
    ]

    @discardableResult
    func git(_ arguments: [String], in folder: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                             "-c", "init.defaultBranch=main"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
        return String(decoding: data, as: UTF8.self)
    }

    /// A repository holding the base commons at its one commit, the change written over it.
    func repository(committingChange: Bool) throws -> TemporaryFolder {
        let repo = try TemporaryFolder("compare", files: Self.base)
        try git(["init", "-q"], in: repo.path)
        try git(["add", "-A"], in: repo.path)
        try git(["commit", "-qm", "base"], in: repo.path)
        for (path, text) in Self.change { try repo.write(text, to: path) }
        if committingChange {
            try git(["add", "-A"], in: repo.path)
            try git(["commit", "-qm", "change"], in: repo.path)
        }
        return repo
    }

    func compare(_ base: String, in repo: TemporaryFolder, format: String = "text") throws -> CommandLineTests.Run {
        try cli.run(["report", "--compare", base, "--content", "Content", "--as-of", "2026-06-30", "--format", format],
                    in: repo.path)
    }

    @Test func againstAGitRevisionItTellsWhatTheChangeDid() throws {
        let repo = try repository(committingChange: true)
        let result = try compare("HEAD~1", in: repo)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            Compared with HEAD~1, as of 2026-06-30: 1 contribution added, 1 changed,
              1 proposal decided differently, 1 project moved, 1 person new.

            The commons
              figure           before  after
              bus factor            1      2
              elephant factor       1      2
              Gini               0.41   0.22
              hours                11     21

            Decisions
              proposal paint now rejected (was accepted)

            Projects
              maps: bus factor 1 → 2, elephant factor 1 → 2, Gini 0.41 → 0.22, hours 11 → 21

            Contributions
              added c — Ran the stall. (cem, maps, 2026-04-01, care, 8 h)
              changed j: hours 1 → 3

            People new to the record
              cem (1 contribution)

            """)
    }

    @Test func theWorkingTreeIsReadAsItIsAndLeftAsItWas() throws {
        let repo = try repository(committingChange: false)
        let status = try git(["status", "--porcelain"], in: repo.path)
        let result = try compare("HEAD", in: repo, format: "json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["commons"] as? [String: Any])?["bus_factor"] as? [String: Int] == ["before": 1, "after": 2])
        let added = (json["contributions"] as? [String: Any])?["added"] as? [[String: Any]]
        #expect(added?.map { $0["id"] as? String } == ["c"])
        #expect(try git(["status", "--porcelain"], in: repo.path) == status)
        #expect(try git(["stash", "list"], in: repo.path) == "")
    }

    @Test func againstAStatsJSONItComparesWhatTheFileHolds() throws {
        let repo = try repository(committingChange: true)
        try git(["checkout", "-q", "HEAD~1"], in: repo.path)
        let stats = try cli.run(["report", "--content", "Content", "--as-of", "2026-06-30", "--format", "json"], in: repo.path)
        try repo.write(stats.stdout, to: "base-stats.json")
        try git(["checkout", "-q", "main"], in: repo.path)
        let result = try compare("base-stats.json", in: repo, format: "markdown")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("| bus factor | 1 | 2 |"))
        #expect(result.stdout.contains("- proposal paint now rejected (was accepted)"))
        #expect(result.stdout.contains("<details>"))
        #expect(result.stdout.contains("_A stats.json holds no contributions nor diagnostics: compare with a git revision"))
        #expect(!result.stdout.contains("contribution added"))
    }

    @Test func theSameContentComparedWithItselfSaysNothingChangedInOneLine() throws {
        let repo = try repository(committingChange: true)
        let result = try compare("HEAD", in: repo)
        #expect(result.status == 0)
        #expect(result.stdout == "Compared with HEAD, as of 2026-06-30: nothing changed.\n")
    }

    @Test func aBaseThatIsNeitherAFileNorARevisionIsAUsageError() throws {
        let repo = try repository(committingChange: true)
        let garbage = try compare("no-such-branch", in: repo)
        #expect(garbage.status == 2)
        #expect(garbage.stdout == "")
        #expect(garbage.stderr.contains("'no-such-branch' is neither a readable stats.json nor a git revision"))
        // A misspelt branch gets the one meant.
        let branch = try String(contentsOfFile: repo.path + "/.git/HEAD", encoding: .utf8)
            .replacingOccurrences(of: "ref: refs/heads/", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
        let misspelt = try compare(String(branch.dropLast()) + "x", in: repo)
        #expect(misspelt.status == 2 && misspelt.stderr.contains("did you mean '\(branch)'?"), "\(misspelt.stderr)")
        // Never passed to git as an option.
        let option = try cli.run(["report", "--compare=--output=x.tar", "--content", "Content"], in: repo.path)
        #expect(option.status == 2 && option.stderr.contains("neither a readable stats.json nor a git revision"))
        #expect(!repo.exists("x.tar"))
        let notStats = try compare("Content/commons.md", in: repo)
        #expect(notStats.status == 2 && notStats.stderr.contains("is a file but not a stats.json"))
    }
}
