import CommonsAnalysis
import CommonsModel

/// `/stats/`: every figure of the commons, each with one sentence saying what it means,
/// the pictures behind them, the projects side by side, and the link to stats.json.
struct StatsPage {
    let publication: Publication

    func pages() -> [PageJob] {
        let publication = publication
        return [PageJob(path: .stats, kind: .stats, section: .stats, source: nil) {
            StatsPage.context(publication)
        }]
    }

    static func context(_ publication: Publication) -> [String: Any] {
        let scope = publication.analysis.commons
        let settings = publication.settings
        let basis = scope.basis == .hours ? "hours" : "contributions"
        let of = "of the \(basis)"
        let figures: [[String: Any]] = [
            explained("Contributions", Words.count(scope.contributions),
                      "Pieces of work recorded in the ledger up to \(publication.asOf.inWords)."),
            explained("Hours", Words.hours(scope.hours),
                      "The hours people wrote down for that work; work without hours counts as none."),
            explained("People", Words.count(scope.contributors),
                      "Everyone credited with at least one contribution; co-authors each count."),
            explained("Active people", Words.count(scope.activeContributors),
                      "People with a contribution in the last \(Words.plural(settings.activeDays, "day")), up to \(publication.asOf.inWords)."),
            explained("Measured in", basis,
                      scope.basis == .hours
                        ? "The figures below compare people by the hours credited to them, since hours were recorded."
                        : "No hours were recorded, so the figures below compare people by how many contributions they made."),
            explained("Bus factor", Words.count(scope.busFactor),
                      "The fewest people who together hold half \(of): if they all left, half the work would go with them."),
            explained("Elephant factor", Words.count(scope.elephantFactor),
                      "The same count for organisations: the fewest organisations (a person without one counts as their own) holding half \(of)."),
            explained("Gini coefficient", Words.fraction(scope.gini),
                      "How unevenly the work is shared, from 0 when everyone did the same to nearly 1 when one person did it all."),
            explained("Top 10 % share", Words.percent(scope.top10Share),
                      "The part \(of) held by the most active tenth of the people (at least one person)."),
            explained("Unpaid", Words.percent(scope.compensation.unpaid), "The part \(of) that nobody was paid for."),
            explained("Stipend", Words.percent(scope.compensation.stipend), "The part \(of) supported by a stipend, such as a small grant."),
            explained("Paid", Words.percent(scope.compensation.paid), "The part \(of) paid at a rate."),
        ]
        let projects = publication.commons.projects.map { project -> [String: Any] in
            let figures = publication.analysis.projects[project.slug]
            return [
                "project": ProjectLink.context(project.slug, in: publication),
                "status": project.status.rawValue,
                "cells": [
                    Words.count(figures?.contributions ?? 0), Words.hours(figures?.hours ?? 0),
                    Words.count(figures?.contributors ?? 0), Words.count(figures?.activeContributors ?? 0),
                    Words.count(figures?.busFactor ?? 0), Words.count(figures?.elephantFactor ?? 0),
                    Words.fraction(figures?.gini ?? 0), Words.percent(figures?.top10Share ?? 0),
                    Words.percent(figures?.compensation.unpaid ?? 0),
                ],
            ]
        }
        return [
            "title": "Statistics",
            "description": "How the work of \(settings.title) is shared: bus factor, Gini coefficient, paid and unpaid work, month by month.",
            "figures": figures,
            "lorenz": ChartFigure.lorenz(scope, id: "stats-lorenz").context(),
            "activity": ChartFigure.months(scope, id: "stats-months", of: settings.title).context(),
            "monthsExplained": "Per month: contributions, the hours recorded, the people active that month, and the people whose first contribution it was.",
            "kinds": ChartFigure.kinds(scope, id: "stats-kinds").context(),
            "compensation": ChartFigure.compensation(scope, id: "stats-compensation").context(),
            "projectColumns": ["Contributions", "Hours", "People", "Active", "Bus factor", "Elephant factor", "Gini", "Top 10 %", "Unpaid"],
            "projects": projects,
        ]
    }

    static func explained(_ label: String, _ value: String, _ explanation: String) -> [String: Any] {
        ["label": label, "value": value, "explanation": explanation]
    }
}
