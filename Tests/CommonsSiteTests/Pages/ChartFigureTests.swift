import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing
@testable import CommonsSite

/// What a chart's caption says in words, for readers who do not read the picture.
@Suite struct ChartFigureTests {
    func monthly(_ days: [String]) -> String {
        let model = commons(contributions: days.map { work("ana", on: $0, hours: 1) })
        let analysis = Analysis(commons: model, asOf: day("2026-06-30"))
        return ChartFigure.months(analysis.commons, id: "m", of: "Riverside", asOf: day("2026-06-30")).description
    }

    @Test func theBusiestMonthIsNamedOrATieIsSaid() {
        #expect(monthly(["2026-03-02", "2026-03-09", "2026-04-01"]).contains("the busiest month was March 2026 with 2 contributions."))
        #expect(monthly(["2026-03-02", "2026-05-01"]).contains("the busiest months were March 2026 and May 2026, with 1 contribution each."))
        #expect(monthly(["2026-03-02", "2026-04-01", "2026-05-01", "2026-06-01"])
            .contains("4 months tie as the busiest, with 1 contribution each, the first March 2026."))
    }

    @Test func aFigureThatEndsWhereItStartedIsNotSaidToHaveGone() {
        #expect(ChartFigure.change("the bus factor", 1, 1) == "the bus factor was 1 at both ends")
        #expect(ChartFigure.change("the bus factor", 3, 4) == "the bus factor went from 3 to 4")
    }
}
