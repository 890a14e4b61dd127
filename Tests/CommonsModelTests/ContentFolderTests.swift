import Testing
import Foundation
@testable import CommonsModel

/// Nothing in a content folder drops out silently, except what is meant to.
@Suite("The content folder: nothing left out without a word")
struct ContentFolderTests {
    @Test(arguments: ["markdown", "mdown", "txt", "MD"])
    func aMarkdownFileWithAnotherExtension(extension: String) throws {
        let content = try TemporaryContent([
            "contributions/2026/03/legend.\(`extension`)": contribution("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code"),
        ])
        let result = content.load()
        #expect(result.diagnostics.map(\.description) == [
            "contributions/2026/03/legend.\(`extension`): error: not read: only files whose names end in .md are read outside assets/; rename it to contributions/2026/03/legend.md",
        ])
        #expect(result.commons?.contributions.isEmpty == true)
    }

    @Test func theCommonsFileWithAnotherExtension() throws {
        let content = try TemporaryContent(["commons.markdown": TemporaryContent.base["commons.md"]!])
        try content.remove("commons.md")
        #expect(content.check() == [
            "commons.markdown: error: not read: the commons' own file must be named commons.md; rename it to commons.md",
            "commons.md: error: commons.md is missing: every content folder needs one, with at least a 'title'",
        ])
    }

    @Test func anythingGoesInAssets() throws {
        let content = try TemporaryContent(["assets/notes.txt": "hi", "assets/README.md": "# assets"])
        #expect(content.check() == [])
        #expect(content.load().commons?.assets == ["README.md", "notes.txt"])
    }

    @Test func anUnknownFolderNamesTheNearest() throws {
        let content = try TemporaryContent([
            "contribution/2026/legend.md": contribution("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code"),
        ])
        #expect(content.check() == [
            "contribution: error: unknown folder 'contribution/', its files are not read; did you mean 'contributions/'?",
        ])
    }

    @Test func anUnknownFolderNamedInOtherWords() throws {
        let content = try TemporaryContent(["proposals/p.md": "---\ntitle: P\n---\n", "static/logo.svg": "<svg/>"])
        #expect(content.check() == [
            "proposals: error: unknown folder 'proposals/', its files are not read; did you mean 'governance/'?",
            "static: error: unknown folder 'static/', its files are not read; did you mean 'assets/'?",
        ])
    }

    @Test func anUnknownFolderFarFromAny() throws {
        let content = try TemporaryContent(["scripts/build.sh": "echo"])
        #expect(content.check() == [
            "scripts: error: unknown folder 'scripts/', its files are not read (a commons has commons.md and the folders projects/, contributors/, contributions/, governance/, pages/, assets/)",
        ])
    }

    @Test func aRepositorysOwnFilesAndItsBuiltSiteAreSkippedAtTheTop() throws {
        let content = try TemporaryContent([
            "README.md": "# Our commons", "Readme.txt": "x", "LICENSE": "CC-BY-SA-4.0", "LICENSES/MIT.txt": "MIT",
            "COPYING": "x", "CONTRIBUTING.md": "x", "CHANGELOG.md": "x",
            "_site/stats.json": "{}", "_site/404.html": "<html></html>", "_site/index.html": "<html></html>",
        ])
        #expect(content.check() == [])
    }

    /// `build --output` may put the site anywhere, inside a section too: it is never content.
    @Test func aBuiltSiteIsNeverReadWhereverItIs() throws {
        let site = ["stats.json": "{}", "404.html": "<html></html>", "index.html": "<html></html>",
                    "projects/maps/index.html": "<html></html>", "notes.md": "---\ntitle: x\n---\n"]
        var files: [String: String] = [:]
        for folder in ["out", "pages/site", "assets/preview"] {
            for (path, text) in site { files[folder + "/" + path] = text }
        }
        let content = try TemporaryContent(files)
        #expect(content.check() == [])
        #expect(ContentFolder(root: content.root.path).files.map(\.path).sorted() == TemporaryContent.base.keys.filter { $0 != "commons.md" }.sorted())
    }

    @Test func aRepositoryFileBelowTheTopIsNot() throws {
        let content = try TemporaryContent(["projects/README.md": "# Projects"])
        #expect(content.check() == ["projects/README.md: error: invalid project slug 'README' (from the file name): it has uppercase letters; use lowercase letters, digits and '-', like 'readme'"])
    }

    @Test func aContributionSavedUnderContributors() throws {
        let content = try TemporaryContent([
            "contributors/legend.md": contribution("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code\nhours: 2"),
        ])
        #expect(content.check() == [
            "contributors/legend.md:3:1: error: this file looks like a contribution (it has 'project', 'date' and 'kind'), but it is in contributors/; move it to contributions/legend.md",
        ])
    }

    @Test func aPersonSavedInADatedFolderOfContributions() throws {
        let content = try TemporaryContent(["contributions/2026/ines.md": "---\nname: Ines\naffiliation: Library\n---\n"])
        #expect(content.check() == [
            "contributions/2026/ines.md:2:1: error: this file looks like a person's file (it has 'name' and 'affiliation'), but it is in contributions/; move it to contributors/ines.md",
        ])
    }

    @Test func aProposalSavedUnderPages() throws {
        let content = try TemporaryContent(["pages/sundays.md": "---\ntitle: Open on Sundays\nauthor: amara\nopened: 2026-01-10\n---\n"])
        #expect(content.check() == [
            "pages/sundays.md:3:1: error: this file looks like a proposal (it has 'author' and 'opened'), but it is in pages/; move it to governance/sundays.md",
        ])
    }

    @Test func aFileWithItsOwnFolderFieldsStaysWhereItIs() throws {
        // 'name' is a person's field: this is a person's file with a slip, not a contribution.
        let content = try TemporaryContent(["contributors/ines.md": "---\nname: Ines\nproject: maps\ndate: 2026-03-01\n---\n"])
        #expect(content.check() == [
            "contributors/ines.md:3:1: warning: unknown field 'project' (known fields: name, joined, affiliation, links)",
            "contributors/ines.md:4:1: warning: unknown field 'date'; did you mean 'name'?",
        ])
    }
}
