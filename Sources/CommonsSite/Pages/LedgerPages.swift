/// `/contributions/`: every contribution, newest first, a page of them at a time.
struct LedgerPages {
    static let pageSize = 50

    let publication: Publication
    let rows: ContributionRows

    func pages() -> [PageJob] {
        let publication = publication
        let rows = rows
        let count = max(1, (publication.ledger.count + LedgerPages.pageSize - 1) / LedgerPages.pageSize)
        return (1...count).map { number in
            PageJob(path: .ledger(page: number), kind: .ledger, section: .contributions, source: nil,
                    context: { LedgerPages.context(page: number, of: count, publication, rows) },
                    sources: { LedgerPages.feedSources(page: number, of: count, publication, rows, into: &$0) })
        }
    }

    static func context(page number: Int, of count: Int, _ publication: Publication, _ rows: ContributionRows) -> [String: Any] {
        let start = (number - 1) * pageSize
        let places = start..<min(publication.ledger.count, start + pageSize)
        let slice = publication.ledger[places]
        var context: [String: Any] = [
            "title": number == 1 ? "Ledger" : "Ledger, page \(number) of \(count)",
            "contributions": rows.table(places, on: .ledger(page: number)),
            "total": Words.plural(publication.ledger.count, "contribution"),
            "description": "Every piece of work recorded in \(publication.settings.title), newest first.",
        ]
        if count > 1 { context["pagination"] = Pagination(page: number, of: count).context() }
        if let first = slice.first, let last = slice.last {
            context["range"] = "\(last.date.inWords) to \(first.date.inWords)"
        }
        return context
    }

    /// Everything `context` reads, for a preview that tells a page unchanged without
    /// building its rows (`PageFingerprint`): the page's number and count, the ledger's
    /// length and the page's rows' digests, whose dates the range is made of. The site's
    /// title is the layout's part of the fingerprint.
    static func feedSources(page number: Int, of count: Int, _ publication: Publication, _ rows: ContributionRows,
                            into hasher: inout Hasher) {
        let start = (number - 1) * pageSize
        let places = start..<min(publication.ledger.count, start + pageSize)
        let slice = publication.ledger[places]
        hasher.combine(number)
        hasher.combine(count)
        hasher.combine(publication.ledger.count)
        for position in slice.indices { hasher.combine(rows.sourcesDigest(at: position)) }
    }
}
