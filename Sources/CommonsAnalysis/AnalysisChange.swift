import CommonsModel

/// What moved between two analyses of a commons: the headline figures whose value, as a
/// person reads it, is not the same, and the proposals whose outcome or tally changed.
/// `commons serve` prints it after each rebuild; a report comparing two states of a
/// commons (a pull request against its base) reads the same values.
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

        /// The value as the reports show it: a change too small to show is no change.
        public func words(_ value: Double) -> String {
            switch self {
            case .busFactor, .elephantFactor, .activePeople: return String(Int(value))
            case .gini: return ReportNumber.fraction(value)
            case .unpaidShare: return ReportNumber.percent(value)
            case .hours: return ReportNumber.roundedHours(value)
            }
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
            return figure.words(before) == figure.words(after) ? nil : FigureMove(figure: figure, before: before, after: after)
        }
        let standing = { (outcome: ProposalOutcome?) in outcome.map { ProposalMove.Standing(status: $0.status, tally: $0.tally) } }
        proposals = Set(old.proposals.keys).union(new.proposals.keys).sorted().compactMap { id in
            let (before, after) = (standing(old.proposals[id]), standing(new.proposals[id]))
            return before == after ? nil : ProposalMove(id: id, before: before, after: after)
        }
    }

    public var isEmpty: Bool { figures.isEmpty && proposals.isEmpty }

    /// "bus factor 4 → 3", "proposal 2026/open-on-sundays now accepted".
    public var phrases: [String] {
        figures.map { "\($0.figure.rawValue) \($0.figure.words($0.before)) → \($0.figure.words($0.after))" }
            + proposals.map(\.phrase)
    }
}

extension AnalysisChange.ProposalMove {
    var phrase: String {
        switch (before, after) {
        case (nil, let after?): return "new proposal \(id), \(after.status.words)"
        case (_?, nil): return "proposal \(id) gone"
        case (let before?, let after?) where before.status != after.status:
            return "proposal \(id) now \(after.status.words)"
        case (let before?, let after?):
            let moved = VoteValue.allCases.filter { before.tally[$0] != after.tally[$0] }
                .map { "\($0.rawValue) \(before.tally[$0]) → \(after.tally[$0])" }
            return "proposal \(id): " + moved.joined(separator: ", ")
        case (nil, nil): return "proposal \(id)"
        }
    }
}
