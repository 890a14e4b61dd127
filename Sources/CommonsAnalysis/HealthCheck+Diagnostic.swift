import CommonsModel
import CommonsSupport

extension Analysis {
    /// `check`'s warning for each goal missed: a project's at its file, the commons' at
    /// the goal's line in commons.md — "bus factor 1 is below the commons' goal of 2".
    public func healthWarnings(in model: Commons) -> [Diagnostic] {
        let files = Dictionary(model.projects.map { ($0.slug, $0.file) }, uniquingKeysWith: { first, _ in first })
        return health.filter { !$0.met }.map { check in
            let (value, goal) = (check.figure.words(check.value), check.figure.words(check.goal))
            let side = check.figure.isCeiling ? "above" : "below"
            let most = check.figure.isCeiling ? "at most " : ""
            switch check.scope {
            case .commons:
                let position = model.settings.health.first { $0.figure == check.figure }?.position ?? .file
                return .warning("commons.md", at: position,
                                "the commons' \(check.figure.words) is \(value), \(side) its goal of \(most)\(goal)")
            case .project(let slug):
                return .warning(files[slug] ?? "projects/\(slug).md",
                                "\(check.figure.words) \(value) is \(side) the commons' goal of \(most)\(goal)")
            }
        }
    }
}

extension HealthGoal.Figure {
    /// "bus factor", "active people".
    public var words: String {
        switch self {
        case .busFactor: "bus factor"
        case .elephantFactor: "elephant factor"
        case .activePeople: "active people"
        case .unpaidShare: "unpaid share"
        }
    }

    /// A value as reports show it: whole people, the share in per cent.
    public func words(_ value: Double) -> String {
        isCeiling ? ReportNumber.percent(value) : String(Int(value))
    }
}
