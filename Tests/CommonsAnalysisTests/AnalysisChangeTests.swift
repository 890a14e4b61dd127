import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

@Suite struct AnalysisChangeTests {
    let asOf = day("2026-06-30")

    @Test func theSameAnalysisHasNothingThatMoved() {
        let analysis = Analysis(commons: commons(contributions: [work("ana", on: "2026-06-01", hours: 2)]), asOf: asOf)
        #expect(AnalysisChange(from: analysis, to: analysis).isEmpty)
    }

    @Test func morePeoplesWorkMovesTheSpreadFiguresButNotAnEvenGini() {
        let before = Analysis(commons: commons(contributions: [work("ana", on: "2026-06-01", hours: 4)]), asOf: asOf)
        let after = Analysis(commons: commons(contributions: [
            work("ana", on: "2026-06-01", hours: 4), work("ben", on: "2026-06-02", hours: 4, paid: .paid),
            work("cem", on: "2026-06-03", hours: 4),
        ]), asOf: asOf)
        let change = AnalysisChange(from: before, to: after)
        #expect(change.figures.map(\.figure) == [.busFactor, .elephantFactor, .activePeople, .unpaidShare, .hours])
        #expect(change.figures.map(\.before) == [1, 1, 1, 1, 4])
        #expect(change.figures.map(\.after) == [2, 2, 3, 8.0 / 12, 12])
        #expect(change.proposals.isEmpty)
    }

    @Test func aMoveTooSmallToShowIsNoMove() {
        let before = Analysis(commons: commons(contributions: [work("ana", on: "2026-06-01", hours: 4)]), asOf: asOf)
        let after = Analysis(commons: commons(contributions: [
            work("ana", on: "2026-06-01", hours: 4), work("ana", on: "2026-06-02", hours: 0.01),
        ]), asOf: asOf)
        #expect(before.commons.hours != after.commons.hours)
        #expect(AnalysisChange(from: before, to: after).isEmpty)
    }

    @Test func aVoteThatMovesATallyOrAnOutcomeIsTheProposalsMove() {
        let people = [work("ana", on: "2026-05-01"), work("ben", on: "2026-05-01")]
        func state(_ votes: [Vote]) -> Analysis {
            Analysis(commons: commons(contributions: people, proposals: [
                proposal("2026/open-on-sundays", by: "ana", opened: "2026-06-01", closes: "2026-06-14", votes: votes),
            ]), asOf: asOf)
        }
        let change = AnalysisChange(from: state([vote("ana", .yes)]), to: state([vote("ana", .yes), vote("ben", .block)]))
        let move = try? #require(change.proposals.first)
        #expect(change.proposals.count == 1 && move?.id == "2026/open-on-sundays")
        #expect(move?.before?.status == .accepted && move?.before?.tally == Tally(yes: 1))
        #expect(move?.after?.status == .rejected && move?.after?.tally == Tally(yes: 1, block: 1))
        #expect(change.figures.isEmpty)
    }

    @Test func aProposalAddedOrRemovedHasNoStandingOnOneSide() {
        let work = [work("ana", on: "2026-05-01")]
        let none = Analysis(commons: commons(contributions: work), asOf: asOf)
        let one = Analysis(commons: commons(contributions: work, proposals: [
            proposal("2026/mural", by: "ana", opened: "2026-06-25", closes: "2026-07-09"),
        ]), asOf: asOf)
        #expect(AnalysisChange(from: none, to: one).proposals.map(\.before) == [nil])
        #expect(AnalysisChange(from: one, to: none).proposals.map(\.after) == [nil])
    }
}

@Suite struct AnalysisChangeOfSnapshotsTests {
    let asOf = day("2026-06-30")

    @Test func aGoalMetOnOneSideAndMissedOnTheOtherIsAHealthMove() {
        func state(_ contributions: [Contribution]) -> CommonsSnapshot {
            var model = commons(contributions: contributions)
            model.settings.health = [HealthGoal(.busFactor, target: 2)]
            return CommonsSnapshot(Analysis(commons: model, asOf: asOf), commons: model, diagnostics: [])
        }
        let alone = state([work("ana", on: "2026-06-01", hours: 4)])
        let shared = state([work("ana", on: "2026-06-01", hours: 4), work("ben", on: "2026-06-02", hours: 4),
                            work("cem", on: "2026-06-02", hours: 4)])
        let change = AnalysisChange(from: alone, to: shared)
        #expect(change.health.map(\.scope) == [.commons, .project("garden")])
        #expect(change.health.map { $0.after?.met } == [true, true])
        #expect(change.newPeople.map(\.handle) == ["ben", "cem"])
        #expect(change.contributions?.added.count == 2)
        #expect(AnalysisChange(from: shared, to: alone).health.map { $0.after?.met } == [false, false])
    }

    @Test func aDiagnosticThatOnlyMovedToAnotherLineIsNotNew() {
        let analysis = Analysis(commons: commons(), asOf: asOf)
        let old = CommonsSnapshot(analysis, commons: commons(), diagnostics: [.warning("a.md", at: Position(line: 3, column: 1), "odd")])
        let new = CommonsSnapshot(analysis, commons: commons(), diagnostics: [
            .warning("a.md", at: Position(line: 5, column: 1), "odd"), .warning("a.md", at: Position(line: 6, column: 1), "odd"),
        ])
        #expect(AnalysisChange(from: old, to: new).newDiagnostics?.map(\.line) == [6])
    }

    @Test func withoutContributionsOnOneSideTheyAreNotCompared() {
        let analysis = Analysis(commons: commons(contributions: [work("ana", on: "2026-06-01")]), asOf: asOf)
        let change = AnalysisChange(from: CommonsSnapshot(analysis), to: CommonsSnapshot(analysis, commons: commons(), diagnostics: []))
        #expect(change.contributions == nil && change.newDiagnostics == nil && !change.comparedContent)
        #expect(change.isEmpty)
    }
}
