import CommonsTestSupport
import Foundation
import Testing
@testable import CommonsPreview

@Suite struct FolderWatchTests {
    @Test(arguments: [false, true]) func foldersMadeLaterAreWatchedAndChangesAreToldByKind(polling: Bool) throws {
        let folder = try TemporaryFolder("watch", files: ["projects/maps.md": "a"])
        let root = folder.path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let watch = FolderWatch(roots: [root], polling: polling, interval: 0.02, quiet: 0.05)
        var files = WatchedFiles(content: root, roots: [root])
        let never = { false }

        try FileManager.default.createDirectory(atPath: root + "/contributions/2026", withIntermediateDirectories: true)
        try Data("b".utf8).write(to: URL(fileURLWithPath: root + "/contributions/2026/new.md"))
        let made = try #require(watch.nextBurst(until: never))
        let first = files.settle(made)
        #expect(first.added == ["contributions/2026/new.md"])
        // A folder was made: more than the files named, so the folder is walked again.
        #expect(files.listingChanges(made, first) == nil)

        // In the folder made after the watch began.
        try Data("c".utf8).write(to: URL(fileURLWithPath: root + "/contributions/2026/later.md"))
        try Data("bb".utf8).write(to: URL(fileURLWithPath: root + "/contributions/2026/new.md"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/projects/.maps.md.swp"))
        let touched = try #require(watch.nextBurst(until: never))
        let changes = files.settle(touched)
        #expect(changes == FileChanges(added: ["contributions/2026/later.md"], edited: ["contributions/2026/new.md"]))
        // Files alone, and an editor's hidden swap file: the listing may be patched.
        #expect(files.listingChanges(touched, changes) == ["contributions/2026/later.md", "contributions/2026/new.md"])

        try FileManager.default.moveItem(atPath: root + "/contributions", toPath: root + "/ledger")
        let moved = files.settle(try #require(watch.nextBurst(until: never)))
        #expect(moved.removed == ["contributions/2026/later.md", "contributions/2026/new.md"])
        #expect(moved.added == ["ledger/2026/later.md", "ledger/2026/new.md"])
        #expect(moved.words == "added ledger/2026/later.md, ledger/2026/new.md; removed contributions/2026/later.md, contributions/2026/new.md")

        #expect(watch.nextBurst(until: { true }) == nil)
    }

    @Test func manyFilesAreCountedNotNamed() {
        let changes = FileChanges(added: ["a.md", "b.md", "c.md", "d.md"], edited: ["e.md"])
        #expect(changes.words == "edited e.md; added 4 files")
    }
}
