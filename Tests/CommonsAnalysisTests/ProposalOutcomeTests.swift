import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

@Suite struct ProposalOutcomeTests {
    /// Ten people worked on the garden in January 2026: every garden proposal below has
    /// exactly ten eligible voters, so quorum 0.3 needs exactly 3.
    static let gardeners = ["ana", "ben", "cy", "dee", "eve", "fay", "gus", "hal", "ivy", "jo"]
    static let gardenWork = gardeners.map { work($0, on: "2026-01-15", hours: 1) }

    /// The outcome of one garden proposal opened 2026-03-01, closing 2026-03-14.
    func outcome(rule: DecisionRule = .lazyConsensus, quorum: String = "0.5", withdrawn: Bool = false,
                 closes: String = "2026-03-14", votes: [Vote], asOf: String = "2026-03-31",
                 extraWork: [Contribution] = []) -> ProposalOutcome {
        let garden = proposal("p", by: "ana", opened: "2026-03-01", closes: closes, rule: rule, quorum: quorum,
                              withdrawn: withdrawn, votes: votes)
        let analysis = Analysis(commons: commons(contributions: Self.gardenWork + extraWork, proposals: [garden]),
                                asOf: day(asOf))
        return analysis.proposals["p"]!
    }

    func votes(yes: Int = 0, no: Int = 0, abstain: Int = 0, block: Int = 0) -> [Vote] {
        let values = Array(repeating: VoteValue.yes, count: yes) + Array(repeating: .no, count: no)
            + Array(repeating: .abstain, count: abstain) + Array(repeating: .block, count: block)
        return zip(Self.gardeners, values).map { vote($0, $1) }
    }

    // MARK: Each rule

    @Test func lazyConsensusSilenceIsConsent() {
        let result = outcome(rule: .lazyConsensus, votes: [])
        #expect(result.status == .accepted)
        #expect(result.reason == "accepted — no objections by 14 March 2026 (lazy consensus)")
        #expect(result.votersNeeded == nil)
        #expect(result.quorumMet)
    }

    @Test func lazyConsensusOneObjectionRejects() {
        let result = outcome(rule: .lazyConsensus, votes: votes(yes: 6, no: 1, block: 1))
        #expect(result.status == .rejected)
        #expect(result.reason == "rejected — 1 no, 1 block (lazy consensus)")
    }

    @Test func consentIgnoresNoButNotBlock() {
        #expect(outcome(rule: .consent, votes: votes(no: 3)).reason == "accepted — no blocks by 14 March 2026 (consent)")
        let blocked = outcome(rule: .consent, votes: votes(yes: 5, block: 1))
        #expect(blocked.status == .rejected)
        #expect(blocked.reason == "rejected — 1 block (consent)")
    }

    @Test func consensus() {
        #expect(outcome(rule: .consensus, votes: votes(yes: 4, abstain: 1)).reason == "accepted — 4 yes, no objections (consensus)")
        #expect(outcome(rule: .consensus, votes: votes(yes: 4, no: 1)).reason == "rejected — 1 no (consensus)")
        #expect(outcome(rule: .consensus, votes: votes(abstain: 5)).reason == "rejected — no yes votes (consensus)")
        let thin = outcome(rule: .consensus, votes: votes(yes: 4))
        #expect(thin.status == .noQuorum)
        #expect(thin.reason == "no quorum — 4 of 10 eligible voted, 5 needed")
    }

    @Test func majority() {
        #expect(outcome(rule: .majority, votes: votes(yes: 3, no: 2)).reason == "accepted — 3 yes to 2 against (majority)")
        let tied = outcome(rule: .majority, votes: votes(yes: 3, no: 2, block: 1))
        #expect(tied.status == .rejected)
        #expect(tied.reason == "rejected — 3 yes to 3 against (majority)")
        #expect(outcome(rule: .majority, votes: votes(yes: 3, no: 1)).status == .noQuorum)
    }

