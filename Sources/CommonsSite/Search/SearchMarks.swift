import CommonsModel
import CommonsSupport

/// What search knows of each page it finds. Pagefind indexes only the pages listed here —
/// projects, people, contributions, proposals and free pages — and of those only the
/// main content (the layout marks it `data-pagefind-body`), so neither the lists that
/// repeat them nor the header and footer of every page crowd the results. Each page
/// carries filters from the data (its type, its project, a contribution's kind and
/// compensation, a proposal's status), so a reader can narrow results the way the site
/// is organised.
struct SearchMarks: Sendable {
    struct Filter: Sendable, Equatable {
        let name: String
        let value: String
    }

    /// By page URL ("projects/maps/").
    private let filtersByPage: [String: [Filter]]

    init(_ publication: Publication) {
        var pages: [String: [Filter]] = [:]
        func projectFilter(_ slug: String) -> Filter { Filter(name: "Project", value: publication.title(ofProject: slug)) }
        for project in publication.commons.projects {
            pages[PagePath.project(project.slug).url] = [Filter(name: "Type", value: "Project"), projectFilter(project.slug)]
        }
        for person in publication.commons.contributors {
            let projects = publication.analysis.contributors[person.handle]?.projects ?? []
            pages[PagePath.contributor(person.handle).url] = [Filter(name: "Type", value: "Person")] + projects.map(projectFilter)
        }
        for contribution in publication.ledger {
            pages[PagePath.contribution(contribution.id).url] = [
                Filter(name: "Type", value: "Contribution"), projectFilter(contribution.project),
                Filter(name: "Kind of work", value: contribution.kind.rawValue),
                Filter(name: "Compensation", value: contribution.compensation.rawValue),
            ]
        }
        for decided in publication.proposals {
            pages[PagePath.proposal(decided.proposal.id).url] = [Filter(name: "Type", value: "Proposal")]
                + (decided.proposal.project.map { [projectFilter($0)] } ?? [])
                + [Filter(name: "Proposal status", value: decided.outcome.status.words.capitalizedFirst)]
        }
        for page in publication.commons.pages {
            pages[PagePath.freePage(page.path).url] = [Filter(name: "Type", value: "Page")]
        }
        filtersByPage = pages
    }

    /// The filters of the page at `path`; nil when search leaves the page out.
    func filters(of path: PagePath) -> [Filter]? { filtersByPage[path.url] }
}
