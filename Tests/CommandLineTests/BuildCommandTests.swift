import Foundation
import Testing

/// `commons build` on the command line: the stages it prints and the exit statuses of `check`.
extension CommandLineTests {
    @Test func buildPrintsItsStagesAndExitsZero() throws {
        let content = try folder(clean)
        let output = content + "-site"
        let result = try run(["build", "--content", content, "--output", output, "--as-of", "2026-06-30"])
        #expect(result.status == 0, "\(result.stderr)")
        for stage in ["[1/6] load", "[2/6] resolve", "[3/6] trends", "[4/6] analyse", "[5/6] plan", "[6/6] publish"] {
            #expect(result.stderr.contains(stage))
        }
        // No base_url: the warning is printed like check's, and the site is still written.
        #expect(result.stdout.contains("commons.md: warning: no base_url"))
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
    }

    /// Two processes hash with different seeds: any output that followed a dictionary's
    /// order would differ between them.
    @Test func twoRunsWriteTheSameBytes() throws {
        var files = clean
        files["commons.md"] = "---\ntitle: T\nbase_url: https://example.org/t/\n---\n"
        files["contributors/ben.md"] = "---\nname: Ben\naffiliation: Guild\n---\n"
        files["contributions/b.md"] = "---\ncontributors: [ben, amara]\nproject: maps\ndate: 2026-03-05\nkind: docs\nhours: 1\n---\n"
        files["contributions/c.md"] = "---\ncontributor: ben\nproject: maps\ndate: 2026-04-05\nkind: care\ncompensation: paid\n---\n"
        files["governance/p.md"] = "---\ntitle: P\nauthor: ben\nproject: maps\nopened: 2026-04-01\nvotes: {amara: yes, ben: no}\n---\n"
        let content = try folder(files)
        var sites: [[String: Data]] = []
        for run in ["a", "b"] {
            let output = content + "-" + run
            #expect(try self.run(["build", "--content", content, "--output", output, "--as-of", "2026-06-30"]).status == 0)
            var site: [String: Data] = [:]
            for path in FileManager.default.subpaths(atPath: output) ?? [] {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: output + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                    site[path] = FileManager.default.contents(atPath: output + "/" + path)
                }
            }
            sites.append(site)
        }
        #expect(sites[0].count > 10)
        #expect(sites[0] == sites[1])
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
