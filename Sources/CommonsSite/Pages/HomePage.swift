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
        let cues = HealthCues(scope, scope: .commons, in: analysis)
        let figures = [
            FigureList.item("Projects", Words.count(publication.commons.projects.count), statuses.joined(separator: ", ")),
            FigureList.item("People", Words.count(scope.contributors), "credited with work"),
            FigureList.item("Active", cues.activePeople, "people in the last \(Words.plural(publication.settings.activeDays, "day"))"),
            FigureList.item("Hours in \(year)", cues.hours(scope.hours(inYear: year)), "up to \(publication.asOf.inWords)"),
            FigureList.item("Unpaid", cues.unpaidShare, of),
            FigureList.item("Bus factor", cues.busFactor, "people hold half \(of)"),
        ]
        // On a phone a long introduction would push every figure out of sight: its first
        // paragraph says what the commons is, the figures follow, then the rest of it.
        let (lead, intro) = HomePage.split(publication.html(publication.settings.body))
        var context: [String: Any] = [
            "introLead": lead,
            "intro": intro,
            "figures": figures,
            "activity": ChartFigure.months(scope, id: "home-months", of: publication.settings.title, asOf: publication.asOf).context(),
            "contributions": rows.table(publication.ledger.indices.prefix(latestContributions), on: .home),
            "open": ProposalRow.list(ProposalRow.open(publication.proposals), in: publication),
            "decisions": ProposalRow.list(ProposalRow.decided(publication.proposals).filter { $0.outcome.status.isClosed }
                .prefix(latestDecisions), in: publication),
        ]
        context["homeTitle"] = publication.settings.title
        return context
    }

    /// Rendered HTML as its opening paragraph and the rest; ("", html) when it opens
    /// with anything else (a heading, a list), which then stays whole.
    static func split(_ html: String) -> (lead: String, rest: String) {
        guard html.hasPrefix("<p>"), let end = html.firstRange(of: "</p>\n") else { return ("", html) }
        return (String(html[..<end.upperBound]), String(html[end.upperBound...]))
    }
}
