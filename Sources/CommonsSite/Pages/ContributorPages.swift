import CommonsAnalysis
import CommonsModel

/// `/contributors/` and `/contributors/<handle>/`: the people of the commons, what each
/// did, where, and how they took part in decisions.
struct ContributorPages {
    static let latestContributions = 50

    let publication: Publication
    let rows: ContributionRows

    func pages() -> [PageJob] {
        let publication = publication
        let rows = rows
        var jobs = [PageJob(path: .contributors, kind: .contributors, section: .contributors, source: nil) {
            ContributorPages.listContext(publication)
        }]
        for person in publication.commons.contributors {
            jobs.append(PageJob(path: .contributor(person.handle), kind: .contributor, section: .contributors, source: person.file,
                                context: { ContributorPages.context(person, publication, rows) },
                                sources: { ContributorPages.feedSources(of: person, publication, rows, into: &$0) }))
        }
        return jobs
    }

    static func listContext(_ publication: Publication) -> [String: Any] {
        let people = publication.commons.contributors.sorted {
            ($0.name.lowercased(), $0.handle) < ($1.name.lowercased(), $1.handle)
        }
        let rows = people.map { person -> [String: Any] in
            let figures = publication.analysis.contributors[person.handle]
            var row: [String: Any] = [
                "href": PagePath.contributor(person.handle).href,
                "name": person.name,
                "contributions": Words.count(figures?.contributions ?? 0),
                "hours": Words.hours(figures?.hours ?? 0),
                "projects": Words.count(figures?.projects.count ?? 0),
            ]
            row["affiliation"] = person.affiliation ?? false
            row["last"] = figures?.last.map(Words.day) ?? false
            return row
        }
        return ["title": "People", "people": rows,
                "description": "The \(Words.plural(people.count, "person", "people")) of \(publication.settings.title) and the work each has done."]
    }

    static func context(_ person: Contributor, _ publication: Publication, _ rows: ContributionRows) -> [String: Any] {
        let figures = publication.analysis.contributors[person.handle]
        let root = Shown(PagePath.contributor(person.handle).root)
        let ledger = publication.ledgerByContributor[person.handle] ?? []
        let kinds = (publication.analysis.contributorKinds[person.handle] ?? [:]).sorted {
            $0.value.contributions != $1.value.contributions ? $0.value.contributions > $1.value.contributions : $0.key < $1.key
        }
        var context: [String: Any] = [
            "title": person.name,
            "name": person.name,
            "handle": person.handle,
            "body": ShownBody(markdown: person.body, publication: publication),
            "links": person.links.map { link -> [String: Any] in
                ["href": link, "text": link.hasPrefix("mailto:") ? String(link.dropFirst(7)) : link]
            },
            "figures": [
                FigureList.item("Contributions", Words.count(figures?.contributions ?? 0)),
                FigureList.item("Hours", Words.hours(figures?.hours ?? 0), "co-authored work shared"),
                FigureList.item("Projects", Words.count(figures?.projects.count ?? 0)),
                FigureList.item("Votes counted", Words.count(figures?.votes ?? 0)),
                FigureList.item("Proposals", Words.count(figures?.proposals ?? 0), "authored"),
            ],
            "projects": (figures?.projects ?? []).map { ProjectLink.context($0, in: publication) },
            "kinds": kinds.map { ["kind": $0.key.rawValue, "contributions": Words.count($0.value.contributions),
                                  "hours": Words.hours($0.value.hours)] as [String: Any] },
            "contributions": rows.table(ledger.prefix(latestContributions), on: .contributor(person.handle)),
            // Flat, with the page's root, like a contribution row: an active person has
            // voted on hundreds of proposals.
            "votes": (publication.votesByVoter[person.handle] ?? []).map { cast -> [String: Any] in
                let href = Shown(PagePath.proposal(cast.proposal.proposal.id).href)
                let title = Shown(cast.proposal.proposal.title)
                var vote: [String: Any] = [
                    "proposal": ["href": href, "title": title],
                    "proposalHref": href,
                    "proposalTitle": title,
                    "value": Shown(cast.vote.value.rawValue),
                    "counted": cast.uncountedReason == nil,
                    "root": root,
                ]
                vote["date"] = cast.vote.date.map(Words.day) ?? false
                vote["reason"] = cast.uncountedReason.map(Shown.init) ?? false
                return vote
            },
            "authored": ProposalRow.list(publication.proposalsByAuthor[person.handle] ?? [], in: publication),
        ]
        context["affiliation"] = person.affiliation
        context["joined"] = person.joined.map(Words.day)
        context["first"] = figures?.first.map(Words.day)
        context["last"] = figures?.last.map(Words.day)
        if ledger.count > latestContributions {
            context["moreContributions"] = "The latest \(latestContributions) of \(Words.plural(ledger.count, "contribution")); the ledger lists them all."
        }
        context["description"] = person.affiliation.map { "\(person.name) (\($0)) in \(publication.settings.title)" }
            ?? "\(person.name) in \(publication.settings.title)"
        return context
    }

    /// Everything `context` reads, so that a preview tells a person's page unchanged
    /// without building its values (`PageFingerprint`): at 50,000 contributions the 2,000
    /// person pages' values were a fifth of what each edit cost. The page's root and the
    /// site's title are the layout's part of the fingerprint. A value `context` comes to
    /// read must be fed here too.
    static func feedSources(of person: Contributor, _ publication: Publication, _ rows: ContributionRows,
                            into hasher: inout Hasher) {
        hasher.combine(person.handle)
        hasher.combine(person.name)
        hasher.combine(person.links)
        hasher.combine(person.affiliation)
        hasher.combine(person.joined)
        ShownBody(markdown: person.body, publication: publication).feedSources(into: &hasher)
        let figures = publication.analysis.contributors[person.handle]
        hasher.combine(figures?.contributions)
        hasher.combine(figures?.hours)
        hasher.combine(figures?.votes)
        hasher.combine(figures?.proposals)
        hasher.combine(figures?.first)
        hasher.combine(figures?.last)
        hasher.combine(figures?.projects)
        for slug in figures?.projects ?? [] { hasher.combine(publication.title(ofProject: slug)) }
        let kinds = publication.analysis.contributorKinds[person.handle] ?? [:]
        hasher.combine(kinds.count)
        for (kind, totals) in kinds.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            hasher.combine(kind)
            hasher.combine(totals.contributions)
            hasher.combine(totals.hours)
        }
        let ledger = publication.ledgerByContributor[person.handle] ?? []
        hasher.combine(ledger.count)
        for place in ledger.prefix(latestContributions) { hasher.combine(rows.sourcesDigest(at: place)) }
        let votes = publication.votesByVoter[person.handle] ?? []
        hasher.combine(votes.count)
        for cast in votes {
            hasher.combine(cast.proposal.proposal.id)
            hasher.combine(cast.proposal.proposal.title)
            hasher.combine(cast.vote.value)
            hasher.combine(cast.vote.date)
            hasher.combine(cast.uncountedReason)
        }
        let authored = publication.proposalsByAuthor[person.handle] ?? []
        hasher.combine(authored.count)
        for decided in authored { ProposalRow.feedSources(of: decided, in: publication, into: &hasher) }
    }
}
