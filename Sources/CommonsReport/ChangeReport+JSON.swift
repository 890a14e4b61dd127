import CommonsAnalysis
import CommonsModel

extension ChangeReport {
    /// For machines: every move, with the values on both sides; `contributions` and
    /// `new_diagnostics` are null when BASE was a stats.json.
    func json() -> String {
        func number(_ figure: AnalysisChange.Figure, _ value: Double) -> JSONValue {
            figure.isCount ? .int(Int(value)) : .float(value)
        }
        func figures(_ moves: [AnalysisChange.FigureMove]) -> JSONValue {
            .object(Dictionary(uniqueKeysWithValues: moves.map {
                ($0.figure.statsKey, JSONValue.object(["before": number($0.figure, $0.before), "after": number($0.figure, $0.after)]))
            }))
        }
        func standing(_ standing: AnalysisChange.ProposalMove.Standing?) -> JSONValue {
            guard let standing else { return .null }
            var members: [String: JSONValue] = ["status": .string(standing.status.rawValue)]
            for value in VoteValue.allCases { members[value.rawValue] = .int(standing.tally[value]) }
            return .object(members)
        }
        func check(_ check: HealthCheck?) -> JSONValue {
            guard let check else { return .null }
            func number(_ value: Double) -> JSONValue { check.figure.isCeiling ? .float(value) : .int(Int(value)) }
            return .object(["goal": number(check.goal), "value": number(check.value), "met": .bool(check.met)])
        }
        func entry(_ entry: CommonsSnapshot.Entry) -> JSONValue {
            .object(["id": .string(entry.id), "title": .string(entry.title),
                     "contributors": .array(entry.contributors.map(JSONValue.string)), "project": .string(entry.project),
                     "date": .string(entry.date.description), "kind": .string(entry.kind.rawValue),
                     "hours": .float(entry.hours), "compensation": .string(entry.compensation.rawValue)])
        }
        let contributions = change.contributions.map { moves -> JSONValue in
            .object(["added": .array(moves.added.map(entry)), "removed": .array(moves.removed.map(entry)),
                     "changed": .array(moves.changed.map { .object(["before": entry($0.before), "after": entry($0.after)]) })])
        }
        let document: [String: JSONValue] = [
            "base": .string(base),
            "as_of": .object(["before": .string(change.asOf.before.description), "after": .string(change.asOf.after.description)]),
            "changed": .bool(!change.isEmpty),
            "commons": figures(change.figures),
            "projects": .object(Dictionary(uniqueKeysWithValues: change.projects.map {
                ($0.slug, JSONValue.object(["presence": .string($0.presence.rawValue), "figures": figures($0.figures)]))
            })),
            "proposals": .object(Dictionary(uniqueKeysWithValues: change.proposals.map {
                ($0.id, JSONValue.object(["before": standing($0.before), "after": standing($0.after)]))
            })),
            "health": .array(change.health.map {
                .object(["figure": .string($0.figure.rawValue), "scope": .string($0.scope.name),
                         "before": check($0.before), "after": check($0.after)])
            }),
            "new_people": .object(Dictionary(uniqueKeysWithValues: change.newPeople.map { ($0.handle, JSONValue.int($0.contributions)) })),
            "contributions": contributions ?? .null,
            "new_diagnostics": change.newDiagnostics.map { .array($0.map { .string($0.description) }) } ?? .null,
        ]
        return JSONValue.object(document).text
    }
}
