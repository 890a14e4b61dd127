import CommonsModel

/// What moved between two states of a commons: the headline figures whose value, as the
/// reports show it, is not the same — the commons' and each project's —, the proposals
/// whose outcome or tally changed, the health goals a change makes met or missed, the
/// people new to the record and, when both states were read from content, the
/// contributions added, changed or removed and the diagnostics that are new.
/// `commons serve` tells the headline after each rebuild; `report --compare` tells it
/// all for a pull request against its base. Its words are CommonsReport's.
public struct AnalysisChange: Sendable, Equatable {
    /// The headline figures, in the order they are told.
    public enum Figure: String, CaseIterable, Sendable {
        case busFactor = "bus factor"
        case elephantFactor = "elephant factor"
        case gini = "Gini"
        case activePeople = "active people"
        case unpaidShare = "unpaid share"
        case hours

        /// The figure's key in a scope of stats.json.
        public var statsKey: String {
            switch self {
            case .busFactor: "bus_factor"
            case .elephantFactor: "elephant_factor"
            case .gini: "gini"
            case .activePeople: "active_contributors"
            case .unpaidShare: "unpaid_share"
            case .hours: "hours"
            }
        }

        /// Whether it counts people or organisations (a whole number).
        public var isCount: Bool { self == .busFactor || self == .elephantFactor || self == .activePeople }

        func value(in scope: ScopeFigures) -> Double {
            switch self {
            case .busFactor: Double(scope.busFactor)
            case .elephantFactor: Double(scope.elephantFactor)
            case .gini: scope.gini
            case .activePeople: Double(scope.activeContributors)
            case .unpaidShare: scope.compensation.unpaid
            case .hours: scope.hours
            }
        }

        /// The value at the precision the reports show it — whole people, Gini to 0.01,
        /// the share to 0.1 %, hours to 0.1 — so a move too small to show is no move.
        public func shown(_ value: Double) -> Double {
            let scale: Double = switch self {
            case .busFactor, .elephantFactor, .activePeople: 1
            case .gini: 100
            case .unpaidShare: 1000
            case .hours: 10
            }
            return (value * scale).rounded() / scale
        }
    }

    public struct FigureMove: Sendable, Equatable {
        public let figure: Figure
        public let before: Double
        public let after: Double
    }

    /// A project's figures that moved; a project new or gone is compared with an empty one.
    public struct ProjectMove: Sendable, Equatable {
        public enum Presence: String, Sendable { case both, added, removed }
        public let slug: String
        public let presence: Presence
        public let figures: [FigureMove]
    }

    /// A proposal's status and counted votes; nil on one side when the proposal is new
    /// or gone.
    public struct ProposalMove: Sendable, Equatable {
        public struct Standing: Sendable, Equatable {
            public let status: ProposalStatus
            public let tally: Tally

            public init(status: ProposalStatus, tally: Tally) {
                self.status = status
                self.tally = tally
            }
        }

        public let id: String
        public let before: Standing?
        public let after: Standing?
    }

    /// A goal against a scope that is met on one side and not on the other (or set on
    /// one side only).
    public struct HealthMove: Sendable, Equatable {
        public let figure: HealthGoal.Figure
        public let scope: HealthCheck.Scope
        public let before: HealthCheck?
        public let after: HealthCheck?
    }

    public struct ContributionMoves: Sendable, Equatable {
        public let added: [CommonsSnapshot.Entry]
        public let changed: [(before: CommonsSnapshot.Entry, after: CommonsSnapshot.Entry)]
        public let removed: [CommonsSnapshot.Entry]

        public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }

