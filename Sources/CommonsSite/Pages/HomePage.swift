import CommonsAnalysis
import CommonsModel

/// `/`: the commons' introduction, its headline figures, a year of activity, the latest
/// work, what is open for a vote and what was decided lately.
struct HomePage {
    static let latestContributions = 10
    static let latestDecisions = 5

    let publication: Publication
    let rows: ContributionRows

    func pages() -> [PageJob] {
        let publication = publication
        let rows = rows
        return [PageJob(path: .home, kind: .home, section: .home, source: "commons.md") {
            HomePage.context(publication, rows)
        }]
    }

    static func context(_ publication: Publication, _ rows: ContributionRows) -> [String: Any] {
        let analysis = publication.analysis
        let scope = analysis.commons
        let year = publication.asOf.components.year
        let statuses = ProjectStatus.allCases.compactMap { status -> String? in
            let n = analysis.projectStatuses[status] ?? 0
            return n > 0 ? "\(n) \(status.rawValue)" : nil
        }
        let of = scope.basis == .hours ? "of the hours" : "of the contributions"
        let figures = [
            FigureList.item("Projects", Words.count(publication.commons.projects.count), statuses.joined(separator: ", ")),
            FigureList.item("People", Words.count(scope.contributors), "credited with work"),
            FigureList.item("Active", Words.count(scope.activeContributors), "in the last \(Words.plural(publication.settings.activeDays, "day"))"),
            FigureList.item("Hours in \(year)", Words.hours(scope.hours(inYear: year)), "up to \(publication.asOf.inWords)"),
            FigureList.item("Unpaid", Words.percent(scope.compensation.unpaid), of),
            FigureList.item("Bus factor", Words.count(scope.busFactor), "people hold half \(of)"),
        ]
        var context: [String: Any] = [
            "intro": publication.html(publication.settings.body),
            "figures": figures,
            "activity": ChartFigure.months(scope, id: "home-months", of: publication.settings.title).context(),
            "contributions": rows.table(publication.ledger.prefix(latestContributions), on: .home),
            "open": ProposalRow.list(ProposalRow.open(publication.proposals), in: publication),
            "decisions": ProposalRow.list(ProposalRow.decided(publication.proposals).filter { $0.outcome.status.isClosed }
                .prefix(latestDecisions), in: publication),
        ]
        context["homeTitle"] = publication.settings.title
        return context
    }
}
