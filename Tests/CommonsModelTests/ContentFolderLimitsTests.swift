import Foundation
import Glibc
import Testing
@testable import CommonsModel

/// Names and shapes of a content folder no one should have to debug: each is an error at
/// the path, printable on one line, and nothing below it is read.
@Suite struct ContentFolderLimitsTests {
    /// Makes a file whose name is the given bytes, which Foundation would not write.
    func create(_ name: [UInt8], in folder: String, _ text: String = "---\nname: X\n---\n") throws {
        let path = Array(folder.utf8) + [0x2F] + name + [0]
        let fd = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644) }
        try #require(fd >= 0)
        _ = text.withCString { Glibc.write(fd, $0, strlen($0)) }
        close(fd)
    }

    @Test func aFileNameThatIsNotUTF8IsNamedEscaped() throws {
        let content = try TemporaryContent([:])
        try create(Array("caf".utf8) + [0xE9] + Array(".md".utf8), in: content.root.path + "/contributors")
        #expect(content.check() == [
            "contributors/caf\\xE9.md: error: the name of this file is not valid UTF-8, shown escaped here; rename it",
        ])
    }

    @Test func aFileNameWithANewlineIsNamedOnOneLine() throws {
        let content = try TemporaryContent([:])
        try create(Array("a\nb.md".utf8), in: content.root.path + "/contributors")
        let diagnostics = content.check()
        #expect(diagnostics == [
            "contributors/a\\nb.md: error: the name of this file has a control character (a newline, a tab), shown escaped here; rename it",
        ])
        #expect(DiagnosticFormat.text.render(content.load().diagnostics, folder: content.root.path).split(separator: "\n").count == 1)
    }

    @Test func aFolderThatIsNotUTF8IsNotRead() throws {
        let content = try TemporaryContent([:])
        let name = Array("contributors/".utf8) + [0xFF]
        _ = (Array(content.root.path.utf8) + [0x2F] + name + [0]).withUnsafeBufferPointer {
            mkdir(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), 0o755)
        }
        #expect(content.check() == [
            "contributors/\\xFF: error: the name of this folder is not valid UTF-8, shown escaped here; rename it (nothing in it is read)",
        ])
    }

    @Test func aSymbolicLinkLoopIsAnErrorAtTheLink() throws {
        let content = try TemporaryContent(["contributions/.keep": ""])
        try content.folder.link("contributions/a.md", to: "b.md")
        try content.folder.link("contributions/b.md", to: "a.md")
        try content.folder.link("contributions/self", to: "self")
        let loop = "symbolic link leads round in a loop (to itself, or to a link that leads back); remove it"
        #expect(content.check() == ["contributions/a.md: error: " + loop, "contributions/b.md: error: " + loop,
                                    "contributions/self: error: " + loop])
    }

    @Test func aLinkToItsOwnFolderIsNeverFollowed() throws {
        let content = try TemporaryContent(["contributions/.keep": ""])
        try content.folder.link("contributions/again", to: ".")
        #expect(content.check() == [
            "contributions/again: warning: symbolic link to a folder inside the content folder is ignored (its files are read where they are)",
        ])
    }

    /// 1,000 folders deep is past PATH_MAX for longer names and would recurse as deep: the
    /// walk stops at its limit with one error.
    @Test func aFolderNestedAThousandDeepStopsAtTheLimit() throws {
        let content = try TemporaryContent([:])
        let path = "contributions/" + Array(repeating: "deeper", count: 1_000).joined(separator: "/")
        // Made one level at a time, each from the one above, since the whole path is
        // longer than PATH_MAX.
        var folder = open(content.root.path, O_RDONLY | O_DIRECTORY)
        for part in path.split(separator: "/") {
            mkdirat(folder, String(part), 0o755)
            let inner = openat(folder, String(part), O_RDONLY | O_DIRECTORY)
            close(folder)
            folder = inner
        }
        close(openat(folder, "x.md", O_WRONLY | O_CREAT, 0o644))
        close(folder)
        let limit = ContentFolder.deepest
        let shown = "contributions/" + Array(repeating: "deeper", count: limit - 1).joined(separator: "/") + "/deeper"
        #expect(content.check() == [
            "\(shown): error: folder nested deeper than \(limit) levels below the content folder; nothing in it is read",
        ])
    }
}
