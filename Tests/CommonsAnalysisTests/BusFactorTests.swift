@testable import CommonsAnalysis
import Testing

@Suite struct BusFactorTests {
    @Test func oneLargeShareReachingHalfIsEnough() {
        let shares = RankedShares(["ana": 5, "ben": 3, "cy": 2])
        #expect(busFactor(shares) == 1)
        #expect(busFactorHolders(shares) == ["ana"])
    }

    @Test func justUnderHalfNeedsTheNextPerson() {
        #expect(busFactor(RankedShares(["ana": 4.9, "ben": 4.8, "cy": 0.3])) == 2)
    }

    @Test func tiesAreBrokenByHandle() {
        let shares = RankedShares(["zed": 3, "amy": 3, "bob": 1])
        #expect(shares.ranked.map(\.holder) == ["amy", "zed", "bob"])
        #expect(busFactor(shares) == 2)
        #expect(busFactorHolders(shares) == ["amy", "zed"])
    }

    @Test func evenSharesNeedHalfThePeople() {
        let shares = RankedShares(["dee": 2, "cy": 2, "ben": 2, "ana": 2])
        #expect(busFactor(shares) == 2)
        #expect(busFactorHolders(shares) == ["ana", "ben"])
    }

    /// 0.1 + 0.2 + 0.3 is 0.6000000000000001 in binary floating point, whose half is a
    /// hair above 0.3: the exact half must still count.
    @Test func anExactHalfCountsDespiteRounding() {
        #expect(busFactor(RankedShares(["ana": 0.3, "ben": 0.2, "cy": 0.1])) == 1)
    }

    @Test func nothingToShareGivesZero() {
        #expect(busFactor(RankedShares([String: Double]())) == 0)
        #expect(busFactor(RankedShares(["ana": 0, "ben": 0])) == 0)
    }
}
