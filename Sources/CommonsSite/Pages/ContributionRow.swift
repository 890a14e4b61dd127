import CommonsAnalysis
import CommonsModel

/// A contribution as a row of a ledger table: day, title, people, project, kind, hours,
/// compensation. Everything here is escaped by the templates.
enum ContributionRow {
    static func context(_ contribution: Contribution, in publication: Publication) -> [String: Any] {
        let row: [String: Any] = [
            "href": PagePath.contribution(contribution.id).href,
            "title": contribution.title,
            "date": Words.day(contribution.date),
            "people": PersonLink.list(contribution.contributors, in: publication),
            "project": ProjectLink.context(contribution.project, in: publication),
            "kind": contribution.kind.rawValue,
            "compensation": contribution.compensation.rawValue,
            "hours": Words.hoursOrNothing(contribution.hours) ?? false,
        ]
        return row
    }

    static func table(_ contributions: some Collection<Contribution>, in publication: Publication) -> [[String: Any]] {
        contributions.map { context($0, in: publication) }
    }
}
