/// The orders proposals are listed in, the same in the report and on the site: what a
/// reader can still act on by its deadline, what was decided by how recent it is.
extension ProposalOutcome {
    /// Closing soonest first; ties by id.
    public static func closingSoonestFirst(_ a: ProposalOutcome, _ b: ProposalOutcome) -> Bool {
        (a.closes, a.id) < (b.closes, b.id)
    }

    /// The latest close first; ties by id.
    public static func latestCloseFirst(_ a: ProposalOutcome, _ b: ProposalOutcome) -> Bool {
        (b.closes, a.id) < (a.closes, b.id)
    }
}
