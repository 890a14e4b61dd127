import CommonsTestSupport
import Testing
import Foundation

/// The `commons` executable as CI meets it: exit statuses and output formats.
@Suite("commons check and report on the command line")
struct CommandLineTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let binary: URL = {
        // The test bundle sits in the same products folder as the executable.
        var folder = Bundle.main.bundleURL
        for candidate in [Bundle.main.bundleURL] + Bundle.allBundles.map(\.bundleURL) {
            let url = candidate.deletingLastPathComponent().appendingPathComponent("commons")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            folder = candidate
        }
        return folder.appendingPathComponent("commons")
    }()

    /// `environment` is added to this process's; `exactEnvironment`, when given, is the
    /// child's whole environment (to leave a variable out).
    func run(_ arguments: [String], environment: [String: String] = [:],
             exactEnvironment: [String: String]? = nil, in directory: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory.map { URL(fileURLWithPath: $0) }
        process.environment = exactEnvironment ?? ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe()
        // Never a terminal: a command that would ask must not wait for an answer here.
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    func folder(_ files: [String: String]) throws -> String {
        try TemporaryFolder("cli", files: files).path
    }

    var clean: [String: String] {
        ["commons.md": "---\ntitle: T\n---\n",
         "contributors/amara.md": "---\nname: Amara\n---\n",
         "projects/maps.md": "---\ntitle: Maps\nlicense: MIT\n---\n",
         "contributions/a.md": "---\ncontributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code\nhours: 2\n---\nFixed it.\n"]
    }

    @Test func cleanFolderExitsZero() throws {
        let result = try run(["check", "--content", try folder(clean), "--as-of", "2026-06-30"])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "0 errors, 0 warnings — 1 project, 1 contributor, 1 contribution, 0 proposals\n")
    }

    @Test func contentErrorsExitOneAndAllAreReported() throws {
        var files = clean
        files["contributions/b.md"] = "---\ncontributor: amra\nproject: maps\ndate: 2026-03-01\nkind: code\n---\n"
        files["contributions/c.md"] = "---\ncontributor: amara\nproject: mpas\ndate: 2026-03-01\nkind: code\n---\n"
        let result = try run(["check", "--content", try folder(files), "--as-of", "2026-06-30"])
        #expect(result.status == 1)
        // Each with its line and a caret under the column, read from the content folder.
        #expect(result.stdout == """
            contributions/b.md:2:14: error: unknown contributor 'amra'; did you mean 'amara'?
                2 | contributor: amra
                  |              ^
            contributions/c.md:3:10: error: unknown project 'mpas'; did you mean 'maps'?
                3 | project: mpas
                  |          ^

            """)
    }

    @Test func warningsFailOnlyWhenStrict() throws {
        var files = clean
        files["projects/maps.md"] = "---\ntitle: Maps\n---\n"
        let content = try folder(files)
        let lenient = try run(["check", "--content", content, "--as-of", "2026-06-30"])
        #expect(lenient.status == 0 && !lenient.stderr.contains("--strict"))
        let strict = try run(["check", "--content", content, "--as-of", "2026-06-30", "--strict"])
        #expect(strict.status == 1)
        // "0 errors" and exit 1 say why together.
        #expect(strict.stderr.contains("0 errors, 1 warning"))
        #expect(strict.stderr.contains("--strict: this warning counts as an error"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try run(["check", "--content", "/nonexistent/folder"]).status == 2)
        #expect(try run(["check", "--as-of", "2026-02-30"]).status == 2)
        #expect(try run(["check", "--format", "xml"]).status == 2)
        #expect(try run(["report", "--bogus"]).status == 2)
    }

    @Test func jsonAndGithubFormats() throws {
        var files = clean
        files["contributions/c.md"] = "---\ncontributor: amara\nproject: mpas\ndate: 2026-03-01\nkind: code\n---\n"
        let content = try folder(files)
        let json = try run(["check", "--content", content, "--as-of", "2026-06-30", "--format", "json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        let item = try #require(items.first)
        let path = item["path"] as? String
        let line = item["line"] as? Int
        let column = item["column"] as? Int
        let severity = item["severity"] as? String
        #expect(path == "contributions/c.md")
        #expect(line == 3)
        #expect(column == 10)
        #expect(severity == "error")
        // Exactly as before the text format showed source lines: tools parse these.
        #expect(json.stdout == """
            [
              {"path": "contributions/c.md", "line": 3, "column": 10, "severity": "error", "message": "unknown project 'mpas'; did you mean 'maps'?"}
            ]

            """)
        let github = try run(["check", "--content", content, "--as-of", "2026-06-30", "--format", "github"])
        #expect(github.stdout == "::error file=\(content)/contributions/c.md,line=3,col=10::unknown project 'mpas'; did you mean 'maps'?\n")
    }

    @Test func aBrokenProjectFileIsReportedFirstAndWhatFollowsIsFolded() throws {
        var files = clean
        files["projects/maps.md"] = "---\ntitle: \"Maps\nlicense: MIT\n---\n"
        files["contributions/b.md"] = "---\ncontributor: amara\nproject: maps\ndate: 2026-03-02\nkind: code\n---\n"
        files["contributions/c.md"] = "---\ncontributor: amara\nproject: mpas\ndate: 2026-03-01\nkind: code\n---\n"
        files["governance/p.md"] = "---\ntitle: P\nauthor: amara\nopened: 2026-05-01\nvotes:\n  amara: yes\n---\n"
        let content = try folder(files)
        let result = try run(["check", "--content", content, "--as-of", "2026-06-30"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("projects/maps.md:2:") == true)
        #expect(lines.dropFirst() == [
            "    2 | title: \"Maps",
            "      |        ^",
            "projects/maps.md: note: … and 2 more problems in 2 files that follow from projects/maps.md (fix it first)",
            "contributions/c.md:3:10: error: unknown project 'mpas'",
            "    3 | project: mpas",
            "      |          ^",
        ])
        #expect(result.stderr.hasPrefix("4 errors, 0 warnings"))

        // The voter is eligible only through the contributions set aside with maps.md.
        files["projects/other.md"] = "---\ntitle: Other\nlicense: MIT\n---\n"
        files["contributions/c.md"] = nil
        files["contributors/jonas.md"] = "---\nname: Jonas\n---\n"
        files["contributions/d.md"] = "---\ncontributor: jonas\nproject: other\ndate: 2026-03-01\nkind: code\n---\n"
        files["governance/p.md"] = "---\ntitle: P\nauthor: jonas\nopened: 2026-05-01\nvotes:\n  amara: yes\n---\n"
        let voting = try folder(files)
        let json = try run(["check", "--content", voting, "--as-of", "2026-06-30", "--format", "json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let vote = try #require(items.first { $0["path"] as? String == "governance/p.md" })
        #expect(vote["severity"] as? String == "warning")
        #expect(vote["caused_by"] as? String == "projects/maps.md")
        #expect(items.filter { $0["caused_by"] == nil }.allSatisfy { $0["path"] as? String == "projects/maps.md" })
    }

    @Test func reportAsOfComesFromSourceDateEpoch() throws {
        let content = try folder(clean)
        let fromEpoch = try run(["report", "--content", content, "--format", "json"],
                                environment: ["SOURCE_DATE_EPOCH": "1782777600"])
        #expect(fromEpoch.status == 0)
        #expect(fromEpoch.stdout.contains("\"as_of\": \"2026-06-30\""))
        let explicit = try run(["report", "--content", content, "--format", "json", "--as-of", "2026-06-30"])
        #expect(explicit.stdout == fromEpoch.stdout)
    }

    @Test func withoutAsOfTodayIsTheDayWhereItIsLatestOnEarth() throws {
        var files = clean
        files["contributions/today.md"] = "---\ncontributor: amara\nproject: maps\ndate: \(dayInUTCPlus14())\nkind: code\n---\nDone today in Kiribati.\n"
        let content = try folder(files)
        let before = dayInUTCPlus14()
        let result = try run(["check", "--content", content, "--strict"], environment: ["SOURCE_DATE_EPOCH": ""])
        let report = try run(["report", "--content", content, "--format", "json"], environment: ["SOURCE_DATE_EPOCH": ""])
        let after = dayInUTCPlus14()
        #expect(result.status == 0 || before != after, "\(result.stderr)")
        #expect(report.stdout.contains("\"as_of\": \"\(before)\"") || report.stdout.contains("\"as_of\": \"\(after)\""))
    }

    /// The calendar day in UTC+14 now, as YYYY-MM-DD.
    func dayInUTCPlus14() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 14 * 60 * 60)
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    @Test func reportStopsOnErrors() throws {
        var files = clean
        files["contributions/c.md"] = "---\ncontributor: amara\nproject: mpas\ndate: 2026-03-01\nkind: code\n---\n"
        let result = try run(["report", "--content", try folder(files), "--as-of", "2026-06-30", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("contributions/c.md:3:10: error: unknown project 'mpas'"))
    }
}
