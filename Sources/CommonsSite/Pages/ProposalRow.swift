import CommonsAnalysis
import CommonsModel

/// A proposal in a list: title, where it stands and why, when it closes, the tally so far.
enum ProposalRow {
    /// - Parameter showingProject: false on the project's own page, where its name on every
    ///   proposal would only repeat the page's title.
    static func context(_ decided: Publication.DecidedProposal, in publication: Publication,
                        showingProject: Bool = true) -> [String: Any] {
        let proposal = decided.proposal
        let outcome = decided.outcome
        var row: [String: Any] = [
            "href": PagePath.proposal(proposal.id).href,
            "title": proposal.title,
            "status": outcome.status.rawValue,
            "statusWords": outcome.status.words,
            "reason": outcome.reason,
            "opened": Words.day(proposal.opened),
            "closes": Words.day(outcome.closes),
            "tally": tally(outcome.tally),
            "eligible": Words.plural(outcome.eligible.count, "eligible voter"),
            "why": why(outcome.reason),
            // Absent keys would be looked up in the enclosing page's context: say false.
            "isOpen": outcome.daysLeft != nil,
            "daysLeft": outcome.daysLeft.map { Words.plural($0, "day") + " left" } ?? false,
            "project": proposal.project.map { ProjectLink.context($0, in: publication) } ?? false,
        ]
        row["commonsWide"] = proposal.project == nil
        if !showingProject { row["project"] = false }
        return row
    }

    /// Everything `context` reads, for a page told by its sources (`PageJob.sources`);
    /// `showingProject` is the page's to feed.
    static func feedSources(of decided: Publication.DecidedProposal, in publication: Publication, into hasher: inout Hasher) {
        let proposal = decided.proposal
        let outcome = decided.outcome
        hasher.combine(proposal.id)
        hasher.combine(proposal.title)
        hasher.combine(proposal.opened)
        hasher.combine(proposal.project)
        hasher.combine(proposal.project.map(publication.title(ofProject:)))
        hasher.combine(outcome.status)
        hasher.combine(outcome.reason)
        hasher.combine(outcome.closes)
        for value in VoteValue.allCases { hasher.combine(outcome.tally[value]) }
        hasher.combine(outcome.eligible.count)
        hasher.combine(outcome.daysLeft)
    }

    static func list(_ proposals: some Collection<Publication.DecidedProposal>, in publication: Publication,
                     showingProject: Bool = true) -> [[String: Any]] {
        proposals.map { context($0, in: publication, showingProject: showingProject) }
    }

    /// The reason without the status it starts with ("accepted — no objections by …" →
    /// "no objections by …"), for lists that show the status as a badge beside it.
    static func why(_ reason: String) -> String {
        guard let dash = reason.firstRange(of: " — ") else { return reason }
        return String(reason[dash.upperBound...])
    }

    /// "3 yes · 1 no · 0 abstain · 0 block".
    static func tally(_ tally: Tally) -> String {
        VoteValue.allCases.map { "\(tally[$0]) \($0.rawValue)" }.joined(separator: " · ")
    }

    /// Open proposals, closing soonest first.
    static func open(_ proposals: [Publication.DecidedProposal]) -> [Publication.DecidedProposal] {
        proposals.filter { $0.outcome.status == .open }
            .sorted { ProposalOutcome.closingSoonestFirst($0.outcome, $1.outcome) }
    }

    /// Decided and withdrawn proposals, latest close first.
    static func decided(_ proposals: [Publication.DecidedProposal]) -> [Publication.DecidedProposal] {
        proposals.filter { $0.outcome.status != .open }
            .sorted { ProposalOutcome.latestCloseFirst($0.outcome, $1.outcome) }
    }
}
