import CommonsAnalysis
import CommonsModel
import CommonsReport
import CommonsTestSupport
import Testing

/// The words `commons serve` prints after a rebuild: what moved, as the text report shows it.
@Suite struct AnalysisChangeWordsTests {
    let asOf = day("2026-06-30")

    @Test func figuresAreToldFromOldToNew() {
        let before = Analysis(commons: commons(contributions: [work("ana", on: "2026-06-01", hours: 4)]), asOf: asOf)
        let after = Analysis(commons: commons(contributions: [
            work("ana", on: "2026-06-01", hours: 4), work("ben", on: "2026-06-02", hours: 4, paid: .paid),
            work("cem", on: "2026-06-03", hours: 4),
        ]), asOf: asOf)
        #expect(AnalysisChange(from: before, to: after).phrases == [
            "bus factor 1 → 2", "elephant factor 1 → 2", "active people 1 → 3", "unpaid share 100 % → 66.7 %", "hours 4 → 12",
        ])
    }

    @Test func aProposalIsToldByItsNewOutcomeElseByTheVotesThatMoved() {
        let people = [work("ana", on: "2026-05-01"), work("ben", on: "2026-05-01")]
        func state(_ votes: [Vote], id: String = "2026/open-on-sundays") -> Analysis {
            Analysis(commons: commons(contributions: people, proposals: [
                proposal(id, by: "ana", opened: "2026-06-01", closes: "2026-06-14", votes: votes),
            ]), asOf: asOf)
        }
        let silent = state([vote("ana", .yes)])
        let blocked = state([vote("ana", .yes), vote("ben", .block)])
        let both = state([vote("ana", .yes), vote("ben", .yes)])
        #expect(AnalysisChange(from: blocked, to: silent).phrases == ["proposal 2026/open-on-sundays now accepted"])
        #expect(AnalysisChange(from: silent, to: both).phrases == ["proposal 2026/open-on-sundays: yes 1 → 2"])
        let none = Analysis(commons: commons(contributions: people), asOf: asOf)
        #expect(AnalysisChange(from: none, to: silent).phrases == ["new proposal 2026/open-on-sundays, accepted"])
        #expect(AnalysisChange(from: silent, to: none).phrases == ["proposal 2026/open-on-sundays gone"])
    }
}
