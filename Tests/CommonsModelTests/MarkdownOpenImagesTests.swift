import Foundation
import Testing
@testable import CommonsModel

/// The one pattern on which Debian's libcmark takes time growing with the square of the
/// text is refused before it is parsed, where it starts; Markdown people write is not.
@Suite struct MarkdownOpenImagesTests {
    func stall(_ text: String) -> (line: Int, column: Int, open: Int)? {
        Markdown(text).stallingImageOpeners
    }

    @Test func theQuadraticPatternIsFoundWhereItStarts() throws {
        let found = try #require(stall("Intro.\n\nSee é " + String(repeating: "![[]()", count: 2_000)))
        #expect(found.line == 3)
        #expect(found.column == 7)  // in Characters: `é` is one
        #expect(found.open > 1_000)
        // Spread over lines of one paragraph, and after closed images, it is the same.
        #expect(stall("![a](b.png)\n" + String(repeating: "![[]()\n", count: 2_000)) != nil)
    }

    @Test func aSmallDoseIsLeftToLibcmark() {
        // 500 repeats: a few milliseconds of libcmark's time.
        #expect(stall(String(repeating: "![[]()", count: 500)) == nil)
    }

    @Test func aBlankLineEndsTheParagraphAndItsOpeners() {
        #expect(stall(String(repeating: "![[]()\n\n", count: 5_000)) == nil)
        #expect(stall(String(repeating: String(repeating: "![", count: 1_000) + "\n\n" + String(repeating: "[]()", count: 1_000), count: 2)) == nil)
    }

    @Test func ordinaryMarkdownPasses() throws {
        let gallery = (1...5_000).map { "![Photo \($0)](photos/\($0).jpg)" }.joined(separator: " ")
        let links = (1...5_000).map { "[item \($0)](https://example.org/\($0))" }.joined(separator: ", ")
        let badges = String(repeating: "[![build](https://example.org/b.svg)](https://example.org/ci) ", count: 2_000)
        let escaped = String(repeating: "\\![[]()", count: 5_000)
        let emphatic = String(repeating: "Wow![1] and [2]! ", count: 5_000)
        for text in [gallery, links, badges, escaped, emphatic, gallery + "\n" + links] {
            #expect(stall(text) == nil)
        }
        // Every body of the demo commons.
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Content").standardized
        let files = FileManager.default.enumerator(atPath: demo.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") } ?? []
        #expect(files.count > 100)
        for file in files {
            #expect(stall(try String(contentsOfFile: demo.path + "/" + file, encoding: .utf8)) == nil, "\(file)")
        }
    }

    @Test func aContentFileWithThePatternIsAnErrorAtItsLineAndColumn() throws {
        let body = "Mapped the river path.\n\nPhotos: " + String(repeating: "![[]()", count: 20_000)
        let content = try TemporaryContent(["contributions/stall.md": contribution("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code", body: body)])
        let started = Date()
        let result = content.load()
        #expect(Date().timeIntervalSince(started) < 10)  // libcmark alone would take minutes
        #expect(result.diagnostics.map(\.description) == [
            "contributions/stall.md:9:9: error: 20000 image openers '![' are left open in this paragraph, with links closing after them: libcmark's time over such a paragraph grows with its length squared (over a second at 60 KB); close each '![' with ']', or write '\\![' for a literal '!['",
        ])
        // The file's fields are read all the same: nothing else fails for it.
        #expect(result.commons?.contributions.map(\.id) == ["stall"])
    }

    /// The quick look for `![` that lets most bodies pass finds one wherever it is: at
    /// the start, at the end, after other `!`s, and not in `! [` or a lone `!` at the end.
    @Test func anImageOpenerIsFoundWhereverItIs() {
        func has(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { Markdown.hasImageOpener($0) }
        }
        #expect(has("![a](b)"))
        #expect(has("Wow!! Look: ![a](b)"))
        #expect(has(String(repeating: "!", count: 5000) + "["))
        #expect(!has(""))
        #expect(!has("Wow! Look [a](b) ! [c]"))
        #expect(!has("ends with !"))
    }
}
