import CommonsAnalysis
import CommonsModel
import CommonsSupport

/// What `commons report` shows, chosen and ordered once so that the text and the
/// Markdown forms differ only in layout.
struct ReportContent {
    struct ProjectRow {
        let slug: String
        let title: String
        let status: ProjectStatus
        let figures: ScopeFigures
    }

    struct ProposalLine {
        let id: String
        let title: String
        let outcome: ProposalOutcome
    }

    /// How far back "recent decisions" reach: decisions that closed in the 30 days up
    /// to and including the as-of day.
    static let recentDays = 30

    let title: String
    let asOf: Day
    let commons: ScopeFigures
    let governance: GovernanceSummary
    /// In slug order.
    let projects: [ProjectRow]
    /// Closing soonest first.
    let openProposals: [ProposalLine]
    /// Closed (accepted, rejected, no quorum) in the last `recentDays` days, latest first.
    let recentDecisions: [ProposalLine]
    /// The first day "recent decisions" cover.
    let recentSince: Day
    let proposalCount: Int

    init(_ analysis: Analysis, commons model: Commons) {
        title = model.settings.title
        asOf = analysis.asOf
        commons = analysis.commons
        governance = analysis.governance
        projects = model.projects.compactMap { project in
            analysis.projects[project.slug].map {
                ProjectRow(slug: project.slug, title: project.title, status: project.status, figures: $0)
            }
        }
        let lines = model.proposals.compactMap { proposal in
            analysis.proposals[proposal.id].map { ProposalLine(id: proposal.id, title: proposal.title, outcome: $0) }
        }
        proposalCount = lines.count
        openProposals = lines.filter { $0.outcome.status == .open }
            .sorted { ProposalOutcome.closingSoonestFirst($0.outcome, $1.outcome) }
        let since = analysis.asOf.adding(days: -(Self.recentDays - 1))
        recentDecisions = lines.filter { $0.outcome.status.isClosed && $0.outcome.closes >= since }
            .sorted { ProposalOutcome.latestCloseFirst($0.outcome, $1.outcome) }
        recentSince = since
    }

    /// A figure with what it means in plain words, for those that need saying.
    struct Figure {
        let label: String
        let value: String
        var meaning: String? = nil
    }

    /// How much happened: contributions, hours, people.
    var activity: [Figure] {
        [
            Figure(label: "contributions", value: "\(commons.contributions)"),
            Figure(label: "hours", value: Self.hours(commons)),
            Figure(label: "contributors", value: "\(commons.contributors)"),
            Figure(label: "active", value: "\(commons.activeContributors)"),
        ]
    }

    /// How evenly it is spread, on the scope's basis.
    var distribution: [Figure] {
        let top = Swift.max(1, (commons.contributors + 9) / 10)
        return [
            Figure(label: "bus factor", value: Self.busFactor(commons),
                   meaning: "the fewest people who together did half the work"),
            Figure(label: "elephant factor", value: Self.elephantFactor(commons),
                   meaning: "the fewest organisations that together did half the work"),
            Figure(label: "Gini", value: Self.gini(commons),
                   meaning: "0 if everyone did the same amount, 1 if one person did it all"),
            Figure(label: "top 10 % hold", value: Self.top10Share(commons),
                   meaning: "the share of the work done by the busiest " + (top == 1 ? "person" : "\(top) people")),
        ]
    }

    /// What "the work" of `distribution` counts: "hours" or "contributions".
    var workMeasure: String { commons.basis.rawValue }

    /// A project's name for a reader: "Repair Café (repair-cafe)", or the slug alone when
    /// the title is the slug.
    static func name(_ row: ProjectRow) -> String {
        row.title == row.slug ? row.slug : "\(row.title) (\(row.slug))"
    }

    // The figures that compare people say so when there is no one, or one person, to
    // compare: a Gini of 0 or a top-10 % share of 100 % says nothing about one person.

    /// "not recorded" when there is work but nobody wrote down hours: 0 would read as idle.
    static func hours(_ figures: ScopeFigures) -> String {
        figures.contributions > 0 && figures.hours == 0 ? "not recorded" : ReportNumber.hours(figures.hours)
    }

    static func busFactor(_ figures: ScopeFigures) -> String {
        figures.contributors == 0 ? noWork : "\(figures.busFactor)"
    }

    static func elephantFactor(_ figures: ScopeFigures) -> String {
        figures.contributors == 0 ? noWork : "\(figures.elephantFactor)"
    }

    static func gini(_ figures: ScopeFigures) -> String {
        fewerThanTwo(figures) ?? ReportNumber.fraction(figures.gini)
    }

    static func top10Share(_ figures: ScopeFigures) -> String {
        fewerThanTwo(figures) ?? ReportNumber.percent(figures.top10Share)
    }

    private static let noWork = "n/a (no work yet)"

    private static func fewerThanTwo(_ figures: ScopeFigures) -> String? {
        switch figures.contributors {
        case 0: return noWork
        case 1: return "n/a (one person)"
        default: return nil
        }
    }

    /// "unpaid 82.2 % · stipend 8.6 % · paid 9.2 % (of hours)".
    var compensationLine: String {
        let shares = Compensation.allCases.map { "\($0.rawValue) \(ReportNumber.percent(commons.compensation[$0]))" }
        return shares.joined(separator: " · ") + " (of \(commons.basis.rawValue))"
    }

    /// "26 proposals: 1 open · 10 accepted · …; median participation 30 %".
    var governanceLine: String { governanceParts.joined(separator: "; ") }

    /// The governance line's two halves: the proposals by status, and the median
    /// participation.
    var governanceParts: [String] {
        let statuses = ProposalStatus.allCases.map { "\(governance.statuses[$0] ?? 0) \($0.words)" }
        let median = governance.participationMedian.map { "median participation \(ReportNumber.percent($0))" }
            ?? "no closed proposals yet"
        return ["\(proposalCount) proposal\(proposalCount == 1 ? "" : "s"): " + statuses.joined(separator: " · "), median]
    }
}
