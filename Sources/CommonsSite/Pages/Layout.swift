import CommonsAnalysis
import Mustache

/// What every page shares — the site's name and language, the navigation, the footer —
/// added to each page's own context before the page's template (which extends
/// `layout.mustache`) renders it.
///
/// The head's links, the header and the footer are fragments (`SiteChrome`), drawn once
/// for each depth and section; the layout inserts their HTML.
struct Layout: @unchecked Sendable {
    let publication: Publication
    /// Built once: the navigation differs between pages only in which entry is current.
    private let navBySection: [SiteSection: [[String: Any]]]
    private let footerPages: [[String: Any]]
    private let asOf: [String: Any]
    private let hasFeed: Bool
    /// The site's icon from the root (`SiteIcon`).
    private let icon: Shown?
    /// On a site with search: which pages it indexes, with their filters.
    private let search: SearchMarks?
    /// What the values above are made of, hashed once for every page's fingerprint
    /// (`PageFingerprint`) rather than read again from each page's copies.
    private let sources: Int

    init(publication: Publication, icon: String?) {
        self.publication = publication
        self.icon = icon.map(Shown.init)
        let sections = SiteSection.allCases.filter { $0 != .other && ($0 != .search || publication.hasSearch) }
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
        search = publication.hasSearch ? SearchMarks(publication) : nil
        var sources = Hasher()
        let settings = publication.settings
        for value in [settings.title, settings.language, settings.description, icon ?? "", publication.asOf.description] {
            sources.combine(value)
        }
        sources.combine(sections.map(\.rawValue))
        for page in publication.commons.pages where !page.path.contains("/") { sources.combine([page.path, page.title]) }
        sources.combine(hasFeed)
        sources.combine(icon == nil)
        // A page's root and canonical address are its path's, from the base URL.
        sources.combine(publication.address.baseURL)
        self.sources = sources.finalize()
    }

    /// From the page back to the site root; the 404 page, shown at any depth, starts from
    /// the site's path instead.
    func root(of job: PageJob) -> String {
        job.path == .notFound ? publication.address.basePath : job.path.root
    }

    /// What the header and footer templates read.
    func chromeContext(root: Shown, section: SiteSection) -> [String: Any] {
        var context: [String: Any] = [
            "root": root,
            "siteTitle": publication.settings.title,
            "lang": publication.settings.language,
            "asOf": asOf,
            "nav": navBySection[section] ?? [],
            "footerPages": footerPages,
        ]
        if hasFeed { context["feed"] = true }
        if let icon { context["icon"] = icon }
        return context
    }

    /// What `context` gives a page besides the page's own values, for a fingerprint that
    /// need not build them: the values every page shares by their sources, and the
    /// page's own root, address, section and search filters.
    func feedSources(of job: PageJob, into hasher: inout Hasher) {
        hasher.combine(sources)
        // The root and the canonical address follow from the path and the base URL (in
        // `sources`): made as strings for each of 50,000 pages, they cost more than the rest.
        hasher.combine(job.path.file)
        hasher.combine(job.section)
        let filters = search?.filters(of: job.path)
        hasher.combine(filters == nil)
        for filter in filters ?? [] {
            hasher.combine(filter.name)
            hasher.combine(filter.value)
        }
    }

    func context(for job: PageJob, page: [String: Any], chrome: SiteChrome) -> PageContext {
        let root = root(of: job)
        let settings = publication.settings
        var canonical: Shown?
        if job.path != .notFound, let address = publication.address.absolute(job.path) { canonical = Shown(address) }
        let searchFilters = search?.filters(of: job.path).map { filters in
            filters.map { ["name": Shown($0.name), "value": Shown($0.value)] as [String: Any] }
        }
        return PageContext(page: page, layoutSources: sources, root: Shown(root), chrome: chrome,
                           section: job.section, nav: navBySection[job.section] ?? [],
                           footerPages: footerPages, asOf: asOf, hasFeed: hasFeed, icon: icon, canonical: canonical,
                           siteTitle: Shown(settings.title), language: Shown(settings.language),
                           siteDescription: settings.description.isEmpty ? nil : Shown(settings.description),
                           searchFilters: searchFilters)
    }
}

/// What a page's template reads: the page's own values, and the layout's — found by name
/// without copying the page's values into a dictionary that holds both, once per page.
/// The layout's names win, but a page's `description` wins over the site's.
///
/// A class: swift-mustache copies the context it is given each time it enters a section
/// or a partial, and as a struct of a dozen fields each copy and its release took 3.6 %
/// of the 5,000-contribution build's instructions (callgrind); a class is one retain.
final class PageContext: NamedContext {
    let page: [String: Any]
    /// What the layout's values shared by every page are made of (`Layout`), for the
    /// page's fingerprint.
    let layoutSources: Int
    let root: Shown
    let chrome: SiteChrome
    let section: SiteSection
    /// For themes whose layout draws the header or footer itself.
    let nav: [[String: Any]]
    let footerPages: [[String: Any]]
    let asOf: [String: Any]
    let hasFeed: Bool
    let icon: Shown?
    let canonical: Shown?
    let siteTitle: Shown
    let language: Shown
    let siteDescription: Shown?
    /// The page's search filters; nil when search leaves the page out.
    let searchFilters: [[String: Any]]?

    init(page: [String: Any], layoutSources: Int, root: Shown, chrome: SiteChrome, section: SiteSection, nav: [[String: Any]],
         footerPages: [[String: Any]], asOf: [String: Any], hasFeed: Bool, icon: Shown?, canonical: Shown?,
         siteTitle: Shown, language: Shown, siteDescription: Shown?, searchFilters: [[String: Any]]? = nil) {
        self.page = page
        self.layoutSources = layoutSources
        self.root = root
        self.chrome = chrome
        self.section = section
        self.nav = nav
        self.footerPages = footerPages
        self.asOf = asOf
        self.hasFeed = hasFeed
        self.icon = icon
        self.canonical = canonical
        self.siteTitle = siteTitle
        self.language = language
        self.siteDescription = siteDescription
        self.searchFilters = searchFilters
    }

    var names: [String] {
        let layout = ThemeContract.layout.fields.map(\.name).filter { child(named: $0) != nil }
        return Array(Set(layout + page.keys))
    }

    func child(named name: String) -> Any? {
        switch name {
        case "root": return root
        case "siteTitle": return siteTitle
        case "lang": return language
        case "asOf": return asOf
        case "siteHead": return Shown(chrome.head(section, root: root.renderText))
        case "siteHeader": return Shown(chrome.header(section, root: root.renderText))
        case "siteFooter": return Shown(chrome.footer(section, root: root.renderText))
        case "nav": return nav
        case "footerPages": return footerPages
        case "feed": return hasFeed ? true : nil
        case "icon": return icon
        case "canonical": return canonical
        case "description": return page["description"] ?? siteDescription
        case "searchBody": return searchFilters == nil ? nil : true
        case "searchFilters": return searchFilters
        default: return page[name]
        }
    }
}
