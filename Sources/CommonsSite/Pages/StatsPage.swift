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
        let of = scope.basis == .hours ? "of the hours" : "of the contributions"
        let cues = HealthCues(scope, scope: .commons, in: publication.analysis)
        let figures: [[String: Any]] = [
            explained("Contributions", Words.count(scope.contributions),
                      "Pieces of work recorded in the ledger up to \(publication.asOf.inWords)."),
            explained("Hours", cues.hours(scope.hours),
                      "The hours people wrote down for that work; work without hours counts as none."),
            explained("People", Words.count(scope.contributors),
                      "Everyone credited with at least one contribution; co-authors each count."),
            explained("Active people", cues.activePeople,
                      "People with a contribution in the last \(Words.plural(settings.activeDays, "day")), up to \(publication.asOf.inWords)."),
            explained("Bus factor", cues.busFactor,
                      "The fewest people who together hold half \(of): if they all left, half the work would go with them."),
            explained("Elephant factor", cues.elephantFactor,
                      "The same count for organisations: the fewest organisations (a person without one counts as their own) holding half \(of)."),
            explained("Gini coefficient", cues.gini,
                      "How unevenly the work is shared, from 0 when everyone did the same to nearly 1 when one person did it all."),
            explained("Top 10 % share", cues.top10Share,
                      "The part \(of) held by the most active tenth of the people (at least one person)."),
            explained("Unpaid", cues.unpaidShare, "The part \(of) that nobody was paid for."),
            explained("Stipend", Words.percent(scope.compensation.stipend), "The part \(of) supported by a stipend, such as a small grant."),
            explained("Paid", Words.percent(scope.compensation.paid), "The part \(of) paid at a rate."),
        ]
        let projects = publication.commons.projects.map { project -> [String: Any] in
            let figures = publication.analysis.projects[project.slug]
                ?? ScopeFigures(contributions: [], asOf: publication.asOf, activeDays: settings.activeDays, affiliation: { _ in nil })
            let cues = HealthCues(figures, scope: .project(project.slug), in: publication.analysis)
            return [
                "project": ProjectLink.context(project.slug, in: publication),
                "status": project.status.rawValue,
                "cells": [
                    Words.count(figures.contributions), cues.hours(figures.hours).value,
                    Words.count(figures.contributors), Words.count(figures.activeContributors),
                    cues.busFactor.value, cues.elephantFactor.value, cues.gini.value, cues.top10Share.value,
                    cues.unpaidShare.value,
                ],
            ]
        }
        return [
            "title": "Statistics",
            "description": "How the work of \(settings.title) is shared: bus factor, Gini coefficient, paid and unpaid work, month by month.",
            "figures": figures,
            // Not a figure but how the figures compare people: said once, above them.
            "measuredIn": scope.basis == .hours
                ? "The figures compare people by the hours credited to them, since hours were recorded."
                : "No hours were recorded, so the figures compare people by how many contributions they made.",
            "trends": ChartFigure.trends(publication.analysis.trends.commons,
                                         checks: publication.analysis.health.filter { $0.scope == .commons },
                                         id: "stats-trends", of: settings.title).context(),
            "lorenz": ChartFigure.lorenz(scope, id: "stats-lorenz").context(),
            "activity": ChartFigure.months(scope, id: "stats-months", of: settings.title, asOf: publication.asOf).context(),
            "monthsExplained": "Per month: contributions, the hours recorded, the people active that month, and the people whose first contribution it was.",
            "kinds": ChartFigure.kinds(scope, id: "stats-kinds").context(),
            "compensation": ChartFigure.compensation(scope, id: "stats-compensation").context(),
            "projectColumns": ["Contributions", "Hours", "People", "Active", "Bus factor", "Elephant factor", "Gini", "Top 10 %", "Unpaid"],
            "projects": projects,
        ]
    }

    static func explained(_ label: String, _ value: String, _ explanation: String, cue: HealthCue? = nil) -> [String: Any] {
        ["label": label, "value": value, "explanation": explanation, "cue": cue?.context() ?? false]
    }

    static func explained(_ label: String, _ figure: CuedFigure, _ explanation: String) -> [String: Any] {
        explained(label, figure.value, explanation, cue: figure.cue)
    }
}
