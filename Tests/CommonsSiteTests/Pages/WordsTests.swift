import CommonsSupport
import Testing
@testable import CommonsSite

@Suite struct WordsTests {
    @Test func countsGroupThousandsFromFiveDigits() {
        #expect(Words.count(7) == "7")
        #expect(Words.count(1204) == "1204")
        #expect(Words.count(52310) == "52\u{202F}310")
        #expect(Words.count(1_234_567) == "1\u{202F}234\u{202F}567")
    }

    @Test func hoursAsTheReportRoundsThem() {
        #expect(Words.hours(3) == "3")
        #expect(Words.hours(2.25) == "2.3")
        #expect(Words.hours(25.83) == "25.8")
        #expect(Words.hours(0.04) == "< 0.1")
        #expect(Words.hours(12345.5) == "12\u{202F}345.5")
        #expect(Words.hoursOrNothing(0) == nil)
        #expect(Words.hours(0) == "0")
        #expect(Words.hours(9999.96) == "10\u{202F}000")
        #expect(Words.hours(-2.25) == "-2.3")
    }

    /// Written from whole tenths, hours read as `ReportNumber.hours` writes them, grouped.
    @Test func hoursAreTheReportsNumberGrouped() {
        var value = 0.0
        while value < 30_000 {
            let report = ReportNumber.hours(value)
            let parts = report.split(separator: ".", maxSplits: 1)
            let grouped = report == "< 0.1" ? report : Words.count(Int(parts[0])!) + (parts.count == 2 ? "." + parts[1] : "")
            #expect(Words.hours(value) == grouped, "\(value)")
            value += value < 20 ? 0.01 : 7.37
        }
    }

    @Test func plurals() {
        #expect(Words.plural(1, "day") == "1 day")
        #expect(Words.plural(3, "day") == "3 days")
        #expect(Words.plural(2, "person", "people") == "2 people")
    }
}
