import CommonsModel

/// One health goal held against one scope: the commons, or an active project for the
/// goals that reach projects (bus and elephant factor). stats.json lists them as
/// `health`, `check` warns about each one missed, and a comparison says which a change
/// makes met or missed.
public struct HealthCheck: Sendable, Hashable {
    public enum Scope: Hashable, Sendable, Comparable {
        case commons
        case project(String)

        /// "commons" or "projects/<slug>", as stats.json writes it: a slug could be "commons".
        public var name: String {
            switch self {
            case .commons: "commons"
            case .project(let slug): "projects/" + slug
            }
        }

        public init?(name: String) {
            if name == "commons" { self = .commons } else if name.hasPrefix("projects/") {
                self = .project(String(name.dropFirst("projects/".count)))
            } else { return nil }
        }
    }

    public let figure: HealthGoal.Figure
    public let scope: Scope
    public let goal: Double
    public let value: Double
    public let met: Bool

    public init(figure: HealthGoal.Figure, scope: Scope, goal: Double, value: Double, met: Bool) {
        self.figure = figure
        self.scope = scope
        self.goal = goal
        self.value = value
        self.met = met
    }
}

/// Every goal against every scope it reaches: the commons first, then the active
/// projects by slug, each in the goals' order. Empty when commons.md sets none.
func healthChecks(goals: [HealthGoal], commons: ScopeFigures, projects: [Project],
                  figures: [String: ScopeFigures]) -> [HealthCheck] {
    func check(_ goal: HealthGoal, _ scope: HealthCheck.Scope, _ scopeFigures: ScopeFigures) -> HealthCheck {
        let value = scopeFigures.value(of: goal.figure)
        return HealthCheck(figure: goal.figure, scope: scope, goal: goal.target, value: value, met: goal.isMet(by: value))
    }
    let active = projects.filter { $0.status == .active }.sorted { $0.slug < $1.slug }
    return goals.map { check($0, .commons, commons) }
        + active.flatMap { project in
            goals.filter(\.figure.appliesToProjects).compactMap { goal in
                figures[project.slug].map { check(goal, .project(project.slug), $0) }
            }
        }
}

extension ScopeFigures {
    func value(of figure: HealthGoal.Figure) -> Double {
        switch figure {
        case .busFactor: Double(busFactor)
        case .elephantFactor: Double(elephantFactor)
        case .activePeople: Double(activeContributors)
        case .unpaidShare: compensation.unpaid
        }
    }
}
