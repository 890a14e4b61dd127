import CommonsAnalysis
import CommonsModel

extension DecisionRule {
    /// The rule in one plain sentence, for the governance and proposal pages.
    var explanation: String {
        switch self {
        case .lazyConsensus:
            return "Accepted unless someone votes no or blocks by the closing day: silence is consent, and no quorum is needed."
        case .consent:
            return "Accepted unless someone blocks by the closing day: a no is heard but does not stop it, and no quorum is needed."
        case .consensus:
            return "Accepted when enough eligible people vote, at least one says yes and nobody votes no or blocks."
        case .majority:
            return "Accepted when enough eligible people vote and the yes votes outnumber the no and block votes together."
        case .supermajority:
            return "Accepted when enough eligible people vote and there are at least two yes votes for every no or block."
        }
    }
}

/// A quorum as people say it.
enum QuorumWords {
    /// "half", "30 %", "everyone".
    static func share(_ quorum: Quorum) -> String {
        if quorum.numerator * 2 == quorum.scale { return "half" }
        if quorum.numerator == quorum.scale { return "all" }
        if quorum.numerator == 0 { return "none" }
        return Words.percent(quorum.value)
    }

    /// "at least half of the 12 eligible voters must vote: 6 needed"; nil for a rule without a quorum.
    static func requirement(_ outcome: ProposalOutcome) -> String? {
        guard let needed = outcome.votersNeeded else { return nil }
        return "At least \(share(outcome.quorum)) of the \(Words.plural(outcome.eligible.count, "eligible voter")) must vote: "
            + "\(Words.count(needed)) needed, \(Words.count(outcome.tally.voters)) voted."
    }
}
