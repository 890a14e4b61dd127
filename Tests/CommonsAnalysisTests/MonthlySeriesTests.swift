@testable import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

@Suite struct MonthlySeriesTests {
    @Test func quietMonthsInsideTheSeriesAreZeroRows() {
        let series = monthlySeries([
            work("ana", on: "2024-11-30", hours: 2),
            work("ben", "ana", on: "2025-02-01", hours: 3),
        ], through: month("2025-03"))
        #expect(series == [
            MonthFigures(month: month("2024-11"), contributions: 1, hours: 2, active: 1, new: 1),
            MonthFigures(month: month("2024-12")),
            MonthFigures(month: month("2025-01")),
            // Co-authored hours count whole in the series; ana is active but not new.
            MonthFigures(month: month("2025-02"), contributions: 1, hours: 3, active: 2, new: 1),
            MonthFigures(month: month("2025-03")),
        ])
    }

    @Test func aLeapDayBelongsToFebruary() {
        let series = monthlySeries([
            work("ana", on: "2024-02-29", hours: 1),
            work("ben", on: "2024-03-01", hours: 2),
        ], through: month("2024-03"))
        #expect(series.map(\.month) == [month("2024-02"), month("2024-03")])
        #expect(series.map(\.hours) == [1, 2])
    }

    @Test func theYearEndSplitsMonths() {
        let series = monthlySeries([
            work("ana", on: "2025-12-31"),
            work("ana", on: "2026-01-01"),
            work("ben", on: "2026-01-01"),
        ], through: month("2026-01"))
        #expect(series == [
            MonthFigures(month: month("2025-12"), contributions: 1, active: 1, new: 1),
            MonthFigures(month: month("2026-01"), contributions: 2, active: 2, new: 1),
        ])
    }

    @Test func theSeriesRunsToTheAsOfMonth() {
        let series = monthlySeries([work("ana", on: "2026-01-15")], through: month("2026-06"))
        #expect(series.count == 6)
        #expect(series.last == MonthFigures(month: month("2026-06")))
    }

    @Test func anEmptyScopeHasNoRows() {
        #expect(monthlySeries([], through: month("2026-06")).isEmpty)
    }
}
