import CommonsAnalysis
import CommonsModel
import Testing

@Suite struct AnalysisChangeTests {
    let asOf = day("2026-06-30")

    @Test func theSameAnalysisHasNothingThatMoved() {
        let analysis = Analysis(commons: commons(contributions: [work("ana", on: "2026-06-01", hours: 2)]), asOf: asOf)
        let change = AnalysisChange(from: analysis, to: analysis)
        #expect(change.isEmpty)
        #expect(change.phrases.isEmpty)
    }

    @Test func morePeoplesWorkMovesTheSpreadFiguresButNotAnEvenGini() {
        let before = Analysis(commons: commons(contributions: [work("ana", on: "2026-06-01", hours: 4)]), asOf: asOf)
        let after = Analysis(commons: commons(contributions: [
            work("ana", on: "2026-06-01", hours: 4), work("ben", on: "2026-06-02", hours: 4, paid: .paid),
            work("cem", on: "2026-06-03", hours: 4),
        ]), asOf: asOf)
        let change = AnalysisChange(from: before, to: after)
        #expect(change.figures.map(\.figure) == [.busFactor, .elephantFactor, .activePeople, .unpaidShare, .hours])
        #expect(change.phrases == [
            "bus factor 1 → 2", "elephant factor 1 → 2", "active people 1 → 3", "unpaid share 100 % → 66.7 %", "hours 4 → 12",
        ])
    }

    @Test func aMoveTooSmallToShowIsNoMove() {
        let before = Analysis(commons: commons(contributions: [work("ana", on: "2026-06-01", hours: 4)]), asOf: asOf)
        let after = Analysis(commons: commons(contributions: [
            work("ana", on: "2026-06-01", hours: 4), work("ana", on: "2026-06-02", hours: 0.01),
        ]), asOf: asOf)
        #expect(before.commons.hours != after.commons.hours)
        #expect(AnalysisChange(from: before, to: after).isEmpty)
    }

    @Test func aVoteThatDecidesAProposalIsToldAsItsNewOutcome() {
        let people = [work("ana", on: "2026-05-01"), work("ben", on: "2026-05-01")]
        func state(_ votes: [Vote]) -> Analysis {
            Analysis(commons: commons(contributions: people, proposals: [
                proposal("2026/open-on-sundays", by: "ana", opened: "2026-06-01", closes: "2026-06-14", votes: votes),
            ]), asOf: asOf)
        }
        let silent = state([vote("ana", .yes)])
        let blocked = state([vote("ana", .yes), vote("ben", .block)])
        #expect(AnalysisChange(from: silent, to: blocked).phrases == ["proposal 2026/open-on-sundays now rejected"])
        #expect(AnalysisChange(from: blocked, to: silent).phrases == ["proposal 2026/open-on-sundays now accepted"])
    }

    @Test func aTallyThatMovesWithoutChangingTheOutcomeSaysWhichVotes() {
        let people = [work("ana", on: "2026-05-01"), work("ben", on: "2026-05-01")]
        func state(_ votes: [Vote]) -> Analysis {
            Analysis(commons: commons(contributions: people, proposals: [
                proposal("2026/bench", by: "ana", opened: "2026-06-01", closes: "2026-06-14", votes: votes),
            ]), asOf: asOf)
        }
        let change = AnalysisChange(from: state([vote("ana", .yes)]), to: state([vote("ana", .yes), vote("ben", .yes)]))
        #expect(change.proposals.map(\.id) == ["2026/bench"])
        #expect(change.phrases == ["proposal 2026/bench: yes 1 → 2"])
    }

    @Test func aProposalAddedOrRemovedIsNamed() {
        let work = [work("ana", on: "2026-05-01")]
        let none = Analysis(commons: commons(contributions: work), asOf: asOf)
        let one = Analysis(commons: commons(contributions: work, proposals: [
            proposal("2026/mural", by: "ana", opened: "2026-06-25", closes: "2026-07-09"),
        ]), asOf: asOf)
        #expect(AnalysisChange(from: none, to: one).phrases == ["new proposal 2026/mural, open"])
        #expect(AnalysisChange(from: one, to: none).phrases == ["proposal 2026/mural gone"])
    }
}
