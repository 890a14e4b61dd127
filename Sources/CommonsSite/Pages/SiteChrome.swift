/// What every page's head links to (the stylesheet, the feed), its header and its footer,
/// as HTML: rendered by the theme's `site-head`, `site-header` and `site-footer` templates
/// once for each depth (`root`) and current section, and shared by every page that has
/// those two.
struct SiteChrome: Sendable {
    struct Key: Hashable, Sendable {
        let root: String
        let section: SiteSection
    }

    let head: String
    let header: String
    let footer: String

    /// The chrome of every page among the jobs, by key.
    static func render(for jobs: [PageJob], layout: Layout, theme: Theme) -> [Key: SiteChrome] {
        var chrome: [Key: SiteChrome] = [:]
        for job in jobs {
            let key = Key(root: layout.root(of: job), section: job.section)
            guard chrome[key] == nil else { continue }
            let context = layout.chromeContext(root: key.root, section: key.section)
            chrome[key] = SiteChrome(head: theme.renderBlock("site-head", context),
                                     header: theme.renderBlock("site-header", context),
                                     footer: theme.renderBlock("site-footer", context))
        }
        return chrome
    }
}
