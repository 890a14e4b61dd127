import CommonsModel
import CommonsReport
import CommonsSupport

/// Every file the site will hold, and how to make each: the pages, through the theme,
/// and the stylesheet, stats.json, the feed, the sitemap, robots.txt and the assets.
/// Nothing is drawn yet: a page is drawn by the core that writes it (`write(into:)`), so
/// it lives from its drawing to its writing, not until the whole site is drawn.
struct SitePlan: Sendable {
    /// One file to be: where it goes, which content file it comes from (for a clash),
    /// and how to make its body.
    struct File: Sendable {
        let path: String
        let source: String?
        let content: Content
        /// Drawn into memory when first asked for, not with the site (`SiteFiles`); a
        /// build writes it as any other. Never a page.
        let onRequest: Bool

        init(path: String, source: String?, content: Content) {
            (self.path, self.source, self.content, onRequest) = (path, source, content, false)
        }

        init(path: String, source: String?, onRequest: Bool = false, make: @escaping @Sendable () -> SiteFile.Body) {
            (self.path, self.source, content, self.onRequest) = (path, source, .other(make, fingerprint: nil), onRequest)
        }
    }

    /// How a file is made.
    enum Content: Sendable {
        /// Drawn through the theme (`make`, `fingerprint`): a page holds no closures of
        /// its own, which were four allocations for each of 50,000 pages on every rebuild.
        case page(PageJob)
        /// Any other file, by its own closure; the sitemap has a fingerprint too.
        case other(@Sendable () -> SiteFile.Body, fingerprint: (@Sendable () -> (PageFingerprint, draw: () -> SiteFile.Body))?)
    }

    /// The other files first: the feed, the sitemap and stats.json are drawn by one core
    /// each, so at the start of the pass rather than after the last page.
    let files: [File]
    /// Every page, in the order the site lists them.
    let pages: [PageJob]
    private let drawing: PageDrawing
    /// Every contribution's row, for the fingerprints' digests of them (`RowDigests`).
    let rows: ContributionRows
    /// Two files at one path: nothing is written then.
    let clashes: [Diagnostic]

    init(_ publication: Publication, theme: Theme, content: String) {
        let rows = ContributionRows(publication, theme: theme)
        let jobs = SitePlan.pageJobs(publication, rows)
        // stats.json holds the analysis alone, not the publication: a preview keeps it
        // until it is asked for.
        let analysis = publication.analysis
        var files: [File] = [
            File(path: "stats.json", source: nil, onRequest: true) { .text(statsJSON(analysis)) },
            File(path: "robots.txt", source: nil) { .text(RobotsFile(address: publication.address).render()) },
        ]
        if let stylesheet = theme.stylesheet { files.append(File(path: "style.css", source: nil) { .text(stylesheet) }) }
        if publication.address.baseURL != nil {
            let paths = jobs.map(\.path)
            files.append(File(path: "feed.xml", source: nil) { .text(AtomFeed(publication: publication).render() ?? "") })
            // Fingerprinted like a page, by the addresses it lists: a preview writes it again
            // only when a page comes or goes, not after every edit of 50,000 contributions.
            let sitemap = Sitemap(address: publication.address)
            let drawSitemap: @Sendable () -> SiteFile.Body = { .text(sitemap.render(paths) ?? "") }
            files.append(File(path: "sitemap.xml", source: nil, content: .other(drawSitemap, fingerprint: {
                (PageFingerprint(template: nil, sources: sitemap.feedSources(paths)), drawSitemap)
            })))
        }
        for asset in publication.commons.assets {
            files.append(File(path: "assets/" + asset, source: "assets/" + asset) { .copy(from: content + "/assets/" + asset) })
        }
        let icon = SiteIcon.path(assets: publication.commons.assets, themeHasIcon: theme.icon != nil)
        if icon == SiteIcon.themePath, let themeIcon = theme.icon {
            files.append(File(path: SiteIcon.themePath, source: nil) { .copy(from: themeIcon) })
        }
        let drawing = PageDrawing(theme: theme, layout: Layout(publication: publication, icon: icon))
        files += jobs.map { File(path: $0.path.file, source: $0.source, content: .page($0)) }
        self.files = files
        (pages, self.drawing, self.rows) = (jobs, drawing, rows)
        clashes = PageClashes.find(files)
    }

    /// The file's body, drawn now.
    func make(_ file: File) -> SiteFile.Body {
        switch file.content {
        case .page(let page): .text(drawing.draw(page))
        case .other(let make, _): make()
        }
    }