        public static func == (a: ContributionMoves, b: ContributionMoves) -> Bool {
            a.added == b.added && a.removed == b.removed
                && a.changed.map(\.before) == b.changed.map(\.before) && a.changed.map(\.after) == b.changed.map(\.after)
        }
    }

    /// The as-of days of the two states: the same, unless a stats.json was made on another.
    public let asOf: (before: Day, after: Day)
    /// The commons' headline figures.
    public let figures: [FigureMove]
    /// By slug.
    public let projects: [ProjectMove]
    /// By id.
    public let proposals: [ProposalMove]
    /// In the order stats.json lists the goals: the commons first, then projects by slug.
    public let health: [HealthMove]
    /// Handles new to the record, sorted, each with the contributions that list them.
    public let newPeople: [(handle: String, contributions: Int)]
    /// By id; nil when either state was read from a stats.json.
    public let contributions: ContributionMoves?
    /// Diagnostics the new state has and the old one has not (a problem that only moved
    /// to another line is not new); nil when either state was read from a stats.json.
    public let newDiagnostics: [Diagnostic]?

    public init(from old: Analysis, to new: Analysis) {
        self.init(from: CommonsSnapshot(old), to: CommonsSnapshot(new))
    }

    public init(from old: CommonsSnapshot, to new: CommonsSnapshot) {
        asOf = (old.asOf, new.asOf)
        figures = Self.moves(old.commons, new.commons)
        projects = Set(old.projects.keys).union(new.projects.keys).sorted().compactMap { slug in
            let (before, after) = (old.projects[slug], new.projects[slug])
            let presence: ProjectMove.Presence = before == nil ? .added : after == nil ? .removed : .both
            let moved = Self.moves(before ?? [:], after ?? [:])
            return moved.isEmpty && presence == .both ? nil : ProjectMove(slug: slug, presence: presence, figures: moved)
        }
        proposals = Set(old.proposals.keys).union(new.proposals.keys).sorted().compactMap { id in
            let (before, after) = (old.proposals[id], new.proposals[id])
            return before == after ? nil : ProposalMove(id: id, before: before, after: after)
        }
        let oldHealth = Dictionary(old.health.map { (HealthKey($0), $0) }, uniquingKeysWith: { first, _ in first })
        let newHealth = Dictionary(new.health.map { (HealthKey($0), $0) }, uniquingKeysWith: { first, _ in first })
        health = Set(oldHealth.keys).union(newHealth.keys).sorted().compactMap { key in
            let (before, after) = (oldHealth[key], newHealth[key])
            return before?.met == after?.met ? nil : HealthMove(figure: key.figure, scope: key.scope, before: before, after: after)
        }
        newPeople = new.people.filter { old.people[$0.key] == nil }.sorted { $0.key < $1.key }
            .map { (handle: $0.key, contributions: $0.value) }
        if let before = old.contributions, let after = new.contributions {
            contributions = ContributionMoves(
                added: after.keys.filter { before[$0] == nil }.sorted().map { after[$0]! },
                changed: after.keys.filter { before[$0] != nil && before[$0] != after[$0] }.sorted().map { (before[$0]!, after[$0]!) },
                removed: before.keys.filter { after[$0] == nil }.sorted().map { before[$0]! })
        } else {
            contributions = nil
        }
        if let before = old.diagnostics, let after = new.diagnostics {
            var known = Dictionary(before.map { (DiagnosticKey($0), 1) }, uniquingKeysWith: +)
            newDiagnostics = after.filter { diagnostic in
                let key = DiagnosticKey(diagnostic)
                guard let count = known[key], count > 0 else { return true }
                known[key] = count - 1
                return false
            }
        } else {
            newDiagnostics = nil
        }
    }

    /// Whether the comparison read contributions and diagnostics (both states from content).
    public var comparedContent: Bool { contributions != nil }

    /// Nothing that the reports tell moved.
    public var isEmpty: Bool {
        figures.isEmpty && projects.isEmpty && proposals.isEmpty && health.isEmpty && newPeople.isEmpty
            && (contributions?.isEmpty ?? true) && (newDiagnostics?.isEmpty ?? true)
    }

    public static func == (a: AnalysisChange, b: AnalysisChange) -> Bool {
        a.asOf == b.asOf && a.figures == b.figures && a.projects == b.projects && a.proposals == b.proposals
            && a.health == b.health && a.newPeople.map(\.handle) == b.newPeople.map(\.handle)
            && a.contributions == b.contributions && a.newDiagnostics == b.newDiagnostics
    }

    private static func moves(_ old: CommonsSnapshot.Figures, _ new: CommonsSnapshot.Figures) -> [FigureMove] {
        Figure.allCases.compactMap { figure in
            let (before, after) = (old[figure] ?? 0, new[figure] ?? 0)
            return figure.shown(before) == figure.shown(after) ? nil : FigureMove(figure: figure, before: before, after: after)
        }
    }

    private struct HealthKey: Hashable, Comparable {
        let scope: HealthCheck.Scope
        let order: Int
        var figure: HealthGoal.Figure { HealthGoal.Figure.allCases[order] }

        init(_ check: HealthCheck) {
            scope = check.scope
            order = HealthGoal.Figure.allCases.firstIndex(of: check.figure)!
        }

        static func < (a: HealthKey, b: HealthKey) -> Bool { (a.scope, a.order) < (b.scope, b.order) }
    }

    /// A diagnostic without its line and column: an edit above it moves it, not makes it.
    private struct DiagnosticKey: Hashable {
        let path: String
        let severity: Diagnostic.Severity
        let message: String

        init(_ diagnostic: Diagnostic) {
            path = diagnostic.path
            severity = diagnostic.severity
            message = diagnostic.message
        }
    }
}
