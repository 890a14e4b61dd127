import CommonsTestSupport
import Foundation
import Testing
@testable import CommonsSite

@Suite struct PagefindTests {
    /// A folder with an executable `pagefind` script and a plain file that is not one.
    func programs() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("pagefind-test", files: ["bin/pagefind": "#!/bin/sh\nexit 0\n", "plain/pagefind": "not a program\n"])
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path + "/bin/pagefind")
        return folder
    }

    @Test func anExplicitPathComesFirstThenPAGEFINDThenPATHThenTheSourceCheckout() throws {
        let folder = try programs()
        let program = folder.path + "/bin/pagefind", plain = folder.path + "/plain/pagefind"
        let nowhere = folder.path + "/missing/pagefind"
        #expect(Pagefind.locate(explicit: program, environment: ["PAGEFIND": plain], besideSource: nowhere) == .found(program))
        #expect(Pagefind.locate(explicit: nil, environment: ["PAGEFIND": program, "PATH": "/nonexistent"], besideSource: nowhere) == .found(program))
        #expect(Pagefind.locate(explicit: nil, environment: ["PATH": "/nonexistent:" + folder.path + "/plain:" + folder.path + "/bin"],
                                besideSource: nowhere) == .found(program))
        #expect(Pagefind.locate(explicit: nil, environment: ["PATH": "/nonexistent"], besideSource: program) == .found(program))
        #expect(Pagefind.locate(explicit: nil, environment: ["PATH": "/nonexistent"], besideSource: nowhere) == .missing)
    }

    /// A path the user gave is used or refused, never passed over for another Pagefind.
    @Test func aGivenPathThatIsNotAProgramIsRefused() throws {
        let folder = try programs()
        let program = folder.path + "/bin/pagefind", plain = folder.path + "/plain/pagefind"
        #expect(Pagefind.locate(explicit: plain, environment: ["PATH": folder.path + "/bin"], besideSource: program)
            == .unusable("--pagefind names '\(plain)', which is not a program that can be run"))
        #expect(Pagefind.locate(explicit: nil, environment: ["PAGEFIND": plain], besideSource: program)
            == .unusable("PAGEFIND names '\(plain)', which is not a program that can be run"))
    }

    @Test func aSiteWithSearchAndNoPagefindIsAnErrorThatSaysHowToInstallItAndWritesNothing() throws {
        let site = try TemporarySite(["commons.md": "---\ntitle: Test Commons\nsearch: true\n---\n"])
        let (result, diagnostics) = site.build(pagefind: nil)
        guard case .failed = result else { Issue.record("expected a failed build, got \(result)"); return }
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.path == "commons.md")
        #expect(error.message.hasPrefix("search: true needs Pagefind, which was not found: install it with `pip install 'pagefind[bin]'`"))
        #expect(error.message.contains("make search-tools"))
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    /// Pagefind runs on the staging folder: when it fails, the build fails with what it
    /// said, and the previous site stays as it was.
    @Test func aPagefindThatFailsFailsTheBuildAndLeavesThePreviousSite() throws {
        let site = try TemporarySite()
        #expect(site.build().result.isPublished)
        let before = site.site
        try site.write("#!/bin/sh\necho 'cannot parse the site' >&2\nexit 3\n", to: "failing-pagefind")
        let failing = site.folder.appendingPathComponent("failing-pagefind").path
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: failing)
        let (result, _) = site.build(search: true, pagefind: Pagefind(path: failing))
        guard case .writeFailed(let reason) = result else { Issue.record("expected a failed write, got \(result)"); return }
        #expect(reason == "Pagefind could not index the site (exit status 3):\ncannot parse the site")
        #expect(site.site == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test(InstalledPagefind.condition)
    func aBuildWithSearchWritesTheIndexAndTheSearchPage() throws {
        let site = try TemporarySite()
        let (result, diagnostics) = site.build(search: true, pagefind: InstalledPagefind.pagefind)
        #expect(result.isPublished, "\(diagnostics)")
        let files = Set(site.site.keys)
        for path in ["search/index.html", "pagefind/pagefind-entry.json", "pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css"] {
            #expect(files.contains(path), "\(path) is missing")
        }
        #expect(files.contains { $0.hasPrefix("pagefind/filter/") })
        #expect(files.contains { $0.hasPrefix("pagefind/fragment/") })
        // Nothing of Pagefind's own output is left among the site's files or beside them.
        #expect(!files.contains { $0.contains("stdout") || $0.contains("stderr") })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
