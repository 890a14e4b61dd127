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
    private var digests: [String: (contribution: Contribution, digest: Int)] = [:]
    /// The last drawing's digests, when every name and project title is as it was then
    /// (`reuse`): a contribution equal to its value then has the digest it had.
    private var earlier: [String: (contribution: Contribution, digest: Int)] = [:]
    private let lock = NSLock()
    private let drawings: FragmentDrawings<TableRow.Drawing>

    init(_ publication: Publication, theme: Theme) {
        self.publication = publication
        drawings = FragmentDrawings(.contributionRow, theme: theme)
    }

    func row(_ contribution: Contribution) -> [String: Any] {
        kept(in: \.rows, contribution) { ContributionRow.context(contribution, in: publication) }
    }

    /// A row's sources (`ContributionRow.feedSources`) hashed, once per build: a
    /// contribution's row is fed to the fingerprints of its own page, its ledger page
    /// and its people's pages, and a preview fingerprints them all after every edit.
    func sourcesDigest(of contribution: Contribution) -> Int {
        kept(in: \.digests, contribution) {
            if let was = earlier[contribution.id], was.contribution == contribution { return was }
            var hasher = Hasher()
            ContributionRow.feedSources(of: contribution, in: publication, into: &hasher)
            return (contribution, hasher.finalize())
        }.digest
    }

    /// Every row's digest made so far, with what it was made from, for the next drawing.
    var madeDigests: RowDigests {
        lock.lock()
        defer { lock.unlock() }
        return RowDigests(names: publication.namesDigest, titles: publication.titlesDigest, byID: digests)
    }

    /// Takes the digests of a drawing before an edit, for the contributions still as they
    /// were: unless a name or a project's title changed since (a row shows them), each
    /// of those rows has the same sources, and hashing 50,000 of them again was a tenth
    /// of what a preview did after an edit.
    func reuse(_ earlier: RowDigests?) {
        guard let earlier, earlier.names == publication.namesDigest, earlier.titles == publication.titlesDigest else { return }
        lock.lock()
        self.earlier = earlier.byID
        lock.unlock()
    }

    /// The contribution's value in `table`, made and kept there the first time it is
    /// asked for. Two cores may make the same value at once; both make the same.
    private func kept<Value>(in table: ReferenceWritableKeyPath<ContributionRows, [String: Value]>,
                             _ contribution: Contribution, _ make: () -> Value) -> Value {
        lock.lock()
        let known = self[keyPath: table][contribution.id]
        lock.unlock()
        if let known { return known }
        let value = make()
        lock.lock()
        self[keyPath: table][contribution.id] = value
        lock.unlock()
        return value
    }

    /// The rows of a table on the page at `page`; on a project's own page
    /// (`projectPage`) the table leaves out the project column. Each row carries its
    /// HTML as `row`, drawn by the `contribution-row` fragment.
    func table(_ contributions: some Collection<Contribution>, on page: PagePath, projectPage: Bool = false) -> [TableRow] {
        let root = Shown(page.root)
        return contributions.map { contribution in
            TableRow(contribution: contribution, rows: self, root: root, projectPage: projectPage, drawings: drawings)
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
    let contribution: Contribution
    /// Where its values are built, when a template first reads them: a preview tells
    /// whether a row changed from the contribution (`ContributionRow.feedSources`).
    let rows: ContributionRows
    let root: Shown
    let projectPage: Bool
    let drawings: FragmentDrawings<Drawing>

    init(contribution: Contribution, rows: ContributionRows, root: Shown, projectPage: Bool, drawings: FragmentDrawings<Drawing>) {
        (self.contribution, self.rows, self.root, self.projectPage, self.drawings) = (contribution, rows, root, projectPage, drawings)
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
/// the contribution it was made from and the names and project titles it was made with.
struct RowDigests: Sendable {
    let names: Int
    let titles: Int
    let byID: [String: (contribution: Contribution, digest: Int)]
}
