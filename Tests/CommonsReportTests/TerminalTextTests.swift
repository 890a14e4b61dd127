@testable import CommonsReport
import Testing

@Suite struct TerminalTextTests {
    @Test func columns() {
        #expect(TerminalText.columns("Café") == 4)
        #expect(TerminalText.columns("種子図書館") == 10)
        #expect(TerminalText.columns("🌱 seeds") == 8)
        #expect(TerminalText.columns("") == 0)
    }

    @Test func shortTextIsOneLine() {
        #expect(TerminalText.wrapped("none", indent: "  ") == ["  none"])
        #expect(TerminalText.wrapped("", indent: "  ") == ["  "])
    }

    @Test func longTextBreaksAtSpacesWithinTheWidth() {
        let text = "14 proposals: 1 open · 7 accepted · 3 rejected · 2 no quorum · 1 withdrawn; median participation 84.5 %"
        let lines = TerminalText.wrapped(text, indent: "  ", continuation: "  ")
        #expect(lines == [
            "  14 proposals: 1 open · 7 accepted · 3 rejected · 2 no quorum · 1 withdrawn;",
            "  median participation 84.5 %",
        ])
    }

    /// Neither "84.5" and its "%" nor "1" and "open" end up on different lines, and no
    /// line starts with "·".
    @Test func numbersStayWithTheirWordAndPunctuationWithItsText() {
        #expect(TerminalText.wrapped("participation 84.5 %", width: 19) == ["participation", "84.5 %"])
        #expect(TerminalText.wrapped("a · 1 open", width: 7) == ["a ·", "1 open"])
    }

    @Test func aWordLongerThanALineStaysWhole() {
        #expect(TerminalText.wrapped("see 2026/apply-for-the-neighbourhood-fund now", width: 20, continuation: "  ")
                == ["see", "  2026/apply-for-the-neighbourhood-fund", "  now"])
    }

    @Test func runsOfSpacesAreKeptInsideALine() {
        #expect(TerminalText.wrapped("hours 3   people 2", width: 40) == ["hours 3   people 2"])
        #expect(TerminalText.wrapped("hours 3   people 2", width: 10) == ["hours 3", "people 2"])
    }
}
