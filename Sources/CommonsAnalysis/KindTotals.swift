import CommonsModel

/// Contributions and hours of one kind of work in a scope (SPEC §2, `kinds`).
public struct KindTotals: Hashable, Sendable {
    public var contributions: Int = 0
    public var hours: Double = 0

    public init(contributions: Int = 0, hours: Double = 0) {
        self.contributions = contributions
        self.hours = hours
    }

    /// Adds one contribution of `hours`, in one access to a table's entry rather than two.
    mutating func add(hours: Double) {
        contributions += 1
        self.hours += hours
    }
}

/// Totals per kind, listing only the kinds that occur.
func kindTotals(_ contributions: [Contribution]) -> [Kind: KindTotals] {
    var totals: [Kind: KindTotals] = [:]
    for contribution in contributions {
        totals[contribution.kind, default: KindTotals()].add(hours: contribution.hours)
    }
    return totals
}
