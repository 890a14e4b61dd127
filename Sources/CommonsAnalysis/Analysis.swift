import CommonsModel
import CommonsSupport

/// Everything `commons` says about a commons as of a day: the statistics of SPEC §2 and
/// the governance of SPEC §3. Pure: the same commons and day give the same analysis.
///
/// Contributions dated after the day, proposals opened after it and votes dated after it
/// are left out of every figure, so a site built "as of" a past day shows that day.
public struct Analysis: Sendable {
    public let asOf: Day
    /// The whole commons as one scope.
    public let commons: ScopeFigures
    /// How many projects have each status, all four listed.
    public let projectStatuses: [ProjectStatus: Int]
    /// Per project slug, every project (an empty one has empty figures).
    public let projects: [String: ScopeFigures]
    /// Per handle, every contributor.
    public let contributors: [String: ContributorFigures]
    /// Per proposal id, every proposal opened on or before the as-of day.
    public let proposals: [String: ProposalOutcome]
    public let governance: GovernanceSummary
    /// Per handle, the kinds of work the person did; absent for someone without any.
    public let contributorKinds: [String: [Kind: KindTotals]]
    /// Each health goal commons.md sets, against each scope it reaches; empty without goals.
    public let health: [HealthCheck]
    /// Two years of the health figures, month end by month end.
    public let trends: Trends

    /// What the figures were worked out from, for the next analysis to compare with.
    let analysed: Analysed

    /// - Parameters:
    ///   - trends: the commons' trends as of the day, when already traced (the build
    ///     traces them as a step of their own, to show what they cost); else traced here.
    ///   - earlier: the analysis of the same commons before an edit (a preview's): each
    ///     part whose inputs are equal to its inputs then is taken from it (`Analysed`).
    public init(commons model: Commons, asOf: Day, trends: Trends? = nil, reusing earlier: Analysis? = nil) {
        self.asOf = asOf
        let settings = model.settings
        // Kept in the model's order (date, then id): no figure depends on the order but
        // floating-point sums, and those only need it to be the same every time.
        let trends = trends ?? Trends(commons: model, asOf: asOf)
        // When none is after the day, the model's own list — and the trends' grouping of
        // it by project — serve as they are, rather than a filtered copy.
        let noneAfter = model.contributions.allSatisfy { $0.date <= asOf }
        let contributions = noneAfter ? model.contributions : model.contributions.filter { $0.date <= asOf }
        let grouped = noneAfter ? trends.byProject(of: model.contributions) : nil
        let proposals = model.proposals.filter { $0.opened <= asOf }

        let affiliations = Dictionary(model.contributors.map { ($0.handle, $0.affiliation) },
                                      uniquingKeysWith: { first, _ in first })
        let affiliation: @Sendable (String) -> String? = { affiliations[$0] ?? nil }
        @Sendable func figures(_ contributions: [Contribution]) -> ScopeFigures {
            ScopeFigures(contributions: contributions, asOf: asOf, activeDays: settings.activeDays, affiliation: affiliation)
        }
        var statuses = Dictionary(uniqueKeysWithValues: ProjectStatus.allCases.map { ($0, 0) })
        for project in model.projects { statuses[project.status, default: 0] += 1 }
        projectStatuses = statuses
        let reuse = earlier.map {
            Analysed.Reuse(earlier: $0, asOf: asOf, settings: settings, affiliations: affiliations, projects: model.projects)
        }

        // The commons' figures on one core; its projects', governance, each person's
        // figures and kinds of work on the other: none reads another, and the two halves
        // weigh about the same.
        let same = reuse?.contributionsAsBefore(contributions) == true
        let (commons, (projects, byProject, governance, kinds)) = both({
            (same ? reuse?.commonsFigures : nil) ?? figures(contributions)
        }, {
            let kinds = (same ? reuse?.earlier.contributorKinds : nil) ?? kindsByContributor(contributions)
            let byProject = grouped ?? Dictionary(grouping: contributions, by: \.project)
            let projects = Dictionary(model.projects.map { project in
                let scope = byProject[project.slug] ?? []
                return (project.slug, reuse?.figures(ofProject: project.slug, from: scope) ?? figures(scope))
            }, uniquingKeysWith: { first, _ in first })
            // Outcomes are worked out again only when who may vote may have changed, or the proposal did.
            let sameVoters = reuse?.eligibilityAsBefore(contributions) == true
            var eligibleVoters: EligibleVoters?
            let outcomes = Dictionary(proposals.map { proposal in
                if sameVoters, let outcome = reuse?.outcome(of: proposal) { return (proposal.id, outcome) }
                eligibleVoters = eligibleVoters ?? EligibleVoters(contributions: contributions, projects: model.projects,
                                                                  eligibilityDays: settings.eligibilityDays)
                return (proposal.id, ProposalOutcome(proposal: proposal, eligibleVoters: eligibleVoters!, asOf: asOf))
            }, uniquingKeysWith: { first, _ in first })
            let people = contributorFigures(contributors: model.contributors, contributions: contributions,
                                            proposals: proposals, outcomes: outcomes)
            return (projects, byProject, (outcomes, GovernanceSummary(outcomes.values), people), kinds)
        })
        self.commons = commons
        self.projects = projects
        contributorKinds = kinds
        (self.proposals, self.governance, contributors) = governance
        health = healthChecks(goals: settings.health, commons: commons, projects: model.projects, figures: projects)
        self.trends = trends
        analysed = Analysed(asOf: asOf, settings: settings, affiliations: affiliations, projects: model.projects,
                            contributions: contributions, byProject: byProject,
                            proposals: Dictionary(proposals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
    }
}
