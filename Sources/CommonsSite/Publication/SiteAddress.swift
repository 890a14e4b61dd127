/// Where the site is published: `base_url` (or `--base-url`), for the absolute URLs that
/// feeds and sitemaps need. Pages never need it — their links are relative — except the
/// 404 page, which a server shows at any depth and which therefore links from the root.
struct SiteAddress: Sendable {
    /// Ends in "/"; nil when the commons gives none.
    let baseURL: String?

    init(_ baseURL: String?) {
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    /// The path part of the base URL: "/riverside/" for https://example.org/riverside/.
    var basePath: String {
        guard let baseURL, let scheme = baseURL.firstRange(of: "://") else { return "/" }
        let afterHost = baseURL[scheme.upperBound...].drop { $0 != "/" }
        return afterHost.isEmpty ? "/" : String(afterHost)
    }

    /// The absolute URL of a page, nil without a base URL.
    func absolute(_ page: PagePath) -> String? {
        baseURL.map { $0 + page.url }
    }

    func absolute(file: String) -> String? {
        baseURL.map { $0 + file }
    }
}