    /// A page's (and the sitemap's): what its drawing depends on, for a preview that
    /// draws again only the pages that changed, and how to draw it from the same context,
    /// which is built once for both. Other files have none and are always drawn.
    func fingerprint(_ file: File) -> (PageFingerprint, draw: () -> SiteFile.Body)? {
        switch file.content {
        case .page(let page): drawing.fingerprint(page)
        case .other(_, let fingerprint): fingerprint?()
        }
    }

    /// What the template of `page` receives.
    func context(of page: PageJob) -> PageContext { drawing.context(of: page) }

    /// The page published at `url` ("/projects/maps/", "projects/maps/index.html").
    func page(at url: String) -> PageJob? {
        var path = Substring(url)
        while path.hasPrefix("/") { path = path.dropFirst() }
        if path.hasSuffix("index.html") { path = path.dropLast("index.html".count) }
        if !path.isEmpty && !path.hasSuffix("/") && !path.hasSuffix(".html") { path += "/" }
        return pages.first { $0.path.url == path }
    }

    static func pageJobs(_ publication: Publication, _ rows: ContributionRows) -> [PageJob] {
        // A page for each contribution, tens of thousands on a big commons, is planned on
        // one core while the other plans the rest.
        let (contributions, (before, after)) = both({ ContributionPages(publication: publication, rows: rows).pages() }, {
            (HomePage(publication: publication, rows: rows).pages()
                + ProjectPages(publication: publication, rows: rows).pages()
                + ContributorPages(publication: publication, rows: rows).pages()
                + LedgerPages(publication: publication, rows: rows).pages(),
             GovernancePages(publication: publication).pages()
                + StatsPage(publication: publication).pages()
                + SearchPage(publication: publication).pages()
                + FreePages(publication: publication).pages()
                + NotFoundPage().pages())
        })
        return before + contributions + after
    }

    /// Draws and writes every file into `root`, on every core: each file is made by the
    /// core that writes it.
    func write(into root: String) throws {
        let writer = SiteWriter(root: root)
        let failures = files.parallelMap { file -> String? in
            do {
                try writer.write(SiteFile(path: file.path, body: make(file)))
                return nil
            } catch {
                return "\(error)"
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw WriteFailure(description: failure) }
    }
}

/// What draws any page — the theme, the layout every page shares, and its chrome — held
/// once and referred to by every page's closure, rather than copied into each of them.
private final class PageDrawing: Sendable {
    let theme: Theme
    let layout: Layout
    let chrome: SiteChrome

    init(theme: Theme, layout: Layout) {
        (self.theme, self.layout) = (theme, layout)
        chrome = SiteChrome(layout: layout, theme: theme)
    }

    func context(of page: PageJob) -> PageContext {
        layout.context(for: page, page: page.context(), chrome: chrome)
    }

    func draw(_ page: PageJob) -> String { theme.render(page.kind.template, context(of: page)) }

    /// What the page is drawn from, for a preview that draws again only what changed,
    /// and its drawing from that same context.
    func fingerprint(_ page: PageJob) -> (PageFingerprint, draw: () -> SiteFile.Body) {
        let template = theme.fingerprints[page.kind.template]
        if let sources = page.sources {
            // The layout's sources and the page's: its values are built only when it is drawn.
            let fingerprint = PageFingerprint(template: template) { hasher in
                layout.feedSources(of: page, into: &hasher)
                sources(&hasher)
            }
            return (fingerprint, { .text(self.draw(page)) })
        }
        let context = context(of: page)
        return (PageFingerprint(template: template, context: context),
                { .text(self.theme.render(page.kind.template, context)) })
    }
}

struct WriteFailure: Error, CustomStringConvertible {
    let description: String
}

/// Two things the site would write to the same path — a free page called `stats`, a
/// contribution whose id is `page/2` — are errors naming the content file, not a page
/// silently lost.
enum PageClashes {
    static func find(_ files: [SitePlan.File]) -> [Diagnostic] {
        // A set, sized at once: one hash of each of 50,000 paths on every preview rebuild.
        // The rare clash looks back for the first path's source.
        var seen = Set<String>(minimumCapacity: files.count)
        var diagnostics: [Diagnostic] = []
        for index in files.indices where !seen.insert(files[index].path).inserted {
            let (path, source) = (files[index].path, files[index].source)
            let earlier = files[..<index].first { $0.path == path }!.source
            let url = "/" + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
            let other = earlier.map { "'\($0)' is published there too" } ?? "the site itself puts a page there"
            let file = source ?? earlier ?? "commons.md"
            diagnostics.append(.error(file, "this would be published at \(url), but \(other); rename the file"))
        }
        return diagnostics
    }
}
