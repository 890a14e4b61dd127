import CommonsModel

/// One person's record as of a day (SPEC §4, `contributors`).
public struct ContributorFigures: Sendable, Equatable {
    public let handle: String
    /// Contributions that list the person, whole numbers: co-authored work counts once each.
    public let contributions: Int
    /// Credited hours, Σ hours/k.
    public let hours: Double
    /// Slugs of the projects they contributed to, sorted.
    public let projects: [String]
    /// First and last contribution days, nil without contributions.
    public let first: Day?
    public let last: Day?
    /// Counted votes across all proposals.
    public let votes: Int
    /// Proposals they authored.
    public let proposals: Int
}

/// Every listed person's figures, plus anyone credited without a contributor file (which
/// `check` reports as an error) so that the figures still add up.
func contributorFigures(contributors: [Contributor], contributions: [Contribution],
                        proposals: [Proposal], outcomes: [String: ProposalOutcome]) -> [String: ContributorFigures] {
    struct Record {
        var contributions = 0
        var hours = 0.0
        var projects = Set<String>()
        var first: Day?
        var last: Day?
        var votes = 0
        var proposals = 0

        mutating func add(_ contribution: Contribution, sharedBy people: Int) {
            contributions += 1
            hours += contribution.hours / Double(people)
            projects.insert(contribution.project)
            first = min(first ?? contribution.date, contribution.date)
            last = max(last ?? contribution.date, contribution.date)
        }
    }
    var records = Dictionary(contributors.map { ($0.handle, Record()) }, uniquingKeysWith: { first, _ in first })
    for contribution in contributions {
        let handles = contribution.creditedHandles
        // Changed in place: a record taken out and put back copied its set of projects
        // for each of 50,000 contributions.
        for handle in handles { records[handle, default: Record()].add(contribution, sharedBy: handles.count) }
    }
    for proposal in proposals {
        records[proposal.author, default: Record()].proposals += 1
        for vote in outcomes[proposal.id]?.counted ?? [] {
            records[vote.voter, default: Record()].votes += 1
        }
    }
    return Dictionary(uniqueKeysWithValues: records.map { handle, record in
        (handle, ContributorFigures(handle: handle, contributions: record.contributions, hours: record.hours,
                                    projects: record.projects.sorted(), first: record.first, last: record.last,
                                    votes: record.votes, proposals: record.proposals))
    })
}
