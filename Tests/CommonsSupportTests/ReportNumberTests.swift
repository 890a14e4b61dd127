import CommonsSupport
import Testing

@Suite struct ReportNumberTests {
    @Test func hoursKeepOneDecimalAndDropTrailingZeros() {
        #expect(ReportNumber.hours(25.83) == "25.8")
        #expect(ReportNumber.hours(402.25) == "402.3")
        #expect(ReportNumber.hours(569.5) == "569.5")
        #expect(ReportNumber.hours(26.96) == "27")
        #expect(ReportNumber.hours(27) == "27")
        #expect(ReportNumber.hours(1.0 / 3) == "0.3")
        #expect(ReportNumber.hours(0) == "0")
    }

    @Test func aLittleWorkDoesNotRoundToNone() {
        #expect(ReportNumber.hours(0.04) == "< 0.1")
        #expect(ReportNumber.hours(0.05) == "0.1")
    }

    @Test func fractionsKeepTwoDecimals() {
        #expect(ReportNumber.fraction(0.5866826000715378) == "0.59")
        #expect(ReportNumber.fraction(0.5) == "0.50")
        #expect(ReportNumber.fraction(0) == "0.00")
    }

    @Test func percentages() {
        #expect(ReportNumber.percent(0.43656716417910446) == "43.7 %")
        #expect(ReportNumber.percent(0.3) == "30 %")
        #expect(ReportNumber.percent(1) == "100 %")
    }

    @Test func fixedRoundsHalfAwayFromZero() {
        #expect(ReportNumber.fixed(0.125, places: 2) == "0.13")
        #expect(ReportNumber.fixed(-1.5, places: 0) == "-2")
        #expect(ReportNumber.fixed(-0.001, places: 2) == "0.00")
        #expect(ReportNumber.fixed(.infinity, places: 2) == "–")
    }
}
