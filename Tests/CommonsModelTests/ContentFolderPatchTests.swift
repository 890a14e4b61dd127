import Testing
import Foundation
@testable import CommonsModel

/// A preview patches the folder's listing from the files that changed instead of walking
/// it again; the patch must be what a walk finds, or nothing.
@Suite("The content folder patched by the files that changed")
struct ContentFolderPatchTests {
    let files: [String: String] = [
        "contributions/2026/03/legend.md": contribution("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code"),
        "contributions/2026/05/tiles.md": contribution("contributor: jonas\nproject: maps\ndate: 2026-05-01\nkind: code"),
        "contributions/2026/04/b.md": contribution("contributor: jonas\nproject: maps\ndate: 2026-04-01\nkind: code"),
        "assets/logo.svg": "<svg/>",
    ]

    func listing(_ folder: ContentFolder) -> [String] { folder.files.map(\.path) }

    @Test func filesAddedRemovedAndEditedArePatchedInTheWalksOrder() throws {
        let content = try TemporaryContent(files)
        let before = ContentFolder(root: content.root.path)
        try content.folder.write(contribution("contributor: amara\nproject: maps\ndate: 2026-04-02\nkind: code"), to: "contributions/2026/04/a.md")
        try content.folder.write(contribution("contributor: amara\nproject: maps\ndate: 2026-04-02\nkind: code"), to: "contributions/2026/04/c-2.md")
        try content.remove("contributions/2026/05/tiles.md")
        try content.folder.write("---\nname: Amara O.\n---\n", to: "contributors/amara.md")
        try content.folder.write("<svg></svg>", to: "assets/icon.svg")
        let changed: Set = ["contributions/2026/04/a.md", "contributions/2026/04/c-2.md", "contributions/2026/05/tiles.md",
                            "contributors/amara.md", "assets/icon.svg"]
        let patched = try #require(before.patched(by: changed))
        let walked = ContentFolder(root: content.root.path)
        #expect(listing(patched) == listing(walked))
        #expect(listing(patched).contains("contributions/2026/04/a.md"))
        #expect(!listing(patched).contains("contributions/2026/05/tiles.md"))
        #expect(patched.files.map(\.name) == walked.files.map(\.name))
        #expect(patched.files.map(\.section) == walked.files.map(\.section))
    }

    @Test func commonsMdRemovedAndBack() throws {
        let content = try TemporaryContent(files)
        let before = ContentFolder(root: content.root.path)
        try content.remove("commons.md")
        let without = try #require(before.patched(by: ["commons.md"]))
        #expect(!without.hasCommonsFile)
        #expect(ContentFolder(root: content.root.path).hasCommonsFile == false)
    }

    /// Each of these may change what a walk says, not only what it lists.
    @Test func anythingButAPlainFileIsWalkedAgain() throws {
        let content = try TemporaryContent(files)
        let before = ContentFolder(root: content.root.path)
        let entry = contribution("contributor: amara\nproject: maps\ndate: 2026-04-02\nkind: code")
        // A file in a folder made since is listed as a walk lists it (the preview walks
        // again when a folder was touched: it may hold more than the files named).
        try content.folder.write(entry, to: "contributions/2027/01/new.md")
        #expect(before.patched(by: ["contributions/2027/01/new.md"]).map(listing) == listing(ContentFolder(root: content.root.path)))
        // A file the walk would warn of, or refuse.
        try content.folder.write("notes", to: "contributions/2026/04/notes.txt")
        #expect(before.patched(by: ["contributions/2026/04/notes.txt"]) == nil)
        // A file the walk warned of, gone since.
        let warned = ContentFolder(root: content.root.path)
        #expect(warned.diagnostics.contains { $0.path == "contributions/2026/04/notes.txt" })
        try content.remove("contributions/2026/04/notes.txt")
        #expect(warned.patched(by: ["contributions/2026/04/notes.txt"]) == nil)
        #expect(warned.patched(by: ["contributions/2026/04/gone.md"]) != nil)
        try content.folder.write(entry, to: "stray.md")
        #expect(before.patched(by: ["stray.md"]) == nil)
        // A link, a hidden file, a file no walk listed that is gone.
        try content.folder.link("contributions/2026/04/linked.md", to: "b.md")
        #expect(before.patched(by: ["contributions/2026/04/linked.md"]) == nil)
        #expect(before.patched(by: ["contributions/2026/04/.draft.md"]) == nil)
        // Gone without being listed: nothing to patch, unless the walk said something of it.
        #expect(before.patched(by: ["contributions/2026/04/never.md"]).map(listing) == listing(before))
        // Nothing named: a folder alone changed.
        #expect(before.patched(by: []) == nil)
        // A listing whose walk met a link is never patched: the link's target may change.
        let linked = ContentFolder(root: content.root.path)
        try content.folder.write(entry, to: "contributions/2026/04/d.md")
        #expect(linked.patched(by: ["contributions/2026/04/d.md"]) == nil)
        #expect(before.patched(by: ["contributions/2026/04/d.md"]).map(listing)?.contains("contributions/2026/04/d.md") == true)
    }
}
