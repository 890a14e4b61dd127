@testable import CommonsAnalysis
import Testing

@Suite struct GiniTests {
    @Test func onePersonIsPerfectlyEqual() {
        #expect(gini([5]) == 0)
    }

    @Test func equalSharesGiveExactlyZero() {
        #expect(gini([2, 2, 2]) == 0)
        #expect(gini([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]) == 0)
    }

    @Test(arguments: [
        ([1.0, 2, 3, 4], 0.25),           // (−3·1 − 1·2 + 1·3 + 3·4) / (4·10)
        ([3.0, 1, 2], 2.0 / 9),           // order does not matter: (−2·1 + 0·2 + 2·3) / (3·6)
        ([0.0, 0, 0, 10], 0.75),          // people with no hours count: 3·10 / (4·10)
    ])
    func handComputed(shares: [Double], expected: Double) {
        #expect(gini(shares) == expected)
    }

    @Test func nothingToShareGivesZero() {
        #expect(gini([]) == 0)
        #expect(gini([0, 0]) == 0)
    }

    @Test func topTenthOfElevenIsTheTwoLargest() {
        let shares = RankedShares(Dictionary(uniqueKeysWithValues: (1...11).map { ("p\($0)", Double($0)) }))
        #expect(topTenShare(shares) == 21.0 / 66)
    }

    @Test func topTenthOfTenIsTheLargest() {
        let shares = RankedShares(Dictionary(uniqueKeysWithValues: (1...10).map { ("p\($0)", Double($0)) }))
        #expect(topTenShare(shares) == 10.0 / 55)
    }

    @Test func topTenthOfFewIsStillOnePerson() {
        #expect(topTenShare(RankedShares(["ana": 1, "ben": 3])) == 0.75)
        #expect(topTenShare(RankedShares(["ana": 0.0])) == 0)
    }
}
