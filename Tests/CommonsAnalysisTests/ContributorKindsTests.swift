import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

@Suite struct ContributorKindsTests {
    @Test func kindsCountWholeContributionsAndCreditedHours() throws {
        let analysis = Analysis(commons: commons(people: [person("ana"), person("ben"), person("newcomer")], contributions: [
            work("ana", on: "2026-03-01", kind: .code, hours: 6),
            work("ana", "ben", on: "2026-03-02", kind: .docs, hours: 3),
            work("ana", on: "2026-03-03", kind: .docs),
            work("ben", on: "2026-04-03", kind: .care, hours: 9),  // after the as-of day
        ]), asOf: day("2026-03-31"))
        let ana = try #require(analysis.contributorKinds["ana"])
        #expect(ana == [.code: KindTotals(contributions: 1, hours: 6), .docs: KindTotals(contributions: 2, hours: 1.5)])
        #expect(analysis.contributorKinds["ben"] == [.docs: KindTotals(contributions: 1, hours: 1.5)])
        #expect(analysis.contributorKinds["newcomer"] == nil)
    }
}
