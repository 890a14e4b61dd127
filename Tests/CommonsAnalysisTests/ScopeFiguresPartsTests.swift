import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

@Suite struct ScopeFiguresPartsTests {
    @Test func partsOfTheWorkLargestFirstAddingUpToOne() {
        let scope = Analysis(commons: commons(contributions: [
            work("ana", on: "2026-03-01", hours: 6),
            work("ana", "ben", on: "2026-03-02", hours: 2),
            work("cy", on: "2026-03-03", hours: 1),
        ]), asOf: day("2026-03-31")).commons
        #expect(scope.parts.map(\.handle) == ["ana", "ben", "cy"])
        let ninths: [Double] = [7.0 / 9, 1.0 / 9, 1.0 / 9]
        #expect(scope.parts.map(\.part) == ninths)
    }

    @Test func onContributionsWhenNobodyRecordedHours() {
        let scope = Analysis(commons: commons(contributions: [
            work("ana", on: "2026-03-01"), work("ben", on: "2026-03-02"), work("ben", on: "2026-03-03"),
        ]), asOf: day("2026-03-31")).commons
        #expect(scope.parts.map(\.handle) == ["ben", "ana"])
        let thirds: [Double] = [2.0 / 3, 1.0 / 3]
        #expect(scope.parts.map(\.part) == thirds)
    }

    @Test func noPartsInAnEmptyScope() {
        #expect(Analysis(commons: commons(), asOf: day("2026-03-31")).commons.parts.isEmpty)
    }
}
