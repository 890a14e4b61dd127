import CommonsAnalysis
import CommonsModel
import Testing

@Suite struct AnalysisTests {
    @Test func everythingAfterTheAsOfDayIsLeftOut() {
        let analysis = Analysis(commons: commons(
            contributions: [work("ana", on: "2026-03-31", hours: 2), work("ben", on: "2026-04-01", hours: 5)],
            proposals: [proposal("later", by: "ana", opened: "2026-04-01", closes: "2026-04-14")]
        ), asOf: day("2026-03-31"))
        #expect(analysis.commons.contributions == 1)
        #expect(analysis.commons.hours == 2)
        #expect(analysis.projects["garden"]?.contributors == 1)
        #expect(analysis.proposals.isEmpty)
        #expect(analysis.contributors["ben"]?.contributions == 0)
    }

    @Test func everyProjectHasFiguresAndEveryStatusIsCounted() {
        let analysis = Analysis(commons: commons(
            projects: [project("garden"), project("shelf", status: .dormant), project("seeds", status: .dormant)],
            contributions: [work("ana", on: "2026-03-01")]
        ), asOf: day("2026-03-31"))
        #expect(analysis.projects.keys.sorted() == ["garden", "seeds", "shelf"])
        #expect(analysis.projects["shelf"]?.contributions == 0)
        #expect(analysis.projects["shelf"]?.months.isEmpty == true)
        #expect(analysis.projectStatuses == [.active: 1, .incubating: 0, .dormant: 2, .archived: 0])
    }

    @Test func theCommonsScopeSpansProjects() {
        let analysis = Analysis(commons: commons(
            projects: [project("garden"), project("orchard")],
            contributions: [work("ana", to: "garden", on: "2026-03-01", hours: 1),
                            work("ben", to: "orchard", on: "2026-03-02", hours: 3)]
        ), asOf: day("2026-03-31"))
        #expect(analysis.commons.contributors == 2)
        #expect(analysis.commons.hours == 4)
        #expect(analysis.projects["orchard"]?.hours == 3)
    }

    /// The size SPEC's users will reach: 50,000 contributions by 2,000 people on 20
    /// projects over four years, and 1,000 proposals. Eligibility must not rescan the
    /// ledger per proposal; this stays fast even in a debug build.
    @Test(.timeLimit(.minutes(1))) func aLargeCommonsIsAnalysedQuickly() {
        let projects = (0..<20).map { project("project-\($0)", maintainers: ["person-\($0)"]) }
        let start = day("2022-01-01").ordinal
        var generator = SplitMix(seed: 7)
        let contributions = (0..<50_000).map { i in
            let author = "person-\(generator.next() % 2000)"
            let handles = i % 7 == 0 ? [author, "person-\(generator.next() % 2000)"] : [author]
            return Contribution(id: "c\(i)", contributors: handles, project: "project-\(generator.next() % 20)",
                                date: Day(ordinal: start + Int(generator.next() % 1460)), kind: .code,
                                hours: Double(generator.next() % 16) / 4)
        }
        let proposals = (0..<1000).map { i in
            let opened = Day(ordinal: start + 30 + Int(generator.next() % 1400))
            return Proposal(id: "p\(i)", title: "P", author: "person-\(i % 2000)",
                            project: i % 5 == 0 ? nil : "project-\(i % 20)", opened: opened, closes: opened.adding(days: 14),
                            rule: .majority, quorum: .half,
                            votes: (0..<20).map { Vote(voter: "person-\(($0 * 97 + i) % 2000)", value: .yes) })
        }
        var settings = Settings(title: "Large")
        settings.eligibilityDays = 365
        let large = Commons(settings: settings, projects: projects,
                            contributors: (0..<2000).map { Contributor(handle: "person-\($0)", name: "P") },
                            contributions: contributions, proposals: proposals)
        let clock = ContinuousClock()
        var analysis: Analysis?
        let elapsed = clock.measure { analysis = Analysis(commons: large, asOf: day("2026-01-01")) }
        #expect(analysis?.commons.contributions == 50_000)
        #expect(analysis?.proposals.count == 1000)
        #expect(elapsed < .seconds(10), "took \(elapsed)")
        print("Analysis of 50,000 contributions and 1,000 proposals: \(elapsed)")
    }
}

/// A small deterministic random source, so the large commons is the same every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
    }
}
