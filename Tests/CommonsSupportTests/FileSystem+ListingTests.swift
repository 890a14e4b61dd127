import CommonsTestSupport
import CommonsSupport
import Glibc
import Testing

@Suite struct FileSystemListingTests {
    @Test func listsEveryNameWithWhatItIs() throws {
        let root = try TemporaryFolder("support", files: ["b.md": "b", ".hidden": "h", "a/inner.md": "i"])
        try root.link("link", to: root.path + "/a")
        let listed = try #require(FileSystem.list(root.path))
        let kinds = Dictionary(uniqueKeysWithValues: listed.map { ($0.name, $0.kind) })
        #expect(kinds.count == 4)
        #expect(kinds["b.md"] == .file)
        #expect(kinds[".hidden"] == .file)
        #expect(kinds["a"] == .directory)
        // A link is not followed: only lstat or stat says where it leads.
        #expect(kinds["link"] == .other)
    }

    @Test func aFolderThatCannotBeReadIsNil() throws {
        let root = try TemporaryFolder("support", files: ["file.md": "x"])
        #expect(FileSystem.list(root.path + "/missing") == nil)
        #expect(FileSystem.list(root.path + "/file.md") == nil)
        #expect(FileSystem.list(root.path) != nil)
    }

    @Test func entriesAreTheNamesSorted() throws {
        let names = (0..<300).map { "n\($0)" } + [".git", "Z", "é"]
        let root = try TemporaryFolder("support", files: Dictionary(uniqueKeysWithValues: names.map { ($0, "") }))
        #expect(FileSystem.entries(root.path) == names.sorted())
        #expect(FileSystem.entries(root.path + "/missing") == [])
    }

    /// A name that is not UTF-8 or holds a newline is listed, with the form a diagnostic
    /// can print on one line; every other name has none.
    @Test func namesThatCannotBeShownAsTheyAreComeEscaped() throws {
        let root = try TemporaryFolder("support", files: ["plain-é.md": "x"])
        for name in [[0x63, 0x61, 0x66, 0xE9, 0x2E, 0x6D, 0x64], Array("a\nb\tc\u{1B}\\.md".utf8)] {
            let path = Array(root.path.utf8) + [0x2F] + name + [0]
            #expect(path.withUnsafeBufferPointer { creat(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), 0o644) } >= 0)
        }
        let listed = try #require(FileSystem.list(root.path))
        let shown = Dictionary(uniqueKeysWithValues: listed.map { ($0.name, $0.escapedName) })
        #expect(shown["plain-é.md"] == .some(nil))
        #expect(shown["caf\u{FFFD}.md"] == "caf\\xE9.md")
        #expect(shown["a\nb\tc\u{1B}\\.md"] == "a\\nb\\tc\\x1B\\\\.md")
    }
}
