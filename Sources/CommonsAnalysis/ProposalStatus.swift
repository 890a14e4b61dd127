import CommonsSupport

/// Where a proposal stands as of a day (SPEC §3), in the order the site lists them.
public enum ProposalStatus: String, CaseIterable, Sendable {
    case open, accepted, rejected
    case noQuorum = "no-quorum"
    case withdrawn
    // By the case, not the raw text (`caseNumber(of:)`).
    public static func == (a: ProposalStatus, b: ProposalStatus) -> Bool { caseNumber(of: a) == caseNumber(of: b) }
    public func hash(into hasher: inout Hasher) { hasher.combine(caseNumber(of: self)) }

    /// Decided by its rule: the proposals whose participation counts.
    public var isClosed: Bool {
        switch self {
        case .accepted, .rejected, .noQuorum: return true
        case .open, .withdrawn: return false
        }
    }

    /// The status as a person reads it ("no quorum").
    public var words: String {
        self == .noQuorum ? "no quorum" : rawValue
    }
}
