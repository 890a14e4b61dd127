import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

@Suite struct ScopeFiguresYearTests {
    @Test func hoursOfOneCalendarYearOnly() {
        let scope = Analysis(commons: commons(contributions: [
            work("ana", on: "2025-12-31", hours: 5),
            work("ana", on: "2026-01-01", hours: 2),
            work("ana", "ben", on: "2026-03-10", hours: 1.5),
            work("ana", on: "2026-05-01", hours: 40),  // after the as-of day
        ]), asOf: day("2026-03-31")).commons
        #expect(scope.hours(inYear: 2026) == 3.5)  // whole hours, not split between co-authors
        #expect(scope.hours(inYear: 2025) == 5)
        #expect(scope.hours(inYear: 2024) == 0)
    }
}
