import CommonsTestSupport
import CommonsSupport
import Foundation
import Testing
@testable import CommonsSite

@Suite struct SiteWriterTests {
    private func temporaryFolder() throws -> String { try TemporaryFolder("writer").path }

    @Test func writesEveryFileMakingTheFoldersItNeeds() throws {
        let root = try temporaryFolder()
        let source = root + "/logo.svg"
        try Data("<svg/>".utf8).write(to: URL(fileURLWithPath: source))
        let site = root + "/site"
        try FileSystem.makeDirectory(site)
        var files = [SiteFile(path: "robots.txt", body: .text("User-agent: *\n")),
                     SiteFile(path: "assets/img/logo.svg", body: .copy(from: source))]
        for n in 0..<300 {
            // Folders of one page each, and folders shared by many.
            files.append(SiteFile(path: "contributions/2026/\(n % 12)/c\(n)/index.html", body: .text("page \(n)")))
            files.append(SiteFile(path: "people/p\(n % 7)/note-\(n).txt", body: .text("note \(n)")))
        }
        let writer = SiteWriter(root: site)
        let all = files
        // From both cores at once, as a build writes: folders made twice are no error.
        DispatchQueue.concurrentPerform(iterations: all.count) { index in
            try? writer.write(all[index])
        }
        #expect(try String(contentsOfFile: site + "/contributions/2026/5/c17/index.html", encoding: .utf8) == "page 17")
        #expect(try String(contentsOfFile: site + "/people/p3/note-10.txt", encoding: .utf8) == "note 10")
        #expect(try String(contentsOfFile: site + "/assets/img/logo.svg", encoding: .utf8) == "<svg/>")
        #expect(try String(contentsOfFile: site + "/robots.txt", encoding: .utf8) == "User-agent: *\n")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: site + "/contributions").filter { $0.hasSuffix(".html") }.count == 300)
    }

    @Test func aFileWhereAFolderMustGoFailsNamingThePath() throws {
        let site = try temporaryFolder()
        try Data("in the way".utf8).write(to: URL(fileURLWithPath: site + "/projects"))
        #expect {
            try SiteWriter(root: site).write(SiteFile(path: "projects/maps/index.html", body: .text("maps")))
        } throws: { error in
            "\(error)".contains("'\(site)/projects/maps/index.html'")
        }
    }
}
