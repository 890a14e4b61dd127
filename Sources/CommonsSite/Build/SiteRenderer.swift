import CommonsAnalysis
import CommonsModel

/// Turns a publication into the site's files: every page through the theme, the
/// stylesheet, stats.json, the feed, the sitemap, robots.txt and the assets. What is
/// drawn here is only planned: each page (and the feed, stats.json, the sitemap) is drawn
/// by the core that writes it, in `SiteWriter`.
struct SiteRenderer {
    let publication: Publication
    let theme: Theme
    /// The content folder, where assets are copied from.
    let content: String

    /// Every page, in the order the site lists them.
    func pageJobs(_ rows: ContributionRows) -> [PageJob] {
        HomePage(publication: publication, rows: rows).pages()
            + ProjectPages(publication: publication, rows: rows).pages()
            + ContributorPages(publication: publication, rows: rows).pages()
            + LedgerPages(publication: publication, rows: rows).pages()
            + ContributionPages(publication: publication, rows: rows).pages()
            + GovernancePages(publication: publication).pages()
            + StatsPage(publication: publication).pages()
            + FreePages(publication: publication).pages()
            + NotFoundPage().pages()
    }

    func render() -> (files: [SiteFile], pages: Int, diagnostics: [Diagnostic]) {
        let jobs = pageJobs(ContributionRows(publication, theme: theme))
        let publication = publication
        var extras: [(file: SiteFile, source: String?)] = [
            (.rendered("stats.json") { statsJSON(publication.analysis) }, nil),
            (.text("robots.txt", RobotsFile(address: publication.address).render()), nil),
        ]
        if let stylesheet = theme.stylesheet { extras.append((.text("style.css", stylesheet), nil)) }
        if publication.address.baseURL != nil {
            let paths = jobs.map(\.path)
            extras.append((.rendered("feed.xml") { AtomFeed(publication: publication).render() ?? "" }, nil))
            extras.append((.rendered("sitemap.xml") { Sitemap(address: publication.address).render(paths) ?? "" }, nil))
        }
        for asset in publication.commons.assets {
            extras.append((SiteFile(path: "assets/" + asset, body: .copy(from: content + "/assets/" + asset)), "assets/" + asset))
        }

        let clashes = PageClashes.find(jobs.map { ($0.path.file, $0.source) } + extras.map { ($0.file.path, $0.source) })
        guard clashes.isEmpty else { return ([], 0, clashes) }

        let layout = Layout(publication: publication)
        let theme = theme
        let chrome = SiteChrome.render(for: jobs, layout: layout, theme: theme)
        let pages = jobs.map { job in
            let shared = chrome[SiteChrome.Key(root: layout.root(of: job), section: job.section)]!
            return SiteFile.rendered(job.path.file) {
                theme.render(job.template, layout.context(for: job, page: job.context(), chrome: shared))
            }
        }
        // The other files first: the feed, the sitemap and stats.json are drawn by one core
        // each, so at the start of the pass rather than after the last page.
        return (extras.map(\.file) + pages, pages.count, [])
    }
}

/// Two things the site would write to the same path — a free page called `stats`, a
/// contribution whose id is `page/2` — are errors naming the content file, not a page
/// silently lost.
enum PageClashes {
    static func find(_ paths: [(path: String, source: String?)]) -> [Diagnostic] {
        var seen: [String: String?] = [:]
        var diagnostics: [Diagnostic] = []
        for (path, source) in paths {
            guard let earlier = seen[path] else {
                seen[path] = source
                continue
            }
            let url = "/" + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
            let other = earlier.map { "'\($0)' is published there too" } ?? "the site itself puts a page there"
            let file = source ?? earlier ?? "commons.md"
            diagnostics.append(.error(file, "this would be published at \(url), but \(other); rename the file"))
        }
        return diagnostics
    }
}
