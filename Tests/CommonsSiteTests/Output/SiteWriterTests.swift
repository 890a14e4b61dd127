import Foundation
import Testing
@testable import CommonsSite

@Suite struct SiteWriterTests {
    private func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("commons-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test func writesEveryFileMakingTheFoldersItNeeds() throws {
        let root = try temporaryFolder()
        let source = root + "/logo.svg"
        try Data("<svg/>".utf8).write(to: URL(fileURLWithPath: source))
        let site = root + "/site"
        try FileSystem.makeDirectory(site)
        var files: [SiteFile] = [.text("robots.txt", "User-agent: *\n"), SiteFile(path: "assets/img/logo.svg", body: .copy(from: source))]
        for n in 0..<300 {
            // Folders of one page each, and folders shared by many.
            files.append(.rendered("contributions/2026/\(n % 12)/c\(n)/index.html") { "page \(n)" })
            files.append(.text("people/p\(n % 7)/note-\(n).txt", "note \(n)"))
        }
        let effort = try SiteWriter(root: site).write(files)
        #expect(try String(contentsOfFile: site + "/contributions/2026/5/c17/index.html", encoding: .utf8) == "page 17")
        #expect(try String(contentsOfFile: site + "/people/p3/note-10.txt", encoding: .utf8) == "note 10")
        #expect(try String(contentsOfFile: site + "/assets/img/logo.svg", encoding: .utf8) == "<svg/>")
        #expect(try String(contentsOfFile: site + "/robots.txt", encoding: .utf8) == "User-agent: *\n")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: site + "/contributions").filter { $0.hasSuffix(".html") }.count == 300)
        #expect(effort.rendering > 0 && effort.writing > 0)
        #expect(effort.renderingShare > 0 && effort.renderingShare < 1)
    }

    @Test func aFileWhereAFolderMustGoFailsNamingThePath() throws {
        let site = try temporaryFolder()
        try Data("in the way".utf8).write(to: URL(fileURLWithPath: site + "/projects"))
        #expect {
            try SiteWriter(root: site).write([.text("projects/maps/index.html", "maps")])
        } throws: { error in
            "\(error)".contains("'\(site)/projects/maps/index.html'")
        }
    }

    @Test func makingFoldersThatExistIsNotAnError() throws {
        let root = try temporaryFolder()
        try FileSystem.makeDirectories(root + "/a/b/c")
        try FileSystem.makeDirectories(root + "/a/b/c")
        try FileSystem.makeDirectories(root + "/a/b")
        #expect(FileSystem.kind(root + "/a/b/c") == .directory)
    }
}
