import CommonsSupport

/// `/contributions/<id>/`: one piece of work with its description.
struct ContributionPages {
    let publication: Publication
    let rows: ContributionRows

    func pages() -> [PageJob] {
        let publication = publication
        let rows = rows
        return zip(publication.ledger.indices, publication.ledger).map { position, contribution in
            PageJob(path: .contribution(contribution.id), kind: .contribution, section: .contributions, source: contribution.file,
                    context: {
                        var context = rows.row(contribution)
                        context["body"] = Shown(publication.html(contribution.body.droppingOpeningHeading(saying: contribution.title)))
                        context["description"] = Shown("\(contribution.kind.rawValue.capitalizedFirst) for \(publication.title(ofProject: contribution.project)), "
                            + "\(contribution.date.inWords).")
                        return context
                    },
                    // The row's sources (the title among them, which the body drops as its
                    // heading), and the body's.
                    sources: { hasher in
                        hasher.combine(rows.sourcesDigest(at: position))
                        ShownBody(markdown: contribution.body, publication: publication).feedSources(into: &hasher)
                    })
        }
    }
}
