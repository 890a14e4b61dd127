import CommonsSupport

/// `/sitemap.xml`: every page's absolute URL, for search engines; nil without a base URL.
struct Sitemap {
    let address: SiteAddress

    func render(_ pages: [PagePath]) -> String? {
        guard address.baseURL != nil else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages where page != .notFound {
            xml += "<url><loc>\(address.absolute(page)!.escaped(as: .xml))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// What `render` writes from: the base URL and every page's address.
    func feedSources(_ pages: [PagePath]) -> (inout Hasher) -> Void {
        { hasher in
            hasher.combine(address.baseURL)
            hasher.combine(pages.count)
            for page in pages { hasher.combine(page.file) }
        }
    }
}

/// `/robots.txt`: everything may be read; the sitemap's address when there is one.
struct RobotsFile {
    let address: SiteAddress

    func render() -> String {
        var text = "User-agent: *\nDisallow:\n"
        if let sitemap = address.absolute(file: "sitemap.xml") { text += "Sitemap: \(sitemap)\n" }
        return text
    }
}
