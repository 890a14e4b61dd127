/// One file of the built site, by its path below the site root ("projects/maps/index.html").
struct SiteFile: Sendable {
    enum Body: Sendable {
        /// Rendered at build time: a page, the feed, stats.json.
        case text(String)
        /// Copied as it is from the content folder or the theme: assets.
        case copy(from: String)
    }

    let path: String
    let body: Body

    static func text(_ path: String, _ text: String) -> SiteFile { SiteFile(path: path, body: .text(text)) }
}
