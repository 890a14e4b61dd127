import CommonsAnalysis
import CommonsMarkdown
import CommonsModel
import CommonsSupport

/// The commons as the site publishes it: the model and its analysis as of a day, with
/// the cross-references pages read — built once, before rendering, so that each page
/// costs only its own content and no page searches the ledger.
///
/// A class, and so are the proposals in it, because every page's plan holds it: one
/// reference each, not a copy of all its fields in each of tens of thousands of pages
/// (and of every vote a proposal's person pages list).
final class Publication: Sendable {
    let commons: Commons
    let analysis: Analysis
    let address: SiteAddress
    /// A search page, indexed by Pagefind (`search: true` in commons.md, or `--search`).
    let hasSearch: Bool
    /// Bodies become HTML when the page that shows one is drawn, so no page holds another's.
    let markdown: MarkdownRenderer
    let projects: [String: Project]
    let contributors: [String: Contributor]
    /// Contributions up to the as-of day, newest first (by day, then id).
    let ledger: [Contribution]
    /// Each project's and person's contributions, as places in `ledger`: a page's
    /// fingerprint takes a row's digest by its place (`ContributionRows.sourcesDigest(at:)`).
    let ledgerByProject: [String: [Int]]
    let ledgerByContributor: [String: [Int]]
    /// Proposals opened up to the as-of day, in the model's order, with their outcomes.
    let proposals: [DecidedProposal]
    let proposalsByProject: [String: [DecidedProposal]]
    let proposalsByAuthor: [String: [DecidedProposal]]
    /// Every vote a person cast, counted or not, in proposal order.
    let votesByVoter: [String: [CastVote]]

    final class DecidedProposal: Sendable {
        let proposal: Proposal
        let outcome: ProposalOutcome

        init(proposal: Proposal, outcome: ProposalOutcome) {
            (self.proposal, self.outcome) = (proposal, outcome)
        }

        /// Every vote in the file's order, with the reason it does not count (nil when it does).
        var votes: [(vote: Vote, uncountedReason: String?)] {
            let reasons = Dictionary(outcome.uncounted.map { (VotePlace($0.vote), $0.reason) },
                                     uniquingKeysWith: { first, _ in first })
            return proposal.votes.map { ($0, reasons[VotePlace($0)]) }
        }
    }

    struct CastVote: Sendable {
        let proposal: DecidedProposal
        let vote: Vote
        /// nil when the vote counts.
        let uncountedReason: String?
    }

    init(commons: Commons, analysis: Analysis, baseURL: String?, search: Bool = false) {
        self.commons = commons
        self.analysis = analysis
        address = SiteAddress(baseURL)
        hasSearch = search
        markdown = MarkdownRenderer(unsafeHTML: commons.settings.unsafeHTML)
        projects = Dictionary(commons.projects.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        contributors = Dictionary(commons.contributors.map { ($0.handle, $0) }, uniquingKeysWith: { first, _ in first })
        var names = Hasher()
        for person in commons.contributors {
            names.combine(person.handle)
            names.combine(person.name)
        }
        namesDigest = names.finalize()
        var titles = Hasher()
        for project in commons.projects {
            titles.combine(project.slug)
            titles.combine(project.title)
        }
        titlesDigest = titles.finalize()

        // The ledger's indexes and the proposals' read nothing of each other: on a big
        // commons each takes a few hundredths of a second, made side by side.
        let ledger = Array(commons.contributions.filter { $0.date <= analysis.asOf }.reversed())
        self.ledger = ledger
        let ((byProject, decisions), byContributor) = both({
            (Publication.byProject(ledger), Publication.decisions(of: commons, analysis))
        }, {
            Publication.byContributor(ledger)
        })
        (ledgerByProject, ledgerByContributor) = (byProject, byContributor)
        (proposals, proposalsByProject, proposalsByAuthor, votesByVoter) = decisions
    }

    private static func byProject(_ ledger: [Contribution]) -> [String: [Int]] {
        var byProject: [String: [Int]] = [:]
        for place in ledger.indices { byProject[ledger[place].project, default: []].append(place) }
        return byProject
    }

    private static func byContributor(_ ledger: [Contribution]) -> [String: [Int]] {
        var byContributor: [String: [Int]] = [:]
        for place in ledger.indices {
            for handle in ledger[place].contributors {
                // One look-up per handle; a handle listed twice lists the work once.
                modify(&byContributor[handle, default: []]) { list in
                    if list.last != place { list.append(place) }
                }
            }
        }
        return byContributor
    }

    private static func decisions(of commons: Commons, _ analysis: Analysis)
        -> ([DecidedProposal], [String: [DecidedProposal]], [String: [DecidedProposal]], [String: [CastVote]]) {
        let proposals = commons.proposals.compactMap { proposal in
            analysis.proposals[proposal.id].map { DecidedProposal(proposal: proposal, outcome: $0) }
        }
        var byProject: [String: [DecidedProposal]] = [:]
        var byAuthor: [String: [DecidedProposal]] = [:]
        var votes: [String: [CastVote]] = [:]
        for decided in proposals {
            if let project = decided.proposal.project { byProject[project, default: []].append(decided) }
            byAuthor[decided.proposal.author, default: []].append(decided)
            for (vote, reason) in decided.votes {
                votes[vote.voter, default: []].append(CastVote(proposal: decided, vote: vote, uncountedReason: reason))
            }
        }
        return (proposals, byProject, byAuthor, votes)
    }

    var settings: Settings { commons.settings }
    var asOf: Day { analysis.asOf }

    /// A body as HTML, under its page's title.
    func html(_ body: Markdown) -> String {
        body.source.count < LongBodies.threshold ? markdown.render(body) : longBodies.html(body, markdown.render)
    }
    private let longBodies = LongBodies()
    func name(of handle: String) -> String { contributors[handle]?.name ?? handle }
    /// Every person's handle and name, hashed: what `name(of:)` answers, for a
    /// fingerprint that would otherwise look up thousands of names (a proposal's
    /// eligible voters, `GovernancePages.feedSources`).
    let namesDigest: Int
    /// Every project's slug and title, hashed: what `title(ofProject:)` answers.
    let titlesDigest: Int
    func title(ofProject slug: String) -> String { projects[slug]?.title ?? slug }
}

/// Where a vote is written: the same person may vote twice (only the first counts), so
/// the voter alone does not tell the two apart; the place in the file does.
private struct VotePlace: Hashable {
    let voter: String
    let line: Int
    let column: Int

    init(_ vote: Vote) {
        voter = vote.voter
        line = vote.position.line
        column = vote.position.column
    }
}

