/// The commons' governance at a glance (SPEC §4, `governance`).
public struct GovernanceSummary: Sendable, Equatable {
    /// Every status, zeros included.
    public let statuses: [ProposalStatus: Int]
    /// The median participation of closed proposals (accepted, rejected, no quorum);
    /// nil when none has closed.
    public let participationMedian: Double?

    public init(_ outcomes: some Collection<ProposalOutcome>) {
        var statuses = Dictionary(uniqueKeysWithValues: ProposalStatus.allCases.map { ($0, 0) })
        for outcome in outcomes { statuses[outcome.status, default: 0] += 1 }
        self.statuses = statuses
        participationMedian = median(outcomes.filter { $0.status.isClosed }.map(\.participation))
    }
}

/// The middle value, or the mean of the middle two for an even count; nil when empty.
func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
