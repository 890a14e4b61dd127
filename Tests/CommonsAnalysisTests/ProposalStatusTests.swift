import Testing
@testable import CommonsAnalysis

@Suite struct ProposalStatusTests {
    /// Hashed and compared by case through `Hashable`, as tables and fingerprints do.
    @Test func aStatusIsHashedByItsCase() {
        for (place, status) in ProposalStatus.allCases.enumerated() {
            var hasher = Hasher(), place8 = Hasher()
            hasher.combine(status)
            place8.combine(UInt8(place))
            #expect(hasher.finalize() == place8.finalize())
            #expect(ProposalStatus.allCases.filter { $0 == status } == [status])
        }
    }
}
