/// What every page's head links to (the stylesheet, the feed), its header and its footer:
/// the fragments `site-head`, `site-header` and `site-footer`, drawn once for each current
/// section and shared by every page in it (at every depth: see `FragmentDrawings`).
struct SiteChrome: Sendable {
    private let layout: Layout
    private let head: FragmentDrawings<SiteSection>
    private let header: FragmentDrawings<SiteSection>
    private let footer: FragmentDrawings<SiteSection>

    init(layout: Layout, theme: Theme) {
        self.layout = layout
        head = FragmentDrawings(.siteHead, theme: theme)
        header = FragmentDrawings(.siteHeader, theme: theme)
        footer = FragmentDrawings(.siteFooter, theme: theme)
    }

    func head(_ section: SiteSection, root: String) -> String { draw(head, section, root: root) }
    func header(_ section: SiteSection, root: String) -> String { draw(header, section, root: root) }
    func footer(_ section: SiteSection, root: String) -> String { draw(footer, section, root: root) }

    private func draw(_ drawings: FragmentDrawings<SiteSection>, _ section: SiteSection, root: String) -> String {
        drawings.html(section, root: root) { root in layout.chromeContext(root: root, section: section) }
    }
}
