import CommonsModel

/// What moved between two analyses of a commons: the headline figures whose value, as the
/// reports show it, is not the same, and the proposals whose outcome or tally changed.
/// `commons serve` tells it after each rebuild; a report comparing two states of a
/// commons (a pull request against its base) reads the same values. Its words are
/// CommonsReport's (`phrases`).
public struct AnalysisChange: Sendable, Equatable {
    /// The commons' headline figures, in the order they are told.
    public enum Figure: String, CaseIterable, Sendable {
        case busFactor = "bus factor"
        case elephantFactor = "elephant factor"
        case gini = "Gini"
        case activePeople = "active people"
        case unpaidShare = "unpaid share"
        case hours

        func value(in analysis: Analysis) -> Double {
            let commons = analysis.commons
            switch self {
            case .busFactor: return Double(commons.busFactor)
            case .elephantFactor: return Double(commons.elephantFactor)
            case .gini: return commons.gini
            case .activePeople: return Double(commons.activeContributors)
            case .unpaidShare: return commons.compensation.unpaid
            case .hours: return commons.hours
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

    /// A proposal's status and counted votes; nil on one side when the proposal is new
    /// or gone.
    public struct ProposalMove: Sendable, Equatable {
        public struct Standing: Sendable, Equatable {
            public let status: ProposalStatus
            public let tally: Tally
        }

        public let id: String
        public let before: Standing?
        public let after: Standing?
    }

    public let figures: [FigureMove]
    /// By id.
    public let proposals: [ProposalMove]

    public init(from old: Analysis, to new: Analysis) {
        figures = Figure.allCases.compactMap { figure in
            let (before, after) = (figure.value(in: old), figure.value(in: new))
            return figure.shown(before) == figure.shown(after) ? nil : FigureMove(figure: figure, before: before, after: after)
        }
        let standing = { (outcome: ProposalOutcome?) in outcome.map { ProposalMove.Standing(status: $0.status, tally: $0.tally) } }
        proposals = Set(old.proposals.keys).union(new.proposals.keys).sorted().compactMap { id in
            let (before, after) = (standing(old.proposals[id]), standing(new.proposals[id]))
            return before == after ? nil : ProposalMove(id: id, before: before, after: after)
        }
    }

    public var isEmpty: Bool { figures.isEmpty && proposals.isEmpty }
}
