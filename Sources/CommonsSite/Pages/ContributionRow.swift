import CommonsAnalysis
import CommonsModel

/// A contribution as a row of a ledger table: day, title, people, project, kind, hours,
/// compensation. Everything here is escaped by the templates.
///
/// A row is drawn once per table it is in, tens of thousands of times on a big site, and
/// each name a template looks up costs swift-mustache dynamic casts for every level of the
/// context stack it climbs and every part of a dotted name. So a row carries flat copies
/// of what the default row reads (`dateISO` beside `date.iso`, `projectHref` beside
/// `project.href`) and, in a table, the page's `root` and `projectPage`: each is then
/// found in the row itself. The nested forms stay for themes that use them.
enum ContributionRow {
    static func context(_ contribution: Contribution, in publication: Publication) -> [String: Any] {
        let project = ProjectLink.context(contribution.project, in: publication)
        let row: [String: Any] = [
            "href": PagePath.contribution(contribution.id).href,
            "title": contribution.title,
            "date": Words.day(contribution.date),
            "dateISO": contribution.date.description,
            "dateWords": contribution.date.inWords,
            "people": PersonLink.list(contribution.contributors, in: publication),
            "project": project,
            "projectHref": project["href"]!,
            "projectTitle": project["title"]!,
            "kind": contribution.kind.rawValue,
            "compensation": contribution.compensation.rawValue,
            "hours": Words.hoursOrNothing(contribution.hours) ?? false,
        ]
        return row
    }

}

/// Every contribution's row, built once on every core: a contribution is shown in the
/// ledger, on its own page and on each of its people's pages, and its project's and the
/// home page's while it is among the latest.
struct ContributionRows: @unchecked Sendable {
    private let rows: [String: [String: Any]]

    init(_ publication: Publication) {
        let ledger = publication.ledger
        let built = parallelMap(count: ledger.count) { index in
            SendableRow(context: ContributionRow.context(ledger[index], in: publication))
        }
        rows = Dictionary(zip(ledger.map(\.id), built.map(\.context)), uniquingKeysWith: { first, _ in first })
    }

    func row(_ contribution: Contribution) -> [String: Any] {
        rows[contribution.id] ?? [:]
    }

    /// The rows of a table on the page at `page`; on a project's own page
    /// (`projectPage`) the table leaves out the project column.
    func table(_ contributions: some Collection<Contribution>, on page: PagePath, projectPage: Bool = false) -> [[String: Any]] {
        let root = page.root
        return contributions.map { contribution in
            var row = self.row(contribution)
            row["root"] = root
            row["projectPage"] = projectPage
            return row
        }
    }
}

private struct SendableRow: @unchecked Sendable {
    let context: [String: Any]
}
