import Testing
@testable import CommonsModel

/// The plain texts are read from a body's opening when it decides them: each case is one
/// where the opening alone would read differently from the whole body.
@Suite struct MarkdownOpeningTests {
    @Test func aHeadingThenAParagraph() {
        let markdown = Markdown("# Title\n\nPara one\nline two.\n\nMore.\n")
        #expect(markdown.lead == "Title")
        #expect(markdown.firstParagraph == "Para one line two.")
    }

    @Test func aParagraphLongerThanItsFirstLine() {
        #expect(Markdown("Line one\nline two\n\nNext\n").lead == "Line one line two")
    }

    @Test func aLineUnderlinedIntoAHeadingAfterTheOpening() {
        #expect(Markdown("Intro\n\nTitle\n=====\n\nText.\n").firstParagraph == "Intro")
        #expect(Markdown("# H\n\nTitle\n=====\n\nText.\n").firstParagraph == "Text.")
    }

    @Test func aLinkDefinedAtTheEnd() {
        #expect(Markdown("See [river].\n\nMore.\n\n[river]: https://r.org\n").lead == "See river.")
        #expect(Markdown("See [river].\n\nMore.\n").lead == "See [river].")
    }

    @Test func blankLinesInsideTheFirstBlocks() {
        #expect(Markdown("```\na\n\nb\n```\n\nAfter.\n").lead == "After.")
        #expect(Markdown("- a\n\n  b\n\nPara\n").lead == "Para")
    }

    @Test func windowsLineEnds() {
        let markdown = Markdown("# T\r\n\r\nText\r\n\r\nMore\r\n")
        #expect(markdown.lead == "T")
        #expect(markdown.firstParagraph == "Text")
    }
}
