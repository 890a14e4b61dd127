import CommonsAnalysis

/// What every page shares — the site's name and language, the navigation, the footer —
/// added to each page's own context before the page's template (which extends
/// `layout.mustache`) renders it.
///
/// The head's links, the header and the footer (`site-head.mustache`,
/// `site-header.mustache`, `site-footer.mustache`) are the same on every page of the same
/// depth and section, so they are rendered once for each of those (`SiteChrome`) and the
/// layout inserts the HTML: on a big site they would otherwise be most of the work of
/// rendering a page.
struct Layout: @unchecked Sendable {
    let publication: Publication
    /// Built once: the navigation differs between pages only in which entry is current.
    private let navBySection: [SiteSection: [[String: Any]]]
    private let footerPages: [[String: Any]]
    private let asOf: [String: Any]
    private let hasFeed: Bool

    init(publication: Publication) {
        self.publication = publication
        let sections = SiteSection.allCases.filter { $0 != .other }
        navBySection = Dictionary(uniqueKeysWithValues: SiteSection.allCases.map { current in
            (current, sections.map { section -> [String: Any] in
                ["href": section.path.href, "label": section.label, "current": section == current]
            })
        })
        footerPages = publication.commons.pages.filter { !$0.path.contains("/") }.map {
            ["href": PagePath.freePage($0.path).href, "title": $0.title]
        }
        asOf = Words.day(publication.asOf)
        hasFeed = publication.address.baseURL != nil
    }

    /// From the page back to the site root; the 404 page, shown at any depth, starts from
    /// the site's path instead.
    func root(of job: PageJob) -> String {
        job.path == .notFound ? publication.address.basePath : job.path.root
    }

    /// What the header and footer templates read.
    func chromeContext(root: String, section: SiteSection) -> [String: Any] {
        var context: [String: Any] = [
            "root": root,
            "siteTitle": publication.settings.title,
            "lang": publication.settings.language,
            "asOf": asOf,
            "nav": navBySection[section] ?? [],
            "footerPages": footerPages,
        ]
        if hasFeed { context["feed"] = true }
        return context
    }

    func context(for job: PageJob, page: [String: Any], chrome: SiteChrome) -> [String: Any] {
        var context = page
        let settings = publication.settings
        context["root"] = Shown(root(of: job))
        context["siteTitle"] = Shown(settings.title)
        context["lang"] = Shown(settings.language)
        context["asOf"] = asOf
        context["siteHead"] = Shown(chrome.head)
        context["siteHeader"] = Shown(chrome.header)
        context["siteFooter"] = Shown(chrome.footer)
        // For themes whose layout draws the header or footer itself.
        context["nav"] = navBySection[job.section] ?? []
        context["footerPages"] = footerPages
        if hasFeed { context["feed"] = true }
        if job.path != .notFound, let canonical = publication.address.absolute(job.path) {
            context["canonical"] = Shown(canonical)
        }
        if context["description"] == nil, !settings.description.isEmpty {
            context["description"] = Shown(settings.description)
        }
        return context
    }
}
