import CommonsAnalysis
import CommonsModel

/// The version of the stats.json layout; raise it when a field changes meaning.
public let statsSchemaVersion = 1

/// stats.json (SPEC §4): the analysis as a deterministic JSON document — the same
/// analysis gives the same bytes. Written to the site root and printed by
/// `commons report --format json`.
public func statsJSON(_ analysis: Analysis) -> String {
    var commons = scopeJSON(analysis.commons)
    commons["projects"] = .object(Dictionary(uniqueKeysWithValues: ProjectStatus.allCases.map {
        ($0.rawValue, JSONValue.int(analysis.projectStatuses[$0] ?? 0))
    }))
    var document: [String: JSONValue] = [
        "schema": .int(statsSchemaVersion),
        "as_of": .string(analysis.asOf.description),
        "commons": .object(commons),
        "projects": .object(analysis.projects.mapValues { .object(scopeJSON($0)) }),
        "contributors": .object(analysis.contributors.mapValues(contributorJSON)),
        "governance": governanceJSON(analysis),
        // Always present, though added after schema 1: an added key keeps the number.
        "trends": .object([
            "commons": trendJSON(analysis.trends.commons),
            "projects": .object(analysis.trends.projects.mapValues(trendJSON)),
        ]),
    ]
    // Only when commons.md sets goals: an added key, so the schema number stays.
    if !analysis.health.isEmpty {
        document["health"] = .array(analysis.health.map(healthJSON))
    }
    return JSONValue.object(document).text
}

private func scopeJSON(_ scope: ScopeFigures) -> [String: JSONValue] {
    [
        "contributions": .int(scope.contributions),
        "hours": .float(scope.hours),
        "contributors": .int(scope.contributors),
        "active_contributors": .int(scope.activeContributors),
        "basis": .string(scope.basis.rawValue),
        "bus_factor": .int(scope.busFactor),
        "elephant_factor": .int(scope.elephantFactor),
        "gini": .float(scope.gini),
        "top10_share": .float(scope.top10Share),
        "unpaid_share": .float(scope.compensation.unpaid),
        "stipend_share": .float(scope.compensation.stipend),
        "paid_share": .float(scope.compensation.paid),
        "kinds": .object(Dictionary(uniqueKeysWithValues: scope.kinds.map { kind, totals in
            (kind.rawValue, JSONValue.object(["contributions": .int(totals.contributions), "hours": .float(totals.hours)]))
        })),
        "months": .array(scope.months.map { row in
            .object([
                "month": .string(row.month.description),
                "contributions": .int(row.contributions),
                "hours": .float(row.hours),
                "active": .int(row.active),
                "new": .int(row.new),
            ])
        }),
    ]
}

private func contributorJSON(_ person: ContributorFigures) -> JSONValue {
    .object([
        "contributions": .int(person.contributions),
        "hours": .float(person.hours),
        "projects": .array(person.projects.map(JSONValue.string)),
        "first": person.first.map { .string($0.description) } ?? .null,
        "last": person.last.map { .string($0.description) } ?? .null,
        "votes": .int(person.votes),
        "proposals": .int(person.proposals),
    ])
}

private func governanceJSON(_ analysis: Analysis) -> JSONValue {
    .object([
        "statuses": .object(Dictionary(uniqueKeysWithValues: ProposalStatus.allCases.map {
            ($0.rawValue, JSONValue.int(analysis.governance.statuses[$0] ?? 0))
        })),
        "participation_median": analysis.governance.participationMedian.map(JSONValue.float) ?? .null,
        "proposals": .object(analysis.proposals.mapValues { outcome in
            .object([
                "status": .string(outcome.status.rawValue),
                "rule": .string(outcome.rule.rawValue),
                "eligible": .int(outcome.eligible.count),
                "yes": .int(outcome.tally.yes),
                "no": .int(outcome.tally.no),
                "abstain": .int(outcome.tally.abstain),
                "block": .int(outcome.tally.block),
                "closes": .string(outcome.closes.description),
            ])
        }),
    ])
}

private func trendJSON(_ points: [TrendPoint]) -> JSONValue {
    .array(points.map { point in
        var members: [String: JSONValue] = [
            "as_of": .string(point.asOf.description),
            "bus_factor": .int(point.busFactor),
            "active_contributors": .int(point.activeContributors),
            "unpaid_share": .float(point.unpaidShare),
        ]
        // Only the unfinished month's point says so: the others are final.
        if point.soFar { members["so_far"] = .bool(true) }
        return .object(members)
    })
}

private func healthJSON(_ check: HealthCheck) -> JSONValue {
    // Counts stay whole numbers, as in the scopes; the share is a float.
    func number(_ value: Double) -> JSONValue { check.figure.isCeiling ? .float(value) : .int(Int(value)) }
    return .object([
        "figure": .string(check.figure.rawValue),
        "scope": .string(check.scope.name),
        "goal": number(check.goal),
        "value": number(check.value),
        "met": .bool(check.met),
    ])
}
