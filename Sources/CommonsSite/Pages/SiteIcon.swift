/// The site's icon, linked from every page's head: the commons' own — the first of
/// `assets/favicon.svg`, `favicon.png`, `favicon.ico`, `logo.svg`, `logo.png` — else the
/// theme's `favicon.svg`, published at the site root. Without a linked icon a browser asks
/// every site for `/favicon.ico`, and gets a 404.
enum SiteIcon {
    static let assetNames = ["favicon.svg", "favicon.png", "favicon.ico", "logo.svg", "logo.png"]
    /// Where the theme's icon is published.
    static let themePath = "favicon.svg"

    /// The icon's path from the site root; nil when neither the commons nor the theme has one.
    static func path(assets: [String], themeHasIcon: Bool) -> String? {
        if let own = assetNames.first(where: assets.contains) { return "assets/" + own }
        return themeHasIcon ? themePath : nil
    }
}
