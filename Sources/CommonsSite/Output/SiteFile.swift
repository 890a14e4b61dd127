/// One file of the built site, by its path below the site root ("projects/maps/index.html").
struct SiteFile: Sendable {
    enum Body: Sendable {
        /// Known before writing starts: robots.txt, the stylesheet.
        case text(String)
        /// Drawn by the core that writes it, just before writing: pages, the feed,
        /// stats.json. A page's HTML lives from its rendering to its `write`, not until
        /// the whole site is drawn.
        case rendered(@Sendable () -> String)
        /// Copied as it is from the content folder or the theme: assets.
        case copy(from: String)
    }

    let path: String
    let body: Body

    static func text(_ path: String, _ text: String) -> SiteFile { SiteFile(path: path, body: .text(text)) }

    static func rendered(_ path: String, _ render: @escaping @Sendable () -> String) -> SiteFile {
        SiteFile(path: path, body: .rendered(render))
    }
}
