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

/// `commons build --search`: Pagefind is found, or the build is refused before anything is written.
extension CommandLineTests {
    @Test func searchWithAPagefindThatIsNotAProgramIsRefusedWithHowToInstallIt() throws {
        let content = try folder(clean)
        let output = content + "-site"
        let result = try run(["build", "--content", content, "--output", output, "--as-of", "2026-06-30",
                              "--search", "--pagefind", content + "/no-such-pagefind"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("commons build: --pagefind names '\(content)/no-such-pagefind', which is not a program that can be run; install it with `pip install 'pagefind[bin]'`"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func aPAGEFINDThatIsNotAProgramIsRefusedToo() throws {
        var files = clean
        files["commons.md"] = "---\ntitle: T\nsearch: true\n---\n"
        let content = try folder(files)
        let output = content + "-site"
        let result = try run(["build", "--content", content, "--output", output, "--as-of", "2026-06-30"],
                             environment: ["PAGEFIND": content + "/commons.md"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("PAGEFIND names '\(content)/commons.md', which is not a program that can be run"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// --search builds the search page and Pagefind's bundle; the one beside this source
    /// checkout (make search-tools) is found without being named.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: CommandLineTests.checkoutPagefind) || ProcessInfo.processInfo.environment["CI"] != nil,
                   "Pagefind is not installed: `make search-tools` installs it"))
    func searchBuildsTheSearchPageAndTheIndex() throws {
        let content = try folder(clean)
        let output = content + "-site"
        let result = try run(["build", "--content", content, "--output", output, "--as-of", "2026-06-30", "--search"],
                             exactEnvironment: ["PATH": "/usr/bin:/bin"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("indexed for search"))
        #expect(FileManager.default.fileExists(atPath: output + "/search/index.html"))
        #expect(FileManager.default.fileExists(atPath: output + "/pagefind/pagefind-entry.json"))
    }

    static let checkoutPagefind = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/tools/bin/pagefind").path
}
