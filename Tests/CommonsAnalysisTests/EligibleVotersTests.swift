@testable import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

@Suite struct EligibleVotersTests {
    func voters(_ contributions: [Contribution], projects: [Project] = [project("garden")],
                for proposal: Proposal, eligibilityDays: Int = 365) -> [String] {
        EligibleVoters(contributions: contributions, projects: projects, eligibilityDays: eligibilityDays)
            .voters(for: proposal)
    }

    /// Opened 2026-03-01, 365 days back: the window is [2025-03-01, 2026-03-01], both ends in.
    @Test func theWindowIncludesBothEnds() {
        let eligible = voters([
            work("ana", on: "2025-03-01"), work("ben", on: "2025-02-28"),
            work("cy", on: "2026-03-01"), work("dee", on: "2026-03-02"),
        ], for: proposal("p", by: "cy", opened: "2026-03-01", closes: "2026-03-15"))
        #expect(eligible == ["ana", "cy"])
    }

    /// 365 days before 2024-03-01 is 2023-03-02: the window counts days, not years.
    @Test func theWindowCountsDaysAcrossALeapYear() {
        let eligible = voters([work("ana", on: "2023-03-01"), work("ben", on: "2023-03-02")],
                              for: proposal("p", by: "zed", opened: "2024-03-01", closes: "2024-03-15"))
        #expect(eligible == ["ben", "zed"])
    }

    @Test func onlyWorkOnTheProposalsProjectCounts() {
        let eligible = voters([work("ana", to: "garden", on: "2026-01-01"), work("ben", to: "orchard", on: "2026-01-01")],
                              projects: [project("garden"), project("orchard")],
                              for: proposal("p", by: "ana", in: "garden", opened: "2026-03-01", closes: "2026-03-15"))
        #expect(eligible == ["ana"])
    }

    @Test func aCommonsWideProposalCountsWorkOnAnyProject() {
        let eligible = voters([work("ana", to: "garden", on: "2026-01-01"), work("ben", to: "orchard", on: "2026-01-01")],
                              projects: [project("garden", maintainers: ["mo"]), project("orchard")],
                              for: proposal("p", by: "ana", in: nil, opened: "2026-03-01", closes: "2026-03-15"))
        #expect(eligible == ["ana", "ben"])
    }

    @Test func maintainersAndTheAuthorAreEligibleWithoutWork() {
        let eligible = voters([work("cy", on: "2026-01-01"), work("mo", on: "2026-01-02")],
                              projects: [project("garden", maintainers: ["mo", "lu"])],
                              for: proposal("p", by: "zed", opened: "2026-03-01", closes: "2026-03-15"))
        #expect(eligible == ["cy", "lu", "mo", "zed"])
    }

    @Test func coAuthorsAreEachEligible() {
        let eligible = voters([work("ana", "ben", on: "2026-01-01")],
                              for: proposal("p", by: "ana", opened: "2026-03-01", closes: "2026-03-15"))
        #expect(eligible == ["ana", "ben"])
    }

    @Test(arguments: [
        ([], false),
        ([10, 11], false),       // all before the window
        ([30, 31], false),       // all after it
        ([10, 20], true),        // on its first day
        ([25, 40], true),        // on its last day
        ([1, 2, 3, 22, 50], true),
        ([19, 26], false),       // one day either side
    ])
    func aDayInTheWindowIsFoundByBinarySearch(days: [Int], found: Bool) {
        let window = Day(ordinal: 20)...Day(ordinal: 25)
        #expect(EligibleVoters.hasDay(in: window, days) == found)
    }
}
