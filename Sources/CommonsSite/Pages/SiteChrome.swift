/// What every page's head links to (the stylesheet, the feed), its header and its footer:
/// the fragments `site-head`, `site-header` and `site-footer`, drawn once for each depth
/// (`root`) and current section and shared by every page that has those two.
struct SiteChrome: Sendable {
    /// What the pages that share one drawing have in common.
    struct Key: Hashable, Sendable {
        let root: String
        let section: SiteSection
    }

    private let layout: Layout
    private let head: FragmentDrawings<Key>
    private let header: FragmentDrawings<Key>
    private let footer: FragmentDrawings<Key>

    init(layout: Layout, theme: Theme) {
        self.layout = layout
        head = FragmentDrawings(.siteHead, theme: theme)
        header = FragmentDrawings(.siteHeader, theme: theme)
        footer = FragmentDrawings(.siteFooter, theme: theme)
    }

    func head(_ key: Key) -> String { head.html(key) { layout.chromeContext(root: key.root, section: key.section) } }
    func header(_ key: Key) -> String { header.html(key) { layout.chromeContext(root: key.root, section: key.section) } }
    func footer(_ key: Key) -> String { footer.html(key) { layout.chromeContext(root: key.root, section: key.section) } }
}
