import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

@Suite struct CompensationSharesTests {
    @Test func sharesOfHours() {
        let shares = CompensationShares([
            work("ana", on: "2026-01-01", hours: 6),
            work("ben", on: "2026-01-02", hours: 3, paid: .stipend),
            work("cy", on: "2026-01-03", hours: 1, paid: .paid),
            work("cy", on: "2026-01-04", hours: 0, paid: .paid),
        ])
        #expect(shares == CompensationShares(unpaid: 0.6, stipend: 0.3, paid: 0.1))
    }

    @Test func withoutHoursSharesOfContributions() {
        let shares = CompensationShares([
            work("ana", on: "2026-01-01"), work("ana", on: "2026-01-02"), work("ben", on: "2026-01-03"),
            work("cy", on: "2026-01-04", paid: .paid),
        ])
        #expect(shares == CompensationShares(unpaid: 0.75, stipend: 0, paid: 0.25))
        #expect(shares[.paid] == 0.25)
    }

    @Test func anEmptyScopeHasNoShares() {
        #expect(CompensationShares([]) == CompensationShares(unpaid: 0, stipend: 0, paid: 0))
    }
}
