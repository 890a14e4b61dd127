import CommonsAnalysis
import CommonsModel
import CommonsSupport
import Foundation
import Mustache

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
            "href": Shown(PagePath.contribution(contribution.id).href),
            "title": Shown(contribution.title),
            "date": Words.day(contribution.date),
            "dateISO": Shown(contribution.date.description),
            "dateWords": Shown(contribution.date.inWords),
            "people": PersonLink.list(contribution.contributors, in: publication),
            "project": project,
            "projectHref": Shown(project["href"] as! String),
            "projectTitle": Shown(project["title"] as! String),
            "kind": Shown(contribution.kind.rawValue),
            "compensation": Shown(contribution.compensation.rawValue),
            "hours": Words.hoursOrNothing(contribution.hours).map(Shown.init) ?? false,
        ]
        return row
    }

    /// Everything `context` reads, so that a preview can tell a row or a contribution's
    /// page unchanged without building either (`PageFingerprint`): the contribution's
    /// fields but its body, and the names it shows of the people and the project it
    /// refers to. A value `context` comes to read must be fed here too.
    static func feedSources(of contribution: Contribution, in publication: Publication, into hasher: inout Hasher) {
        hasher.combine(contribution.id)
        hasher.combine(contribution.title)
        hasher.combine(contribution.date)
        hasher.combine(contribution.contributors)
        for handle in contribution.contributors { hasher.combine(publication.name(of: handle)) }
        hasher.combine(contribution.project)
        hasher.combine(publication.title(ofProject: contribution.project))
        hasher.combine(contribution.kind)
        hasher.combine(contribution.compensation)
        hasher.combine(contribution.hours)
    }

}

/// Every contribution's row, built the first time a page that shows it is drawn, by the
/// core drawing that page, and kept for the others: a contribution is shown in the
/// ledger, on its own page and on each of its people's pages, and its project's and the
/// home page's while it is among the latest. Built on demand rather than with the plan,
/// because `check` plans every page and draws none: on a big commons the rows were most
/// of what it held.
final class ContributionRows: @unchecked Sendable {
    let publication: Publication
    private var rows: [String: [String: Any]] = [:]
    /// Each row's sources hashed, by the contribution's place in the ledger: made for
    /// every contribution at once when a preview draws (`makeDigests`), and read by the
    /// fingerprints of its own page, its ledger page and its people's and project's pages.
    private var digests: [Int] = []
    private let lock = NSLock()
    private let drawings: FragmentDrawings<TableRow.Drawing>

    init(_ publication: Publication, theme: Theme) {
        self.publication = publication
        drawings = FragmentDrawings(.contributionRow, theme: theme)
    }

    func row(_ contribution: Contribution) -> [String: Any] {
        lock.lock()
        let known = rows[contribution.id]
        lock.unlock()
        if let known { return known }
        // Two cores may build the same row at once; both build the same values.
        let row = ContributionRow.context(contribution, in: publication)
        lock.lock()
        rows[contribution.id] = row
        lock.unlock()
        return row
    }

    /// A row's sources (`ContributionRow.feedSources`) hashed: the contribution's at
    /// `position` in the ledger.
    func sourcesDigest(at position: Int) -> Int {
        digests.isEmpty ? Self.digest(of: publication.ledger[position], in: publication) : digests[position]
    }

    private static func digest(of contribution: Contribution, in publication: Publication) -> Int {
        var hasher = Hasher()
        ContributionRow.feedSources(of: contribution, in: publication, into: &hasher)
        return hasher.finalize()
    }

    /// Hashes every row's sources, on every core, before a preview fingerprints the pages
    /// (each row is fed to three or four of them). A contribution in the same place in
    /// the ledger as in `earlier`'s drawing, and equal to it, takes its digest from it —
    /// unless a name or a project's title changed since, which rows show: hashing 50,000
    /// rows again was a tenth of what a preview did after an edit.
    func makeDigests(reusing earlier: RowDigests?) {
        let ledger = publication.ledger
        let publication = publication
        let same = earlier.flatMap { $0.names == publication.namesDigest && $0.titles == publication.titlesDigest ? $0 : nil }
        digests = Array(ledger.indices).parallelMap { index in
            if let same, index < same.ledger.count, same.ledger[index] == ledger[index] { return same.digests[index] }
            return Self.digest(of: ledger[index], in: publication)
        }
    }

