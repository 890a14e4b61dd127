import Testing
import Foundation
@testable import CommonsModel

@Suite("Slugs, handles, ids, links and the folder itself")
struct IdentifierTests {
    @Test func uppercaseHandle() throws {
        let content = try TemporaryContent(["contributors/Ines.md": "---\nname: Ines\n---\n"])
        #expect(content.check() == [
            "contributors/Ines.md: error: invalid contributor handle 'Ines' (from the file name): it has uppercase letters; use lowercase letters, digits and '-', like 'ines'",
        ])
    }

    @Test func slugWithSpacesAndDots() throws {
        let content = try TemporaryContent([
            "projects/river map.md": "---\ntitle: R\nlicense: MIT\n---\n",
            "projects/v1.2.md": "---\ntitle: V\nlicense: MIT\n---\n",
        ])
        #expect(content.check() == [
            "projects/river map.md: error: invalid project slug 'river map' (from the file name): it has spaces; use lowercase letters, digits and '-', like 'river-map'",
            "projects/v1.2.md: error: invalid project slug 'v1.2' (from the file name): it has dots; use lowercase letters, digits and '-', like 'v1-2'",
        ])
    }

    @Test func idWithABadFolder() throws {
        let content = try TemporaryContent(["contributions/2026/March/a.md": contribution("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code")])
        #expect(content.check() == [
            "contributions/2026/March/a.md: error: invalid id '2026/March/a' (from the path): 'March' — it has uppercase letters; use lowercase letters, digits and '-' in file and folder names",
        ])
    }

    @Test func linksMustBeWebOrMail() throws {
        let content = try TemporaryContent(["contributors/ines.md": "---\nname: Ines\nlinks:\n  - https://ines.example\n  - mailto:ines@example.org\n  - javascript:alert(1)\n  - ines.example\n---\n"])
        #expect(content.check() == [
            "contributors/ines.md:6:5: error: link 'javascript:alert(1)' should be an http(s) URL or a mailto: address",
            "contributors/ines.md:7:5: error: link 'ines.example' should be an http(s) URL or a mailto: address",
        ])
    }

    @Test func repositoryMustBeHTTP() throws {
        let content = try TemporaryContent(["projects/maps.md": "---\ntitle: Maps\nlicense: MIT\nrepository: git@example.org:maps.git\n---\n"])
        #expect(content.check() == [
            "projects/maps.md:4:13: error: 'repository' should be an http(s) URL, found 'git@example.org:maps.git'",
        ])
    }

    @Test func missingCommonsFile() throws {
        let content = try TemporaryContent([:])
        try content.remove("commons.md")
        let result = content.load()
        #expect(result.commons == nil)
        #expect(result.diagnostics.map(\.description) == [
            "commons.md: error: commons.md is missing: every content folder needs one, with at least a 'title'",
        ])
    }

    @Test func commonsFileWithoutTitle() throws {
        let content = try TemporaryContent(["commons.md": "---\ndescription: no title\n---\n"])
        let result = content.load()
        #expect(result.commons == nil)
        #expect(result.diagnostics.map(\.description) == ["commons.md:1:1: error: missing required field 'title'"])
    }

    @Test func strayFilesAreWarnedHiddenOnesIgnored() throws {
        let content = try TemporaryContent([
            "projects/notes.pdf": "hi",
            "notes.md": "# notes",
            ".git/config": "x",
            "projects/.DS_Store": "x",
            "assets/logo.svg": "<svg/>",
        ])
        let result = content.load()
        #expect(result.diagnostics.map(\.description) == [
            "notes.md: warning: ignored: not part of a commons (expected commons.md or a file under projects/, contributors/, contributions/, governance/, pages/, assets/)",
            "projects/notes.pdf: warning: ignored: only .md files are read outside assets/",
        ])
        #expect(result.commons?.assets == ["logo.svg"])
    }

    @Test func symlinkLeavingTheFolderIsRefused() throws {
        let content = try TemporaryContent([:])
        try FileManager.default.createSymbolicLink(
            atPath: content.root.appendingPathComponent("contributors/evil.md").path,
            withDestinationPath: "/etc/hostname")
        #expect(content.check() == [
            "contributors/evil.md: error: symbolic link leads outside the content folder; refusing to read it",
        ])
    }

    @Test func symlinkToAFileInsideIsRead() throws {
        let content = try TemporaryContent(["shared/sam.md": "---\nname: Sam Lee\n---\n"])
        try FileManager.default.createSymbolicLink(
            atPath: content.root.appendingPathComponent("contributors/sam.md").path,
            withDestinationPath: content.root.appendingPathComponent("shared/sam.md").path)
        let loaded = content.load()
        #expect(loaded.commons?.contributors.map(\.handle) == ["amara", "jonas", "sam"])
        // shared/ itself is not read: it is an unknown folder.
        #expect(loaded.diagnostics.map(\.path) == ["shared"])
    }

    @Test func symlinkToAFolderInsideIsIgnored() throws {
        let content = try TemporaryContent(["shared/people/sam.md": "---\nname: Sam Lee\n---\n"])
        try FileManager.default.createSymbolicLink(
            atPath: content.root.appendingPathComponent("contributors/more").path,
            withDestinationPath: content.root.appendingPathComponent("shared/people").path)
        let loaded = content.load()
        #expect(loaded.commons?.contributors.map(\.handle) == ["amara", "jonas"])
        #expect(loaded.diagnostics.map(\.message).contains("symbolic link to a folder inside the content folder is ignored (its files are read where they are)"))
    }
}
