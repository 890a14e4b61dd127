/// One file of the built site, by its path below the site root ("projects/maps/index.html").
struct SiteFile: Sendable {
    enum Body: Sendable {
        case text(String)
        /// Copied as it is: assets.
        case copy(from: String)
    }

    let path: String
    let body: Body
}
