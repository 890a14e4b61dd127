import CommonsModel

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
            .sorted { ($0.outcome.closes, $0.id) < ($1.outcome.closes, $1.id) }
        let since = analysis.asOf.adding(days: -(Self.recentDays - 1))
        recentDecisions = lines.filter { $0.outcome.status.isClosed && $0.outcome.closes >= since }
            .sorted { ($1.outcome.closes, $0.id) < ($0.outcome.closes, $1.id) }
        recentSince = since
    }

    /// How much happened: contributions, hours, people.
    var activity: [(label: String, value: String)] {
        [
            ("contributions", "\(commons.contributions)"),
            ("hours", ReportNumber.hours(commons.hours)),
            ("contributors", "\(commons.contributors)"),
            ("active", "\(commons.activeContributors)"),
        ]
    }

    /// How evenly it is spread, on the scope's basis.
    var distribution: [(label: String, value: String)] {
        [
            ("bus factor", "\(commons.busFactor)"),
            ("elephant factor", "\(commons.elephantFactor)"),
            ("Gini", ReportNumber.fraction(commons.gini)),
            ("top 10 % hold", ReportNumber.percent(commons.top10Share)),
        ]
    }

    /// "unpaid 82.2 % · stipend 8.6 % · paid 9.2 % (of hours)".
    var compensationLine: String {
        let shares = Compensation.allCases.map { "\($0.rawValue) \(ReportNumber.percent(commons.compensation[$0]))" }
        return shares.joined(separator: " · ") + " (of \(commons.basis.rawValue))"
    }

    /// "26 proposals: 1 open · 10 accepted · …; median participation 30 %".
    var governanceLine: String {
        let statuses = ProposalStatus.allCases.map { "\(governance.statuses[$0] ?? 0) \($0.words)" }
        let median = governance.participationMedian.map { "median participation \(ReportNumber.percent($0))" }
            ?? "no closed proposals yet"
        return "\(proposalCount) proposal\(proposalCount == 1 ? "" : "s"): " + statuses.joined(separator: " · ") + "; " + median
    }
}
