/// Reads `governance/**/<x>.md`: a proposal and its votes.
struct ProposalDraft: Sendable {
    var proposal: Proposal
    var rule: DecisionRule?
    var quorum: Quorum?
    var closes: Day?
    var authorPosition: Position
    var projectPosition: Position
    var closesPosition: Position
    var openedPosition: Position
}

enum ProposalFile {
    static let fields = ["title", "author", "project", "opened", "closes", "rule", "quorum", "withdrawn", "votes"]
    static let voteFields = ["vote", "date", "comment"]

    /// A proposal, or only the people and project it names when a required field is
    /// missing or unreadable (already reported).
    static func read(_ front: FrontMatter, id: String, body: Markdown) -> LoadedFile.Entry? {
        let title = front.string("title", required: true)
        let author = front.string("author", required: true)
        let project = front.string("project")
        let opened = front.day("opened", required: true)
        let closes = front.day("closes")
        let rule = front.choice("rule", as: DecisionRule.self)
        let quorum = front.quorum("quorum")
        let withdrawn = front.bool("withdrawn") ?? false
        var votes: [Vote] = []
        for entry in front.map("votes") ?? [] {
            if let vote = readVote(entry, front: front) { votes.append(vote) }
        }
        front.warnAboutUnknownFields(known: fields)
        // Counted all the same (the spec leaves out only votes after the close), but a vote
        // dated before the proposal existed is most likely a slip in one of the two dates.
        if let opened {
            for vote in votes {
                if let date = vote.date, date < opened {
                    front.report(.warning, at: vote.position,
                                 "the vote of '\(vote.voter)' is dated \(date), before the proposal opened (\(opened)); it is counted, but check both dates")
                }
            }
        }
        if let opened, let closes, closes < opened {
            front.report(.error, at: front.valuePosition("closes"),
                         "'closes' (\(closes)) is before 'opened' (\(opened)); a proposal cannot close before it opens")
        }
        guard let title, let author, let opened else {
            let named = (author.map { [Reference(noun: .author, name: $0, position: front.valuePosition("author"))] } ?? [])
                + (project.map { [Reference(noun: .project, name: $0, position: front.valuePosition("project"))] } ?? [])
                + votes.map { Reference(noun: .voter, name: $0.voter, position: $0.position) }
            return named.isEmpty ? nil : .references(named, file: front.path)
        }
        var proposal = Proposal(id: id, title: title, author: author, project: project,
                                opened: opened, closes: closes ?? opened, withdrawn: withdrawn, votes: votes)
        proposal.file = front.path
        proposal.body = body
        return .proposal(ProposalDraft(proposal: proposal, rule: rule, quorum: quorum, closes: closes,
                                       authorPosition: front.valuePosition("author"),
                                       projectPosition: front.valuePosition("project"),
                                       closesPosition: front.valuePosition("closes"),
                                       openedPosition: front.valuePosition("opened")))
    }

    /// `handle: yes` or `handle: {vote: yes, date: 2026-03-02, comment: "…"}`.
    static func readVote(_ entry: (key: String, keyPosition: Position, value: YAMLNode), front: FrontMatter) -> Vote? {
        let key = "votes." + entry.key
        if case .mapping = entry.value {
            guard let fields = front.entries(of: entry.value, key: key) else { return nil }
            front.warnAboutUnknownKeys(fields, in: key, known: voteFields)
            guard let valueNode = fields.first(where: { $0.key == "vote" })?.value, !front.isNull(valueNode) else {
                front.report(.error, at: entry.keyPosition, "vote of '\(entry.key)' has no 'vote:' (yes, no, abstain or block)")
                return nil
            }
            guard let value = front.choice(valueNode, key: key, as: VoteValue.self, noun: "vote") else { return nil }
            var vote = Vote(voter: entry.key, value: value)
            vote.position = entry.keyPosition
            if let dateNode = fields.first(where: { $0.key == "date" })?.value, !front.isNull(dateNode) {
                guard let day = front.day(dateNode, key: key + ".date") else { return nil }
                vote.date = day
            }
            if let commentNode = fields.first(where: { $0.key == "comment" })?.value, !front.isNull(commentNode) {
                vote.comment = front.scalarText(commentNode, key: key + ".comment", expected: "text")
            }
            return vote
        }
        guard let value = front.choice(entry.value, key: key, as: VoteValue.self, noun: "vote") else { return nil }
        var vote = Vote(voter: entry.key, value: value)
        vote.position = entry.keyPosition
        return vote
    }
}

