import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

@Suite struct ScopeFiguresTests {
    let affiliations = ["ana": "Acme", "ben": "Acme"]

    func figures(_ contributions: [Contribution], asOf: String = "2026-03-31", activeDays: Int = 30) -> ScopeFigures {
        ScopeFigures(contributions: contributions, asOf: day(asOf), activeDays: activeDays,
                     affiliation: { affiliations[$0] })
    }

    /// Credited hours: ana 6 + 4/2 = 8, ben 4/2 + 0 = 2, cy 2; total 12.
    @Test func aSmallScopeByHand() {
        let scope = figures([
            work("ana", on: "2026-01-10", kind: .code, hours: 6),
            work("ana", "ben", on: "2026-02-15", kind: .docs, hours: 4, paid: .stipend),
            work("cy", on: "2026-03-01", kind: .code, hours: 2, paid: .paid),
            work("ben", on: "2026-03-02", kind: .review),
        ])
        #expect(scope.contributions == 4)
        #expect(scope.hours == 12)
        #expect(scope.contributors == 3)
        // The active window is [2026-03-02, 2026-03-31]: cy's 1 March is a day outside it.
        #expect(scope.activeContributors == 1)
        #expect(scope.basis == .hours)
        #expect(scope.ranking.map(\.handle) == ["ana", "ben", "cy"])
        #expect(scope.ranking.map(\.share) == [8, 2, 2])
        #expect(scope.busFactor == 1)
        #expect(scope.busFactorPeople == ["ana"])
        #expect(scope.elephantFactor == 1)
        #expect(scope.elephantOrganisations == [.affiliation("Acme")])
        #expect(scope.gini == 1.0 / 3)  // (8 − 2)·2 / (3·12)
        #expect(scope.top10Share == 2.0 / 3)
        #expect(scope.compensation == CompensationShares(unpaid: 0.5, stipend: 1.0 / 3, paid: 1.0 / 6))
        #expect(scope.kinds == [.code: KindTotals(contributions: 2, hours: 8),
                                .docs: KindTotals(contributions: 1, hours: 4),
                                .review: KindTotals(contributions: 1, hours: 0)])
        #expect(scope.months == [
            MonthFigures(month: month("2026-01"), contributions: 1, hours: 6, active: 1, new: 1),
            MonthFigures(month: month("2026-02"), contributions: 1, hours: 4, active: 2, new: 1),
            MonthFigures(month: month("2026-03"), contributions: 2, hours: 2, active: 2, new: 1),
        ])
    }

    @Test func withoutHoursTheBasisIsContributions() {
        let scope = figures([
            work("ana", on: "2026-03-10"),
            work("ana", "ben", on: "2026-03-11", paid: .stipend),
        ])
        #expect(scope.basis == .contributions)
        #expect(scope.ranking.map(\.share) == [1.5, 0.5])
        #expect(scope.busFactor == 1)
        #expect(scope.gini == 0.25)  // (1.5 − 0.5)·1 / (2·2)
        #expect(scope.compensation == CompensationShares(unpaid: 0.5, stipend: 0.5, paid: 0))
    }

    @Test func peopleWithOnlyUntimedWorkCountAsContributorsWithNoShare() {
        let scope = figures([work("ana", on: "2026-03-10", hours: 4), work("ben", on: "2026-03-11")])
        #expect(scope.basis == .hours)
        #expect(scope.contributors == 2)
        #expect(scope.gini == 0.5)  // (4 − 0)·1 / (2·4)
        #expect(scope.busFactor == 1)
    }

    @Test func anEmptyScope() {
        let scope = figures([])
        #expect(scope.contributions == 0)
        #expect(scope.hours == 0)
        #expect(scope.contributors == 0)
        #expect(scope.activeContributors == 0)
        #expect(scope.basis == .contributions)
        #expect(scope.busFactor == 0)
        #expect(scope.elephantFactor == 0)
        #expect(scope.gini == 0)
        #expect(scope.top10Share == 0)
        #expect(scope.compensation == CompensationShares(unpaid: 0, stipend: 0, paid: 0))
        #expect(scope.kinds.isEmpty)
        #expect(scope.months.isEmpty)
    }

    @Test func theActiveWindowIncludesItsFirstDayAndTheAsOfDay() {
        let scope = figures([
            work("ana", on: "2026-03-21"), work("ben", on: "2026-03-22"), work("cy", on: "2026-03-31"),
        ], activeDays: 10)
        #expect(scope.activeContributors == 2)
    }
}
