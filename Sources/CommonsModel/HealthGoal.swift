/// A figure the commons wants to reach, set by its members in `commons.md` under
/// `health:` like any other rule of theirs; a miss is a warning, so `check --strict` can
/// hold a change that misses one.
public struct HealthGoal: Sendable, Equatable {
    /// The figures a goal can be set for, in the order they are told.
    public enum Figure: String, CaseIterable, Sendable {
        case busFactor = "bus_factor"
        case elephantFactor = "elephant_factor"
        case activePeople = "active_people"
        case unpaidShare = "unpaid_share"

        /// The field under `health:` in commons.md: the unpaid share is a ceiling.
        public var field: String { self == .unpaidShare ? "unpaid_share_max" : rawValue }

        /// Whether every active project is held to it too, or only the commons.
        public var appliesToProjects: Bool { self == .busFactor || self == .elephantFactor }

        /// Whether the goal is a most (the unpaid share) rather than a least.
        public var isCeiling: Bool { self == .unpaidShare }
    }

    public let figure: Figure
    /// A whole number for the counts, a share from 0 to 1 for the unpaid share.
    public let target: Double
    /// Where commons.md sets it, for the commons' own warning.
    public let position: Position

    public init(_ figure: Figure, target: Double, position: Position = .file) {
        self.figure = figure
        self.target = target
        self.position = position
    }

    /// Whether `value` reaches the goal.
    public func isMet(by value: Double) -> Bool {
        figure.isCeiling ? value <= target : value >= target
    }
}
