import Testing
@testable import CommonsSite

@Suite struct SiteSectionTests {
    /// Hashed and compared by case through `Hashable`, as every page's fingerprint hashes it.
    @Test func aSectionIsHashedByItsCase() {
        for (place, section) in SiteSection.allCases.enumerated() {
            var hasher = Hasher(), place8 = Hasher()
            hasher.combine(section)
            place8.combine(UInt8(place))
            #expect(hasher.finalize() == place8.finalize())
            #expect(SiteSection.allCases.filter { $0 == section } == [section])
        }
    }
}
