@testable import CommonsAnalysis
import Testing

@Suite struct ElephantFactorTests {
    let affiliations: [String: String] = ["ana": "Acme", "ben": "Acme", "dee": "Beta"]

    @Test func sharesAreSummedByAffiliation() {
        // Acme 3 + 2 = 5 of 10 reaches half on its own, although cy is the largest person.
        let shares = ["ana": 3.0, "ben": 2, "cy": 4, "dee": 1]
        #expect(organisationShares(shares, affiliation: { affiliations[$0] }) ==
            [.affiliation("Acme"): 5, .person(handle: "cy"): 4, .affiliation("Beta"): 1])
        #expect(elephantFactor(shares, affiliation: { affiliations[$0] }) == 1)
    }

    @Test func peopleWithoutAffiliationAreTheirOwnOrganisation() {
        #expect(elephantFactor(["ana": 1, "ben": 1, "cy": 1, "dee": 1], affiliation: { _ in nil }) == 2)
    }

    @Test func aHandleNeverMergesWithAnAffiliationOfTheSameName() {
        let shares = ["acme": 3.0, "ben": 3, "cy": 4]
        #expect(elephantFactor(shares, affiliation: { $0 == "ben" ? "acme" : nil }) == 2)
    }

    @Test func noCreditGivesZero() {
        #expect(elephantFactor([:], affiliation: { _ in nil }) == 0)
    }
}
