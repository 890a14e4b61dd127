import CommonsAnalysis
import CommonsModel
import CommonsSupport

extension CommonsSnapshot {
    /// Why a file cannot be compared with: "not JSON: expected ':' at byte 41",
    /// "'commons.bus_factor' is missing".
    public struct StatsFileProblem: Error, CustomStringConvertible {
        public let description: String
    }

    /// The state a published stats.json holds: its figures, projects, proposals, people
    /// and health goals. It holds no contributions nor diagnostics.
    public init(statsJSON text: String) throws(StatsFileProblem) {
        let document: JSONValue
        do { document = try JSONValue(parsing: text) } catch { throw StatsFileProblem(description: "not JSON: \(error)") }
        func problem(_ text: String) -> StatsFileProblem { StatsFileProblem(description: text) }
        func object(_ value: JSONValue?, _ path: String) throws(StatsFileProblem) -> [String: JSONValue] {
            guard let value else { throw problem("'\(path)' is missing") }
            guard case .object(let members) = value else { throw problem("'\(path)' should be an object") }
            return members
        }
        func number(_ value: JSONValue?, _ path: String) throws(StatsFileProblem) -> Double {
            guard let value else { throw problem("'\(path)' is missing") }
            guard let number = value.number else { throw problem("'\(path)' should be a number") }
            return number
        }
        func figures(_ scope: JSONValue?, _ path: String) throws(StatsFileProblem) -> Figures {
            let members = try object(scope, path)
            var figures: Figures = [:]
            for figure in AnalysisChange.Figure.allCases {
                figures[figure] = try number(members[figure.statsKey], "\(path).\(figure.statsKey)")
            }
            return figures
        }

        guard case .object = document else { throw problem("not a stats.json: the document is not an object") }
        let schema = try number(document["schema"], "schema")
        guard schema == Double(statsSchemaVersion) else {
            throw problem("it is stats.json schema \(ReportNumber.hours(schema)); this commons reads schema \(statsSchemaVersion)")
        }
        guard let asOfText = document["as_of"]?.stringValue, let asOf = Day(parsing: asOfText) else {
            throw problem("'as_of' should be a day like 2026-06-30")
        }
        var projects: [String: Figures] = [:]
        for (slug, scope) in try object(document["projects"], "projects") {
            projects[slug] = try figures(scope, "projects.\(slug)")
        }
        var proposals: [String: AnalysisChange.ProposalMove.Standing] = [:]
        for (id, entry) in try object(try object(document["governance"], "governance")["proposals"], "governance.proposals") {
            let path = "governance.proposals.\(id)"
            guard let status = entry["status"]?.stringValue.flatMap(ProposalStatus.init(rawValue:)) else {
                throw problem("'\(path).status' should be one of \(ProposalStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var tally: [VoteValue: Int] = [:]
            for value in VoteValue.allCases { tally[value] = Int(try number(entry[value.rawValue], "\(path).\(value.rawValue)")) }
            proposals[id] = .init(status: status, tally: Tally(yes: tally[.yes]!, no: tally[.no]!,
                                                               abstain: tally[.abstain]!, block: tally[.block]!))
        }
        var people: [String: Int] = [:]
        for (handle, person) in try object(document["contributors"], "contributors") {
            people[handle] = Int(try number(person["contributions"], "contributors.\(handle).contributions"))
        }
        var health: [HealthCheck] = []
        if case .array(let checks) = document["health"] {
            for (index, check) in checks.enumerated() {
                let path = "health[\(index)]"
                guard let figure = check["figure"]?.stringValue.flatMap(HealthGoal.Figure.init(rawValue:)),
                      let scope = check["scope"]?.stringValue.flatMap(HealthCheck.Scope.init(name:)),
                      case .bool(let met) = check["met"] else {
                    throw problem("'\(path)' should have a known figure, a scope and met")
                }
                health.append(HealthCheck(figure: figure, scope: scope, goal: try number(check["goal"], "\(path).goal"),
                                          value: try number(check["value"], "\(path).value"), met: met))
            }
        }
        self.init(asOf: asOf, commons: try figures(document["commons"], "commons"), projects: projects,
                  proposals: proposals, people: people, health: health)
    }
}
