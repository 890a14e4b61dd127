import CommonsTestSupport
import CommonsSupport
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
}
