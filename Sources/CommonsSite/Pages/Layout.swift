import CommonsAnalysis

/// What every page shares — the site's name and language, the navigation, the footer —
/// added to each page's own context before the page's template (which extends
/// `layout.mustache`) renders it.
struct Layout: Sendable {
    let publication: Publication
    /// Built once: the navigation differs between pages only in which entry is current.
    private let footerPages: [(href: String, title: String)]
    private let hasFeed: Bool

    init(publication: Publication) {
        self.publication = publication
        footerPages = publication.commons.pages.filter { !$0.path.contains("/") }.map {
            (PagePath.freePage($0.path).href, $0.title)
        }
        hasFeed = publication.address.baseURL != nil
    }

    func context(for job: PageJob, page: [String: Any]) -> [String: Any] {
        var context = page
        let settings = publication.settings
        context["root"] = job.path == .notFound ? publication.address.basePath : job.path.root
        context["siteTitle"] = settings.title
        context["lang"] = settings.language
        context["asOf"] = Words.day(publication.asOf)
        context["nav"] = SiteSection.allCases.filter { $0 != .other }.map { section -> [String: Any] in
            ["href": section.path.href, "label": section.label, "current": section == job.section]
        }
        context["footerPages"] = footerPages.map { ["href": $0.href, "title": $0.title] }
        if hasFeed { context["feed"] = true }
        if job.path != .notFound, let canonical = publication.address.absolute(job.path) {
            context["canonical"] = canonical
        }
        if context["description"] == nil, !settings.description.isEmpty {
            context["description"] = settings.description
        }
        return context
    }
}
