@testable import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

@Suite struct CreditTests {
    @Test func coAuthoredWorkSplitsHoursAndCountEqually() {
        let credit = creditByPerson([
            work("ana", "ben", on: "2026-01-05", hours: 3),
            work("ana", on: "2026-01-06", hours: 1),
        ])
        #expect(credit["ana"] == Credit(contributions: 1.5, hours: 2.5))
        #expect(credit["ben"] == Credit(contributions: 0.5, hours: 1.5))
    }

    @Test func threeCoAuthorsEachGetAThird() {
        let credit = creditByPerson([work("ana", "ben", "cy", on: "2026-01-05", hours: 1)])
        #expect(credit.count == 3)
        #expect(credit.values.allSatisfy { $0 == Credit(contributions: 1.0 / 3, hours: 1.0 / 3) })
    }

    @Test func aHandleListedTwiceIsCreditedOnce() {
        let credit = creditByPerson([work("ana", "ana", on: "2026-01-05", hours: 2)])
        #expect(credit["ana"] == Credit(contributions: 1, hours: 2))
    }

    @Test func workWithoutHoursStillCreditsTheContribution() {
        let credit = creditByPerson([work("ana", on: "2026-01-05")])
        #expect(credit["ana"] == Credit(contributions: 1, hours: 0))
        #expect(credit["ana"]?.share(on: .contributions) == 1)
        #expect(credit["ana"]?.share(on: .hours) == 0)
    }
}
