import Foundation
import Testing

/// `commons build` on the command line: the stages it prints and the exit statuses of `check`.
extension CommandLineTests {
    @Test func buildPrintsItsStagesAndExitsZero() throws {
        let content = try folder(clean)
        let output = content + "-site"
        let result = try run(["build", "--content", content, "--output", output, "--as-of", "2026-06-30"])
        #expect(result.status == 0, "\(result.stderr)")
        for stage in ["[1/4] load", "[2/4] analyse", "[3/4] render", "[4/4] write"] {
            #expect(result.stderr.contains(stage))
        }
        // No base_url: the warning is printed like check's, and the site is still written.
        #expect(result.stdout.contains("commons.md: warning: no base_url"))
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
    }

    @Test func buildWithContentErrorsExitsOneAndWritesNothing() throws {
        var files = clean
        files["contributions/b.md"] = "---\ncontributor: nobody\nproject: maps\ndate: 2026-03-02\nkind: code\n---\n"
        let content = try folder(files)
        let result = try run(["build", "--content", content, "--output", content + "-site", "--as-of", "2026-06-30"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("contributions/b.md:"))
        #expect(!FileManager.default.fileExists(atPath: content + "-site"))
    }

    @Test func buildWithWarningsUnderStrictExitsOne() throws {
        let content = try folder(clean)
        let result = try run(["build", "--content", content, "--output", content + "-site", "--as-of", "2026-06-30", "--strict"])
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: content + "-site"))
    }

    @Test func buildUsageErrorsExitTwo() throws {
        let content = try folder(clean)
        #expect(try run(["build", "--content", content, "--templates", content + "/nothing-here"]).status == 2)
        #expect(try run(["build", "--content", content, "--base-url", "example.org"]).status == 2)
        // An output folder with files commons did not write is not replaced.
        #expect(try run(["build", "--content", content, "--output", content, "--as-of", "2026-06-30"]).status == 2)
    }
}
