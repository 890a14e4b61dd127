import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

@Suite struct ProposalOutcomeOrderTests {
    /// Two proposals close on the same day, listed in the file against id order; a third
    /// closes earlier.
    static let outcomes = Array(Analysis(commons: commons(proposals: [
        proposal("2026/pond", by: "ana", opened: "2026-03-01", closes: "2026-03-20"),
        proposal("2026/benches", by: "ana", opened: "2026-03-02", closes: "2026-03-20"),
        proposal("2026/compost", by: "ana", opened: "2026-03-03", closes: "2026-03-10"),
    ]), asOf: day("2026-03-31")).proposals.values)

    @Test func closingSoonestFirstBreaksTiesById() {
        let ids = Self.outcomes.sorted(by: ProposalOutcome.closingSoonestFirst).map(\.id)
        #expect(ids == ["2026/compost", "2026/benches", "2026/pond"])
    }

    /// Latest first, but a tie still reads in id order, not reversed.
    @Test func latestCloseFirstBreaksTiesById() {
        let ids = Self.outcomes.sorted(by: ProposalOutcome.latestCloseFirst).map(\.id)
        #expect(ids == ["2026/benches", "2026/pond", "2026/compost"])
    }
}
