import CommonsAnalysis
import CommonsModel
import CommonsSupport

/// `/governance/` and `/governance/<id>/`: what is open for a vote, what was decided and
/// how, and for each proposal who could vote, which votes counted and why.
struct GovernancePages {
    let publication: Publication

    func pages() -> [PageJob] {
        let publication = publication
        var jobs = [PageJob(path: .governance, kind: .governance, section: .governance, source: nil) {
            GovernancePages.listContext(publication)
        }]
        for decided in publication.proposals {
            jobs.append(PageJob(path: .proposal(decided.proposal.id), kind: .proposal, section: .governance,
                                source: decided.proposal.file,
                                context: { GovernancePages.context(decided, publication) },
                                sources: { GovernancePages.feedSources(of: decided, publication, into: &$0) }))
        }
        return jobs
    }

    static func listContext(_ publication: Publication) -> [String: Any] {
        let governance = publication.analysis.governance
        let decided = ProposalRow.decided(publication.proposals)
        let outcomes = ProposalStatus.allCases.filter { $0 != .open }.compactMap { status -> [String: Any]? in
            let proposals = decided.filter { $0.outcome.status == status }
            guard !proposals.isEmpty else { return nil }
            return ["heading": status.words.capitalizedFirst, "status": status.rawValue,
                    "proposals": ProposalRow.list(proposals, in: publication)]
        }
        var context: [String: Any] = [
            "title": "Governance",
            "description": "How \(publication.settings.title) decides: open proposals, decisions and the rules behind them.",
            "open": ProposalRow.list(ProposalRow.open(publication.proposals), in: publication),
            "outcomes": outcomes,
            "statuses": ProposalStatus.allCases.map { ["label": $0.words.capitalizedFirst, "count": Words.count(governance.statuses[$0] ?? 0)] as [String: Any] },
            "rules": DecisionRule.allCases.map { ["rule": $0.words, "explanation": $0.explanation, "quorum": $0.needsQuorum] as [String: Any] },
            "defaultRule": publication.settings.rule.words,
            "defaultQuorum": QuorumWords.share(publication.settings.quorum),
            "windowDays": Words.plural(publication.settings.windowDays, "day"),
            "eligibilityDays": Words.plural(publication.settings.eligibilityDays, "day"),
        ]
        context["participation"] = governance.participationMedian.map(Words.percent)
        return context
    }

    static func context(_ decided: Publication.DecidedProposal, _ publication: Publication) -> [String: Any] {
        let proposal = decided.proposal
        let outcome = decided.outcome
        var context = ProposalRow.context(decided, in: publication)
        context["body"] = ShownBody(markdown: proposal.body, publication: publication)
        context["author"] = PersonLink.context(proposal.author, in: publication)
        context["rule"] = outcome.rule.words
        context["ruleExplained"] = outcome.rule.explanation
        context["quorum"] = QuorumWords.requirement(outcome)
        // Names only, as one text: a commons-wide proposal can have thousands of eligible
        // voters (a list item each was a fifth of a big site's rendering), and those who
        // voted are linked in the votes table.
        context["eligibleVoters"] = Shown(outcome.eligible.isEmpty ? "Nobody."
            : outcome.eligible.map { publication.name(of: $0) }.joined(separator: ", ") + ".")
        context["eligibility"] = "People who contributed to \(proposal.project.map { publication.title(ofProject: $0) } ?? "any project") "
            + "between \(outcome.eligibilityWindow.lowerBound.inWords) and \(outcome.eligibilityWindow.upperBound.inWords)"
            + (proposal.project != nil ? ", the project's maintainers and the author." : ", and the author.")
        // Like a contribution row, a vote carries flat copies of what the default table
        // reads, and the page's root: a big proposal has hundreds of votes.
        let root = Shown(PagePath.proposal(proposal.id).root)
        context["votes"] = decided.votes.map { vote, reason -> [String: Any] in
            let voter = PersonLink.context(vote.voter, in: publication)
            var row: [String: Any] = [
                "voter": voter,
                "voterHref": voter["href"]!,
                "voterName": voter["name"]!,
                "value": Shown(vote.value.rawValue),
                "counted": reason == nil,
                "root": root,
            ]
            row["date"] = vote.date.map(Words.day) ?? false
            row["comment"] = vote.comment.map(Shown.init) ?? false
            row["reason"] = reason.map(Shown.init) ?? false
            return row
        }
        context["participation"] = outcome.eligible.isEmpty ? nil : Words.percent(outcome.participation)
        context["description"] = "\(proposal.title): \(outcome.reason)."
        return context
    }

    /// What `context` is made of, so that a preview tells a proposal's page unchanged
    /// without building its values (`PageFingerprint`): the proposal and its outcome
    /// whole, every person's name (the author's, the voters', the eligible voters'), the
    /// project's title and whether raw HTML is let through its body. Whole rather than
    /// field by field, so that no field the page comes to show can be missed.
    static func feedSources(of decided: Publication.DecidedProposal, _ publication: Publication, into hasher: inout Hasher) {
        hasher.combine(decided.proposal)
        hasher.combine(decided.outcome)
        hasher.combine(publication.namesDigest)
        hasher.combine(decided.proposal.project.map(publication.title(ofProject:)))
        hasher.combine(publication.settings.unsafeHTML)
    }
}
