@testable import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

/// An analysis that takes parts from the one before an edit equals one worked out afresh,
/// whatever the edit — and it does take them when the edit leaves them be.
@Suite struct AnalysedTests {
    static let asOf = day("2026-06-30")
    static let before = commons(
        projects: [project("garden", maintainers: ["cy"]), project("orchard")],
        people: [person("ana", of: "coop"), person("ben", of: "coop"), person("cy"), person("dee", of: "town")],
        contributions: [
            work("ana", to: "garden", on: "2025-11-02", hours: 3),
            work("ana", "ben", to: "garden", on: "2026-02-10", hours: 5, id: "pair"),
            work("cy", to: "garden", on: "2026-05-01", kind: .docs, hours: 1.5, paid: .paid),
            work("dee", to: "orchard", on: "2026-03-03", hours: 8, id: "pruning"),
            work("ben", to: "orchard", on: "2026-06-20", kind: .design, hours: 2),
            work("dee", to: "orchard", on: "2026-08-01", hours: 4),
        ],
        proposals: [
            proposal("paths", by: "ana", in: "garden", opened: "2026-06-01", closes: "2026-06-14",
                     rule: .majority, votes: [vote("ana", .yes), vote("ben", .no), vote("dee", .yes)]),
            proposal("fence", by: "dee", in: "orchard", opened: "2026-06-10", closes: "2026-07-10",
                     votes: [vote("ben", .yes)]),
            proposal("charter", by: "cy", in: nil, opened: "2026-04-01", closes: "2026-04-20",
                     rule: .consent, votes: [vote("ana", .yes), vote("cy", .yes)]),
        ])

    /// The commons after one edit.
    static let edits: [(String, @Sendable (inout Commons) -> Void)] = [
        ("nothing", { _ in }),
        ("hours", { $0.contributions[1].hours = 6 }),
        ("kind", { $0.contributions[0].kind = .review }),
        ("day", { $0.contributions[3].date = day("2026-06-25"); $0.contributions.sort { ($0.date, $0.id) < ($1.date, $1.id) } }),
        ("people", { $0.contributions[2].contributors = ["ben"] }),
        ("project", { $0.contributions[3].project = "orchard" }),
        ("added", { $0.contributions.append(work("ana", to: "orchard", on: "2026-06-29", hours: 1)) }),
        ("removed", { $0.contributions.remove(at: 4) }),
        ("affiliation", { $0.contributors[2].affiliation = "town" }),
        ("maintainers", { $0.projects[1].maintainers = ["ben"] }),
        ("project title", { $0.projects[0].title = "Garden beds" }),
        ("vote", { $0.proposals[1].votes.append(vote("ana", .no)) }),
        ("active window", { $0.settings.activeDays = 30 }),
        ("eligibility window", { $0.settings.eligibilityDays = 60 }),
    ]

    /// As of a day with work after it, and of one after all work (the analysis then
    /// takes the model's list and the trends' grouping as they are).
    @Test(arguments: edits.indices, [asOf, day("2026-12-31")])
    func reusingGivesWhatWorkingOutAfreshGives(_ index: Int, asOf: Day) {
        let (_, edit) = Self.edits[index]
        var after = Self.before
        edit(&after)
        let earlier = Analysis(commons: Self.before, asOf: asOf)
        let trends = Trends(commons: after, asOf: asOf, reusing: earlier.trends)
        let reused = Analysis(commons: after, asOf: asOf, trends: trends, reusing: earlier)
        let fresh = Analysis(commons: after, asOf: asOf)
        #expect(reused.commons == fresh.commons)
        #expect(reused.projects == fresh.projects)
        #expect(reused.proposals == fresh.proposals)
        #expect(reused.contributors == fresh.contributors)
        #expect(reused.contributorKinds == fresh.contributorKinds)
        #expect(reused.governance == fresh.governance)
        #expect(reused.health == fresh.health)
        #expect(reused.trends.commons == fresh.trends.commons)
        #expect(reused.trends.projects == fresh.trends.projects)
    }

    @Test func anEditOfHoursKeepsTheOtherProjectAndEveryOutcome() {
        var after = Self.before
        after.contributions[1].hours = 6  // garden's
        let earlier = Analysis(commons: Self.before, asOf: Self.asOf)
        let reuse = Analysed.Reuse(earlier: earlier, asOf: Self.asOf, settings: after.settings,
                                   affiliations: affiliations(after), projects: after.projects)
        let now = after.contributions.filter { $0.date <= Self.asOf }
        #expect(!reuse.contributionsAsBefore(now))
        #expect(reuse.figures(ofProject: "orchard", from: now.filter { $0.project == "orchard" }) != nil)
        #expect(reuse.figures(ofProject: "garden", from: now.filter { $0.project == "garden" }) == nil)
        #expect(reuse.eligibilityAsBefore(now))
        #expect(reuse.outcome(of: after.proposals[0]) != nil)
    }

    @Test func anEditOfADayOrAVoteTellsWhoMayVoteAgain() {
        var moved = Self.before
        moved.contributions[0].date = day("2026-01-02")
        let earlier = Analysis(commons: Self.before, asOf: Self.asOf)
        let reuse = Analysed.Reuse(earlier: earlier, asOf: Self.asOf, settings: moved.settings,
                                   affiliations: affiliations(moved), projects: moved.projects)
        #expect(!reuse.eligibilityAsBefore(moved.contributions.filter { $0.date <= Self.asOf }))
        var voted = Self.before
        voted.proposals[0].votes.append(vote("cy", .yes))
        #expect(reuse.outcome(of: voted.proposals[0]) == nil)
        #expect(reuse.outcome(of: voted.proposals[1]) != nil)
    }

    private func affiliations(_ commons: Commons) -> [String: String?] {
        Dictionary(commons.contributors.map { ($0.handle, $0.affiliation) }, uniquingKeysWith: { first, _ in first })
    }
}
