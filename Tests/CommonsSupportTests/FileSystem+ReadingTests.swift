import CommonsTestSupport
import CommonsSupport
import Testing

@Suite struct FileSystemReadingTests {
    @Test func readsEveryByte() throws {
        let text = "---\ntitle: Zoë\n---\n" + String(repeating: "body ", count: 100_000)
        let root = try TemporaryFolder("support", files: ["a.md": text, "empty.md": ""])
        #expect(FileSystem.contents(of: root.path + "/a.md") == .success(Array(text.utf8)))
        #expect(FileSystem.contents(of: root.path + "/empty.md") == .success([]))
        #expect(FileSystem.readText(root.path + "/a.md") == text)
    }

    @Test func aFileOverTheLimitIsRefusedWithItsSize() throws {
        let root = try TemporaryFolder("support", files: ["a.md": String(repeating: "x", count: 2049)])
        #expect(FileSystem.contents(of: root.path + "/a.md", maxBytes: 2048) == .failure(.tooLarge(bytes: 2049)))
        #expect(FileSystem.contents(of: root.path + "/a.md", maxBytes: 2049).map(\.count) == .success(2049))
    }

    @Test func aMissingFileCannotBeOpened() throws {
        let root = try TemporaryFolder("support")
        #expect(FileSystem.contents(of: root.path + "/missing.md") == .failure(.cannotOpen))
        #expect(FileSystem.readText(root.path + "/missing.md") == nil)
    }

    @Test func aFolderCannotBeRead() throws {
        let root = try TemporaryFolder("support", files: ["folder/a.md": "x"])
        #expect(FileSystem.contents(of: root.path + "/folder") == .failure(.cannotRead))
    }
}
