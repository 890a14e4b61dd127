import CommonsTestSupport
import Foundation
import Testing

/// `commons init` as a newcomer runs it: no terminal, an empty folder, then `check` and
/// `build` from inside it with no flags.
extension CommandLineTests {
    /// Git as this test says, not as the machine is set up: `user.name` only when given.
    func gitEnvironment(name: String? = nil, email: String? = nil) throws -> [String: String] {
        let home = try TemporaryFolder("git-home")
        var config = "[user]\n"
        if let name { config += "\tname = \(name)\n" }
        if let email { config += "\temail = \(email)\n" }
        try home.write(config, to: ".gitconfig")
        return ["HOME": home.path, "GIT_CONFIG_GLOBAL": home.path + "/.gitconfig", "GIT_CONFIG_NOSYSTEM": "1"]
    }

    @Test func initWithoutATerminalGivesACommonsThatChecksAndBuilds() throws {
        let repository = try TemporaryFolder("init").path
        let planted = try run(["init", "--name", "Ana Lima"], environment: try gitEnvironment(), in: repository)
        #expect(planted.status == 0, "\(planted.stderr)")
        #expect(planted.stdout.contains("with you as ana-lima"))
        let files = Set(TemporaryFolder.files(in: repository).keys)
        for path in ["Content/commons.md", "Content/contributors/ana-lima.md", ".gitignore", "README.md", ".github/workflows/commons.yml"] {
            #expect(files.contains(path), "\(path) is missing")
        }
        let settings = try String(contentsOfFile: repository + "/Content/commons.md", encoding: .utf8)
        #expect(!settings.contains("\nbase_url:"), "no --base-url and no terminal: no base_url")
        #expect(try String(contentsOfFile: repository + "/Content/contributors/ana-lima.md", encoding: .utf8).contains("name: Ana Lima"))

        #expect(try run(["check", "--strict"], in: repository).status == 0)
        let built = try run(["build"], in: repository)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: repository + "/_site/contributors/ana-lima/index.html"))
        #expect(try run(["check", "--strict"], in: repository).status == 0, "the site built is not read as content")
    }

    @Test func theHandleComesFromGitsUserNameFoldedToASCII() throws {
        let repository = try TemporaryFolder("init-git").path
        let planted = try run(["init", "--yes", "--title", "Kellbridge: Commons"], environment: try gitEnvironment(name: "José Müller"), in: repository)
        #expect(planted.status == 0, "\(planted.stderr)")
        #expect(FileManager.default.fileExists(atPath: repository + "/Content/contributors/jose-muller.md"))
        // A title YAML would misread is quoted.
        #expect(try String(contentsOfFile: repository + "/Content/commons.md", encoding: .utf8).contains("title: \"Kellbridge: Commons\"\n"))
        #expect(try run(["check", "--strict"], in: repository).status == 0)
    }

    @Test func withNoOneToNameInitExitsTwoNamingHandle() throws {
        let repository = try TemporaryFolder("init-nobody").path
        let result = try run(["init"], environment: try gitEnvironment(), in: repository)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--handle"))
        #expect(TemporaryFolder.files(in: repository).isEmpty)
    }

    @Test func initRefusesACommonsOrAFileItWouldOverwriteAndChangesNothing() throws {
        let repository = try TemporaryFolder("init-twice").path
        #expect(try run(["init", "--handle", "ana"], in: repository).status == 0)
        let before = TemporaryFolder.files(in: repository)
        let again = try run(["init", "--handle", "ana", "--seed", "software"], in: repository)
        #expect(again.status == 2)
        #expect(again.stderr.contains("already holds a commons"))
        #expect(TemporaryFolder.files(in: repository) == before)

        let existing = try TemporaryFolder("init-readme", files: ["README.md": "ours"])
        let clash = try run(["init", existing.path, "--handle", "ana"])
        #expect(clash.status == 2)
        #expect(clash.stderr.contains("README.md would be overwritten"))
        #expect(TemporaryFolder.files(in: existing.path) == ["README.md": Data("ours".utf8)])
    }

    @Test func aMisspelledSeedIsRefusedWithTheOneMeant() throws {
        let repository = try TemporaryFolder("init-seed").path
        let result = try run(["init", "--seed", "neighborhood", "--handle", "ana"], in: repository)
        #expect(result.status == 2)
        #expect(result.stderr == "commons init: no seed 'neighborhood'; did you mean 'neighbourhood'?\n")
        #expect(TemporaryFolder.files(in: repository).isEmpty)
    }

    @Test func listNamesEverySeedWithALine() throws {
        let result = try run(["init", "--list"])
        #expect(result.status == 0)
        let names = result.stdout.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(names == ["minimal", "neighbourhood", "software"])
    }

    @Test(arguments: ["minimal", "neighbourhood", "software"])
    func everySeedPlantedPassesAStrictCheckAndBuilds(seed: String) throws {
        let repository = try TemporaryFolder("init-\(seed)").path
        let planted = try run(["init", "--seed", seed, "--yes", "--handle", "ana-lima", "--name", "Ana Lima",
                               "--base-url", "https://example.org/\(seed)/"], in: repository)
        #expect(planted.status == 0, "\(planted.stderr)")
        let check = try run(["check", "--strict"], in: repository)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(try run(["build", "--strict"], in: repository).status == 0)
    }

    @Test func theNextStepCanBePastedForAFolderWithASpace() throws {
        let repository = try TemporaryFolder("init-space").path
        let planted = try run(["init", "My Commons", "--yes", "--name", "Ana Lima"], in: repository)
        #expect(planted.status == 0, "\(planted.stderr)")
        #expect(planted.stdout.contains("Next: cd 'My Commons' && commons check"), "\(planted.stdout)")
    }

    /// `build --content .` writes `_site` into the content folder; the next check must not read it.
    @Test func theOutputFolderIsNeverReadAsContent() throws {
        let content = try folder(clean)
        #expect(try run(["build", "--content", ".", "--as-of", "2026-06-30"], in: content).status == 0)
        #expect(try run(["build", "--content", ".", "--output", "pages/site", "--as-of", "2026-06-30"], in: content).status == 0)
        let check = try run(["check", "--content", ".", "--strict", "--as-of", "2026-06-30"], in: content)
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func versionNamesTheToolAndTheLibcmarkItRunsWith() throws {
        let result = try run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.wholeMatch(of: /commons \d+\.\d+\.\d+ \(libcmark \d+\.\d+\.\d+\)\n/) != nil, "\(result.stdout)")
    }
}