    /// The digests made, with what they were made from, for the next drawing.
    var madeDigests: RowDigests {
        RowDigests(names: publication.namesDigest, titles: publication.titlesDigest, ledger: publication.ledger, digests: digests)
    }

    /// The rows of a table on the page at `page`; on a project's own page
    /// (`projectPage`) the table leaves out the project column. Each row carries its
    /// HTML as `row`, drawn by the `contribution-row` fragment.
    /// The contributions are given by their places in the ledger, as pages hold them.
    func table(_ places: some Collection<Int>, on page: PagePath, projectPage: Bool = false) -> [TableRow] {
        let root = Shown(page.root)
        return places.map { place in
            TableRow(place: place, rows: self, root: root, projectPage: projectPage, drawings: drawings)
        }
    }
}

/// A contribution's row in one table: its shared values, and what the table adds — the
/// page's `root`, `projectPage` and the drawn `row` — found first, without copying the
/// shared values into a dictionary of its own for every table it is in.
///
/// A class, as `PageContext` is: swift-mustache holds a row in an `Any` on its stack and
/// takes it out for each name looked up in it, and a struct of this size is boxed on the
/// heap and its fields retained each time, where a class is one reference. Read by the
/// one core that draws its page.
final class TableRow: NamedContext, @unchecked Sendable {
    /// The contribution's place in the ledger, by which a preview takes its row's digest
    /// (`ContributionRows.sourcesDigest(at:)`).
    let place: Int
    let contribution: Contribution
    /// Where its values are built, when a template first reads them: a preview tells
    /// whether a row changed from the contribution (`ContributionRow.feedSources`).
    let rows: ContributionRows
    let root: Shown
    let projectPage: Bool
    let drawings: FragmentDrawings<Drawing>

    init(place: Int, rows: ContributionRows, root: Shown, projectPage: Bool, drawings: FragmentDrawings<Drawing>) {
        (self.place, self.contribution) = (place, rows.publication.ledger[place])
        (self.rows, self.root, self.projectPage, self.drawings) = (rows, root, projectPage, drawings)
    }

    /// What the tables that share one drawing of a row have in common.
    struct Drawing: Hashable, Sendable {
        let id: String
        let projectPage: Bool
    }

    var id: String { contribution.id }
    private(set) lazy var values: [String: Any] = rows.row(contribution)

    var names: [String] { Array(values.keys) + ["root", "projectPage", "row"] }

    func child(named name: String) -> Any? {
        switch name {
        case "root": return root
        case "projectPage": return projectPage
        case "row": return DrawnRow(row: self)
        default: return values[name]
        }
    }

    /// What the contribution-row fragment reads: the row without its own drawing, with
    /// the `root` it is drawn with.
    func fragmentContext(root: Shown) -> FragmentContext { FragmentContext(row: self, root: root) }

    /// A class for the same reason as the row.
    final class FragmentContext: NamedContext {
        let row: TableRow
        let root: Shown

        init(row: TableRow, root: Shown) {
            (self.row, self.root) = (row, root)
        }

        var names: [String] { row.names.filter { $0 != "row" } }
        func child(named name: String) -> Any? {
            switch name {
            case "row": return nil
            case "root": return root
            default: return row.child(named: name)
            }
        }
    }
}

/// `{{{row}}}` in a table: the row's HTML, looked up or drawn when the template shows it.
private struct DrawnRow: MustacheCustomRenderable {
    let row: TableRow

    var renderText: String {
        row.drawings.html(TableRow.Drawing(id: row.id, projectPage: row.projectPage), root: row.root.renderText) { root in
            row.fragmentContext(root: root)
        }
    }
    var isNull: Bool { false }
}

/// Each contribution's row digest (`ContributionRows.sourcesDigest`) from one drawing, with
/// the ledger it was made from and the names and project titles it was made with.
struct RowDigests: Sendable {
    let names: Int
    let titles: Int
    /// The ledger, and each of its contributions' digest.
    let ledger: [Contribution]
    let digests: [Int]
}
