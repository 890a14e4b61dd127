import CommonsTestSupport
import CommonsSupport
import Testing

@Suite struct FileSystemRemoveTests {
    @Test func removesAFolderWithEverythingInIt() throws {
        var files: [String: String] = ["site/index.html": "home", "site/.hidden": "h"]
        for n in 0..<200 { files["site/contributions/c\(n % 7)/p\(n)/index.html"] = "page \(n)" }
        let root = try TemporaryFolder("support", files: files)
        try FileSystem.remove(root.path + "/site")
        #expect(!root.exists("site"))
        #expect(root.exists(""))
    }

    @Test func aLinkIsRemovedNotFollowed() throws {
        let root = try TemporaryFolder("support", files: ["kept/file.txt": "keep me", "site/index.html": "x"])
        try root.link("site/kept", to: root.path + "/kept")
        try FileSystem.remove(root.path + "/site")
        #expect(!root.exists("site"))
        #expect(FileSystem.readText(root.path + "/kept/file.txt") == "keep me")
    }

    @Test func removingWhatIsNotThereIsNoError() throws {
        let root = try TemporaryFolder("support", files: ["file.txt": "x"])
        try FileSystem.remove(root.path + "/missing")
        try FileSystem.remove(root.path + "/file.txt")
        #expect(!root.exists("file.txt"))
    }
}
