import Testing
import Foundation
@testable import CommonsModel

@Suite("Reading a file: front matter delimiters, encoding, size")
struct SourceFileTests {
    @Test func missingFrontMatter() throws {
        let content = try TemporaryContent(["contributors/ines.md": "name: Ines\n"])
        #expect(content.check() == [
            "contributors/ines.md:1:1: error: missing front matter: the file must start with a '---' line, then YAML fields, then '---'",
        ])
    }

    @Test func unterminatedFrontMatter() throws {
        let content = try TemporaryContent(["contributors/ines.md": "---\nname: Ines\n\nI help.\n"])
        #expect(content.check() == [
            "contributors/ines.md:1:1: error: unterminated front matter: no closing '---' line after the opening one",
        ])
    }

    @Test func emptyFile() throws {
        let content = try TemporaryContent(["contributors/ines.md": ""])
        #expect(content.check().first?.hasPrefix("contributors/ines.md:1:1: error: missing front matter") == true)
    }

    @Test func byteOrderMarkAndCRLFAreRead() throws {
        let text = "\u{FEFF}---\r\nname: \"Inès Dupont\"\r\njoined: 2026-01-10\r\n---\r\nI *help*.\r\n"
        let content = try TemporaryContent(["contributors/ines.md": text])
        let result = content.load()
        #expect(result.diagnostics.isEmpty)
        let ines = try #require(result.commons?.contributors.first { $0.handle == "ines" })
        #expect(ines.name == "Inès Dupont")
        #expect(ines.joined == Day(year: 2026, month: 1, day: 10))
        #expect(ines.body.source == Array("I *help*.\r\n".utf8))
    }

    @Test func nonUTF8File() throws {
        let content = try TemporaryContent([:])
        try content.write(Data("---\nname: Ren".utf8) + Data([0xE9, 0x0A]) + Data("---\n".utf8), to: "contributors/rene.md")
        #expect(content.check() == [
            "contributors/rene.md:2:10: error: file is not valid UTF-8 (save it as UTF-8)",
        ])
        // The column counts Characters: `é` as `e` and a combining accent is one.
        try content.write(Data("---\nname: Rene\u{301} ".utf8) + Data([0xFF, 0x0A]) + Data("---\n".utf8), to: "contributors/rene.md")
        #expect(content.check() == [
            "contributors/rene.md:2:12: error: file is not valid UTF-8 (save it as UTF-8)",
        ])
    }

    @Test func fileOverTheSizeLimit() throws {
        let big = "---\nname: Big\n---\n" + String(repeating: "word ", count: 500)
        let content = try TemporaryContent([
            "commons.md": "---\ntitle: T\nmax_file_kb: 2\n---\n",
            "contributors/big.md": big,
        ])
        #expect(content.check() == [
            "contributors/big.md: error: file is 3 KB, over the limit of 2 KB: split it, or raise max_file_kb in commons.md",
        ])
    }

    @Test func theDefaultLimitIs1024KBAndACommonsMayRaiseIt() throws {
        let long = "---\nname: Long\n---\n" + String(repeating: "A long page of plain words. ", count: 40_000)  // 1,094 KB
        let content = try TemporaryContent(["contributors/long.md": long])
        #expect(content.check() == [
            "contributors/long.md: error: file is 1094 KB, over the limit of 1024 KB: split it, or raise max_file_kb in commons.md",
        ])
        try content.write(Data("---\ntitle: T\nmax_file_kb: 2048\n---\n".utf8), to: "commons.md")
        #expect(content.check() == [])
    }

    @Test func commonsMDIsHeldToTheDefaultLimit() throws {
        // It is read before its own max_file_kb is known.
        let text = "---\ntitle: T\nmax_file_kb: 2048\n---\n" + String(repeating: "Our front page. ", count: 80_000)
        let content = try TemporaryContent(["commons.md": text])
        #expect(content.check().contains("commons.md: error: file is 1251 KB, over the limit of 1024 KB: move some of its text to a page"))
    }
}