    @Test func supermajority() {
        #expect(outcome(rule: .supermajority, votes: votes(yes: 4, no: 2)).reason
            == "accepted — 4 yes to 2 against, at least two to one (supermajority)")
        #expect(outcome(rule: .supermajority, votes: votes(yes: 3, no: 2)).reason
            == "rejected — 3 yes to 2 against, short of two to one (supermajority)")
        #expect(outcome(rule: .supermajority, votes: votes(abstain: 5)).reason == "rejected — no yes votes (supermajority)")
        #expect(outcome(rule: .supermajority, votes: votes(yes: 2)).status == .noQuorum)
    }

    // MARK: Quorum

    /// 0.3 × 10 is 3 exactly; in binary floating point it is 3.0000000000000004, whose
    /// ceiling would wrongly ask for 4.
    @Test func aQuorumLandingOnAWholeNumberIsMetExactly() {
        let met = outcome(rule: .majority, quorum: "0.3", votes: votes(yes: 2, no: 1))
        #expect(met.votersNeeded == 3)
        #expect(met.quorumMet)
        #expect(met.status == .accepted)
        let short = outcome(rule: .majority, quorum: "0.3", votes: votes(yes: 2))
        #expect(short.status == .noQuorum)
        #expect(short.reason == "no quorum — 2 of 10 eligible voted, 3 needed")
    }

    @Test func abstentionsCountTowardsTheQuorum() {
        #expect(outcome(rule: .majority, votes: votes(yes: 2, abstain: 3)).status == .accepted)
    }

    // MARK: Which votes count

    @Test func aVoteAfterTheCloseIsNotCounted() {
        let result = outcome(votes: [vote("ana", .yes), vote("ben", .no, on: "2026-03-20"), vote("cy", .yes, on: "2026-03-14")])
        #expect(result.counted.map(\.voter) == ["ana", "cy"])
        #expect(result.uncounted.map(\.vote.voter) == ["ben"])
        #expect(result.uncounted.first?.reason == "cast 20 March 2026, after the close on 14 March 2026")
        #expect(result.tally == Tally(yes: 2))
        #expect(result.status == .accepted)
    }

    @Test func aVoteFromSomeoneNotEligibleIsNotCounted() {
        let result = outcome(votes: [vote("zed", .block), vote("old", .no)],
                             extraWork: [work("zed", to: "orchard", on: "2026-02-01"), work("old", on: "2025-02-28")])
        #expect(result.tally == Tally())
        #expect(result.uncounted.map(\.reason) == Array(repeating:
            "not eligible: no contribution to garden between 1 March 2025 and 1 March 2026, not a maintainer or the author",
            count: 2))
        #expect(result.status == .accepted)
    }

    /// Readers know a project by its title; the slug is for files.
    @Test func theReasonNamesTheProjectByItsTitle() {
        var garden = project("garden")
        garden.title = "Community garden"
        let model = commons(projects: [garden], contributions: Self.gardenWork, proposals: [
            proposal("p", by: "ana", opened: "2026-03-01", closes: "2026-03-14", votes: [vote("zed", .no)])])
        let reason = Analysis(commons: model, asOf: day("2026-03-31")).proposals["p"]?.uncounted.first?.reason
        #expect(reason == "not eligible: no contribution to Community garden between 1 March 2025 and 1 March 2026, not a maintainer or the author")
    }

    @Test func aVoteDatedAfterTheAsOfDayIsLeftOut() {
        let result = outcome(votes: [vote("ben", .block, on: "2026-03-10")], asOf: "2026-03-09")
        #expect(result.tally == Tally())
        #expect(result.uncounted.first?.reason == "dated 10 March 2026, after the as-of day (9 March 2026)")
    }

    @Test func anUndatedVoteCountsAsCastInTime() {
        #expect(outcome(votes: [vote("ben", .no)]).tally == Tally(no: 1))
    }

    @Test func onlyAPersonsFirstVoteCounts() {
        let result = outcome(votes: [vote("ben", .yes), vote("ben", .no)])
        #expect(result.tally == Tally(yes: 1))
        #expect(result.uncounted.first?.reason == "a second vote by the same person; the first counts")
    }

    // MARK: Open and withdrawn

    @Test func openUntilTheCloseDay() {
        let open = outcome(closes: "2026-12-04", votes: [vote("ben", .no)], asOf: "2026-11-27")
        #expect(open.status == .open)
        #expect(open.reason == "open — closes 4 December 2026, 7 days left")
        #expect(open.daysLeft == 7)
        #expect(open.tally == Tally(no: 1))  // counted so far, though not decided
        #expect(outcome(closes: "2026-12-04", votes: [], asOf: "2026-12-03").reason == "open — closes 4 December 2026, 1 day left")
        #expect(outcome(closes: "2026-12-04", votes: [], asOf: "2026-12-04").status == .accepted)
    }

    @Test func withdrawnWhateverTheVotes() {
        let result = outcome(rule: .majority, withdrawn: true, votes: votes(yes: 9) + [vote("zed", .no)])
        #expect(result.status == .withdrawn)
        #expect(result.reason == "withdrawn — no decision taken")
        #expect(result.tally == Tally(yes: 9))
    }

    @Test func participationIsVotersOverEligible() {
        let result = outcome(votes: votes(yes: 2, abstain: 1))
        #expect(result.eligible == Self.gardeners)
        #expect(result.participation == 0.3)
    }
}

extension ProposalOutcomeTests {
    /// A preview tells a proposal's page changed by the outcome's digest, made once from
    /// every field: a field added without being hashed there would leave pages stale.
    @Test func theDigestCoversEveryField() {
        let outcome = Analysis(commons: commons(contributions: [work("ana", on: "2026-03-01")],
                                                proposals: [proposal("p", by: "ana", opened: "2026-03-02", closes: "2026-03-20")]),
                               asOf: day("2026-03-31")).proposals["p"]!
        let fields = Mirror(reflecting: outcome).children.compactMap(\.label)
        #expect(fields.count == 16, "ProposalOutcome's fields changed: hash the new one in its digest, then count it here")
        #expect(fields.last == "digest")
    }

    /// Hashed and compared by case through `Hashable`, as tables and fingerprints do.
    @Test func aStatusIsHashedByItsCase() {
        #expect(hashesByCase(ProposalStatus.self))
    }
}
