import CommonsTestSupport
import Foundation
import Testing

/// The GitHub Action's steps (scripts/commons-action.sh, which action.yml runs) on a
/// throw-away repository of the demo with a pull request's change committed over it:
/// the action, tested without GitHub. The tool is the one these tests built (COMMONS),
/// so the install step only records it.
@Suite struct ActionScriptTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let compare = CompareCommandTests()

    @Test func everyStepRunsGreenOnAThrowAwayRepositoryOfTheDemo() throws {
        let repo = try TemporaryFolder("action")
        let copy = Process()
        copy.executableURL = URL(fileURLWithPath: "/bin/cp")
        copy.arguments = ["-R", Self.root.appendingPathComponent("Content").path, repo.path + "/Content"]
        try copy.run()
        copy.waitUntilExit()
        try compare.git(["init", "-q"], in: repo.path)
        try compare.git(["add", "-A"], in: repo.path)
        try compare.git(["commit", "-qm", "the demo"], in: repo.path)
        let base = try compare.git(["rev-parse", "HEAD"], in: repo.path).trimmingCharacters(in: .whitespacesAndNewlines)
        try repo.write("---\ncontributor: jonas-weber\nproject: repair-cafe\ndate: 2026-11-20\nkind: care\nhours: 4\n---\nSorted the spares drawer.\n",
                       to: "Content/contributions/2026/11/spares-drawer.md")
        try compare.git(["add", "-A"], in: repo.path)
        try compare.git(["commit", "-qm", "a pull request"], in: repo.path)

        let scratch = try TemporaryFolder("action-runner")
        let process = Process()
        process.executableURL = Self.root.appendingPathComponent("scripts/commons-action.sh")
        process.arguments = ["install", "check", "summary", "compare", "build"]
        process.currentDirectoryURL = repo.url
        process.environment = ProcessInfo.processInfo.environment.merging([
            "COMMONS": CommandLineTests.binary.path, "SOURCE_DATE_EPOCH": "1795800000", "RUNNER_TEMP": scratch.path,
            "GITHUB_STEP_SUMMARY": scratch.path + "/summary.md", "GITHUB_OUTPUT": scratch.path + "/output",
            "COMMONS_BASE": base, "COMMONS_OUTPUT": scratch.path + "/site",
        ]) { _, new in new }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let log = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(log)")

        let summary = try String(contentsOfFile: scratch.path + "/summary.md", encoding: .utf8)
        #expect(summary.hasPrefix("### Riverside Commons — as of 2026-11-27"))
        let comment = try String(contentsOfFile: scratch.path + "/commons-comment.md", encoding: .utf8)
        #expect(comment.contains("**1 contribution added**"))
        #expect(comment.contains("added 2026/11/spares-drawer — Sorted the spares drawer."))
        #expect(try String(contentsOfFile: scratch.path + "/output", encoding: .utf8) == "comment-file=\(scratch.path)/commons-comment.md\n")
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/site/stats.json"))
        #expect(try compare.git(["status", "--porcelain"], in: repo.path) == "")
    }
}
