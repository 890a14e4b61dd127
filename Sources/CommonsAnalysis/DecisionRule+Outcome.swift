import CommonsModel

extension DecisionRule {
    /// Whether the counted votes carry a proposal, quorum aside (SPEC §3).
    public func accepts(_ tally: Tally) -> Bool {
        switch self {
        case .lazyConsensus: return tally.objections == 0
        case .consent: return tally.block == 0
        case .consensus: return tally.yes >= 1 && tally.objections == 0
        case .majority: return tally.yes > tally.objections
        case .supermajority: return tally.yes >= 1 && tally.yes >= 2 * tally.objections
        }
    }

    /// The rule as a person reads it ("lazy consensus").
    public var words: String {
        String(rawValue.map { $0 == "-" ? " " : $0 })
    }

    /// Why a closed proposal that met any quorum was accepted or rejected, in words:
    /// "no objections by 12 March 2026", "1 block", "3 yes to 1 against".
    func explanation(of tally: Tally, closes: Day) -> String {
        let accepted = accepts(tally)
        switch self {
        case .lazyConsensus:
            return accepted ? "no objections by \(closes.inWords)" : Self.objections(tally)
        case .consent:
            return accepted ? "no blocks by \(closes.inWords)" : Self.count(tally.block, "block", "blocks")
        case .consensus:
            if accepted { return "\(tally.yes) yes, no objections" }
            return tally.objections > 0 ? Self.objections(tally) : "no yes votes"
        case .majority:
            return "\(tally.yes) yes to \(tally.objections) against"
        case .supermajority:
            if tally.yes == 0 { return "no yes votes" }
            return "\(tally.yes) yes to \(tally.objections) against, "
                + (accepted ? "at least two to one" : "short of two to one")
        }
    }

    /// "1 no", "2 blocks", "1 no, 1 block".
    private static func objections(_ tally: Tally) -> String {
        var parts: [String] = []
        if tally.no > 0 { parts.append("\(tally.no) no") }
        if tally.block > 0 { parts.append(count(tally.block, "block", "blocks")) }
        return parts.joined(separator: ", ")
    }

    private static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) \(n == 1 ? one : many)"
    }
}
