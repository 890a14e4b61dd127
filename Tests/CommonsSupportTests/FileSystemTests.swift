import CommonsTestSupport
import CommonsSupport
import Foundation
import Testing

@Suite struct FileSystemTests {
    @Test func writingMakesTheFolderWhenItIsMissing() throws {
        let root = try TemporaryFolder("support")
        try FileSystem.write("<p>hi</p>", to: root.path + "/a/b/index.html", making: root.path + "/a/b")
        #expect(FileSystem.readText(root.path + "/a/b/index.html") == "<p>hi</p>")
    }

    @Test func writingWithoutTheFolderFailsNamingThePath() throws {
        let root = try TemporaryFolder("support")
        #expect {
            try FileSystem.write("x", to: root.path + "/missing/index.html")
        } throws: { error in
            "\(error)".contains("cannot write '\(root.path)/missing/index.html'")
        }
    }

    @Test func makingFoldersThatExistIsNotAnError() throws {
        let root = try TemporaryFolder("support")
        try FileSystem.makeDirectories(root.path + "/a/b/c")
        try FileSystem.makeDirectories(root.path + "/a/b/c")
        try FileSystem.makeDirectories(root.path + "/a/b")
        #expect(FileSystem.kind(root.path + "/a/b/c") == .directory)
    }

    @Test func copiesAFileWhole() throws {
        let big = String(repeating: "0123456789", count: 300_000)
        let root = try TemporaryFolder("support", files: ["big.txt": big])
        try FileSystem.copy(root.path + "/big.txt", to: root.path + "/copy.txt")
        #expect(FileSystem.readText(root.path + "/copy.txt") == big)
    }

    @Test func aLinkIsAFolderOnlyWhenItLeadsToOne() throws {
        let root = try TemporaryFolder("support", files: ["folder/file.txt": "x"])
        try root.link("to-folder", to: root.path + "/folder")
        try root.link("to-file", to: root.path + "/folder/file.txt")
        #expect(FileSystem.kind(root.path + "/folder") == .directory)
        #expect(FileSystem.kind(root.path + "/folder/file.txt") == .file)
        #expect(FileSystem.kind(root.path + "/to-folder") == .directory)
        #expect(FileSystem.kind(root.path + "/to-file") == .other)
        #expect(FileSystem.kind(root.path + "/nothing") == .missing)
    }
}
