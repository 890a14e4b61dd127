import CommonsModel

/// A vote that does not count, and why, in words for the site.
public struct UncountedVote: Hashable, Sendable {
    public let vote: Vote
    /// "cast 20 March 2026, after the close on 14 March 2026".
    public let reason: String
}

/// Where one proposal stands as of a day (SPEC §3): who may vote, which votes count,
/// the tally, the quorum and the status, each with the reason a reader needs.
public struct ProposalOutcome: Hashable, Sendable {
    public let id: String
    public let status: ProposalStatus
    /// The status with its reason: "accepted — no objections by 12 March 2026 (lazy
    /// consensus)", "no quorum — 2 of 9 eligible voted, 3 needed".
    public let reason: String
    public let rule: DecisionRule
    public let quorum: Quorum
    public let closes: Day
    /// Contributions dated in this window make a person eligible.
    public let eligibilityWindow: ClosedRange<Day>
    /// Eligible voters' handles, sorted.
    public let eligible: [String]
    /// The votes that count, in the order the file lists them.
    public let counted: [Vote]
    /// The votes that do not, in the order the file lists them.
    public let uncounted: [UncountedVote]
    /// Counted votes only — for open and withdrawn proposals too.
    public let tally: Tally
    /// ⌈quorum × eligible⌉, exact; nil when the rule asks no quorum.
    public let votersNeeded: Int?
    /// True when the rule asks no quorum.
    public let quorumMet: Bool
    /// Counted voters over eligible voters. SPEC §3 defines it for closed proposals; for
    /// an open one it is the turnout so far.
    public let participation: Double
    /// Days until the close for an open proposal, else nil.
    public let daysLeft: Int?

    init(proposal: Proposal, eligibleVoters: EligibleVoters, asOf: Day) {
        id = proposal.id
        rule = proposal.rule
        quorum = proposal.quorum
        closes = proposal.closes
        eligibilityWindow = eligibleVoters.window(for: proposal)
        eligible = eligibleVoters.voters(for: proposal)
        (counted, uncounted) = Self.sort(proposal.votes, of: proposal, eligible: eligible,
                                         window: eligibilityWindow, asOf: asOf, eligibleVoters: eligibleVoters)
        tally = Tally(counted)
        votersNeeded = proposal.rule.needsQuorum ? proposal.quorum.votersNeeded(outOf: eligible.count) : nil
        quorumMet = tally.voters >= (votersNeeded ?? 0)
        participation = eligible.isEmpty ? 0 : Double(tally.voters) / Double(eligible.count)
        (status, reason, daysLeft) = Self.decide(proposal, tally: tally, eligible: eligible.count,
                                                 votersNeeded: votersNeeded, asOf: asOf)
        var hasher = Hasher()
        hasher.combine(id)
        hasher.combine(status)
        hasher.combine(reason)
        hasher.combine(rule)
        hasher.combine(quorum)
        hasher.combine(closes)
        hasher.combine(eligibilityWindow)
        hasher.combine(eligible)
        hasher.combine(counted)
        hasher.combine(uncounted)
        hasher.combine(tally)
        hasher.combine(votersNeeded)
        hasher.combine(quorumMet)
        hasher.combine(participation)
        hasher.combine(daysLeft)
        digest = hasher.finalize()
    }

    /// Every field above, hashed once as the outcome is worked out (a field added above
    /// is added there too): a preview's fingerprints hash each of a thousand outcomes,
    /// with their hundreds of eligible voters, after every edit, and an outcome taken
    /// from the last analysis brings its digest with it. Equality still compares fields.
    private let digest: Int

    public func hash(into hasher: inout Hasher) { hasher.combine(digest) }

    /// Splits the votes into those that count and those that do not, with the first
    /// reason that applies.
    private static func sort(_ votes: [Vote], of proposal: Proposal, eligible: [String], window: ClosedRange<Day>,
                             asOf: Day, eligibleVoters: EligibleVoters) -> (counted: [Vote], uncounted: [UncountedVote]) {
        var counted: [Vote] = []
        var uncounted: [UncountedVote] = []
        var voted = Set<String>()
        for vote in votes {
            let reason: String?
            if let date = vote.date, date > asOf {
                reason = "dated \(date.inWords), after the as-of day (\(asOf.inWords))"
            } else if !eligible.sortedContains(vote.voter) {
                reason = ineligibility(proposal, window: window, project: eligibleVoters.title(ofProject:))
            } else if let date = vote.date, date > proposal.closes {
                reason = "cast \(date.inWords), after the close on \(proposal.closes.inWords)"
            } else if voted.contains(vote.voter) {
                reason = "a second vote by the same person; the first counts"
            } else {
                reason = nil
            }
            if let reason {
                uncounted.append(UncountedVote(vote: vote, reason: reason))
            } else {
                counted.append(vote)
                voted.insert(vote.voter)
            }
        }
        return (counted, uncounted)
    }

    /// The status as of the day (SPEC §3) and its reason in words.
    private static func decide(_ proposal: Proposal, tally: Tally, eligible: Int, votersNeeded: Int?,
                               asOf: Day) -> (ProposalStatus, String, daysLeft: Int?) {
        if proposal.withdrawn {
            return (.withdrawn, "withdrawn — no decision taken", nil)
        }
        if asOf < proposal.closes {
            let left = proposal.closes.ordinal - asOf.ordinal
            return (.open, "open — closes \(proposal.closes.inWords), \(left) day\(left == 1 ? "" : "s") left", left)
        }
        if let votersNeeded, tally.voters < votersNeeded {
            return (.noQuorum, "no quorum — \(tally.voters) of \(eligible) eligible voted, \(votersNeeded) needed", nil)
        }
        let status: ProposalStatus = proposal.rule.accepts(tally) ? .accepted : .rejected
        let why = proposal.rule.explanation(of: tally, closes: proposal.closes)
        return (status, "\(status.words) — \(why) (\(proposal.rule.words))", nil)
    }

    /// "not eligible: no contribution to Community map between 1 March 2025 and 1 March
    /// 2026, not a maintainer or the author" — the project by its title, as pages show it.
    private static func ineligibility(_ proposal: Proposal, window: ClosedRange<Day>,
                                      project title: (String) -> String) -> String {
        let span = "between \(window.lowerBound.inWords) and \(window.upperBound.inWords)"
        if let project = proposal.project {
            return "not eligible: no contribution to \(title(project)) \(span), not a maintainer or the author"
        }
        return "not eligible: no contribution to any project \(span), not the author"
    }
}
