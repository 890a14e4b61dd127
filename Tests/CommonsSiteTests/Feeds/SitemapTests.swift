import Foundation
import FoundationXML
import Testing
@testable import CommonsSite

@Suite struct SitemapTests {
    @Test func everyPageButTheNotFoundPageAtItsAbsoluteAddress() throws {
        let site = try TemporarySite()
        site.build()
        let sitemap = try #require(site.page("sitemap.xml"))
        let addresses = sitemap.components(separatedBy: "<loc>").dropFirst().map { $0.components(separatedBy: "</loc>")[0] }
        let pages = site.site.keys.filter { $0.hasSuffix("index.html") }
        #expect(addresses.count == pages.count)
        #expect(addresses.first == "https://example.org/our/commons/")
        #expect(addresses.contains("https://example.org/our/commons/contributions/2026/03/legend/"))
        #expect(addresses.contains("https://example.org/our/commons/about/"))
        #expect(!sitemap.contains("404"))
        #expect(XMLParser(data: Data(sitemap.utf8)).parse())
    }

    @Test func robotsNamesTheSitemapOnlyWhenThereIsOne() throws {
        let site = try TemporarySite()
        site.build()
        #expect(site.page("robots.txt") == "User-agent: *\nDisallow:\nSitemap: https://example.org/our/commons/sitemap.xml\n")
        let local = try TemporarySite(["commons.md": "---\ntitle: Test Commons\n---\n"])
        local.build()
        #expect(local.page("sitemap.xml") == nil)
        #expect(local.page("robots.txt") == "User-agent: *\nDisallow:\n")
    }
}
