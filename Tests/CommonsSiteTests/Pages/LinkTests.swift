import Foundation
import Testing
@testable import CommonsSite

/// Every link a page makes is relative and lands on a file of the site, so the same site
/// works under any sub-path of a server and from the disk.
@Suite struct LinkTests {
    @Test func everyInternalLinkIsRelativeAndLandsOnAFile() throws {
        let site = try TemporarySite()
        #expect(site.build().result.isPublished)
        let files = Set(site.site.keys)
        var checked = 0
        for (path, html) in site.texts where path.hasSuffix(".html") && path != "404.html" {
            let folder = path.split(separator: "/").dropLast().map(String.init)
            for link in Self.links(in: html) where !Self.isExternal(link) {
                #expect(!link.hasPrefix("/"), "\(path) links from the server root: \(link)")
                let target = Self.resolve(link, from: folder)
                let file = target.isEmpty || target.hasSuffix("/") ? target + "index.html" : target
                #expect(files.contains(file), "\(path) links to \(link), which is not in the site")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test func pagesKnowNothingOfTheBaseURLButThe404PageLinksFromItsPath() throws {
        let site = try TemporarySite()
        #expect(site.build().result.isPublished)
        let project = try #require(site.page("projects/maps/index.html"))
        #expect(project.contains("href=\"../../style.css\""))
        #expect(project.contains("href=\"../../contributors/amara/index.html\""))
        let notFound = try #require(site.page("404.html"))
        #expect(notFound.contains("href=\"/our/commons/style.css\""))
        #expect(notFound.contains("href=\"/our/commons/index.html\""))
    }

    @Test func feedAndSitemapUseAbsoluteURLsFromTheBaseURL() throws {
        let site = try TemporarySite()
        #expect(site.build().result.isPublished)
        let sitemap = try #require(site.page("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://example.org/our/commons/projects/maps/</loc>"))
        #expect(!sitemap.contains("404"))
        let feed = try #require(site.page("feed.xml"))
        #expect(feed.contains("<link href=\"https://example.org/our/commons/contributions/2026/04/fountains/\""))
        #expect(site.page("robots.txt")?.contains("Sitemap: https://example.org/our/commons/sitemap.xml") == true)
    }

    @Test func withoutABaseURLFeedAndSitemapAreSkippedWithAWarning() throws {
        let site = try TemporarySite(["commons.md": "---\ntitle: No address\n---\n"])
        let (result, diagnostics) = site.build()
        #expect(result.isPublished)
        #expect(diagnostics.contains { $0.severity == .warning && $0.path == "commons.md" && $0.message.contains("base_url") })
        #expect(site.page("feed.xml") == nil)
        #expect(site.page("sitemap.xml") == nil)
        #expect(site.page("index.html") != nil)
    }

    @Test func baseURLFromTheCommandLineWins() throws {
        let site = try TemporarySite()
        #expect(site.build(baseURL: "http://127.0.0.1:8000/riverside/").result.isPublished)
        #expect(site.page("sitemap.xml")?.contains("<loc>http://127.0.0.1:8000/riverside/</loc>") == true)
    }

    static func links(in html: String) -> [String] {
        var links: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = Substring(html)
            while let start = rest.firstRange(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                links.append(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        return links
    }

    static func isExternal(_ link: String) -> Bool {
        link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") || link.hasPrefix("#")
    }

    /// `../../x/index.html` from folder ["a", "b"] → "x/index.html".
    static func resolve(_ link: String, from folder: [String]) -> String {
        var parts = folder
        let path = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? link
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for (index, segment) in segments.enumerated() {
            switch segment {
            case "..": _ = parts.popLast()
            case ".": continue
            case "" where index == segments.count - 1: return parts.joined(separator: "/") + (parts.isEmpty ? "" : "/")
            default: parts.append(segment)
            }
        }
        return parts.joined(separator: "/")
    }
}
