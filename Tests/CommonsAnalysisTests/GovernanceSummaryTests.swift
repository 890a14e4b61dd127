@testable import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

@Suite struct GovernanceSummaryTests {
    /// Four people on the garden; proposals by ana, each with a different end.
    static let team = ["ana", "ben", "cy", "dee"].map { work($0, on: "2026-01-10") }

    @Test func everyStatusIsCountedZerosIncluded() {
        let analysis = Analysis(commons: commons(contributions: Self.team, proposals: [
            proposal("a", by: "ana", opened: "2026-02-01", closes: "2026-02-15"),
            proposal("b", by: "ana", opened: "2026-02-01", closes: "2026-02-15", votes: [vote("ben", .no)]),
        ]), asOf: day("2026-03-01"))
        #expect(analysis.governance.statuses == [.open: 0, .accepted: 1, .rejected: 1, .noQuorum: 0, .withdrawn: 0])
    }

    /// Participation: a 0/4, b 1/4, c 3/4, d 4/4 closed; the open and the withdrawn one
    /// do not count. Median of 0, 0.25, 0.75, 1 is (0.25 + 0.75) / 2.
    @Test func theMedianParticipationOfClosedProposals() {
        let everyone = ["ana", "ben", "cy", "dee"]
        let analysis = Analysis(commons: commons(contributions: Self.team, proposals: [
            proposal("a", by: "ana", opened: "2026-02-01", closes: "2026-02-15"),
            proposal("b", by: "ana", opened: "2026-02-01", closes: "2026-02-15", rule: .majority, votes: [vote("ben", .yes)]),
            proposal("c", by: "ana", opened: "2026-02-01", closes: "2026-02-15", votes: everyone.prefix(3).map { vote($0, .yes) }),
            proposal("d", by: "ana", opened: "2026-02-01", closes: "2026-02-15", votes: everyone.map { vote($0, .no) }),
            proposal("open", by: "ana", opened: "2026-02-01", closes: "2026-04-01", votes: everyone.map { vote($0, .yes) }),
            proposal("gone", by: "ana", opened: "2026-02-01", closes: "2026-02-15", withdrawn: true),
        ]), asOf: day("2026-03-01"))
        #expect(analysis.governance.statuses == [.open: 1, .accepted: 2, .rejected: 1, .noQuorum: 1, .withdrawn: 1])
        #expect(analysis.governance.participationMedian == 0.5)
    }

    @Test func noClosedProposalMeansNoMedian() {
        let analysis = Analysis(commons: commons(contributions: Self.team, proposals: [
            proposal("open", by: "ana", opened: "2026-02-01", closes: "2026-04-01"),
        ]), asOf: day("2026-03-01"))
        #expect(analysis.governance.participationMedian == nil)
    }

    @Test func medianOfOddAndEvenCounts() {
        #expect(median([0.5, 0.125, 0.25]) == 0.25)
        #expect(median([1, 0.25, 0.5, 0.75]) == 0.625)
        #expect(median([]) == nil)
    }
}
