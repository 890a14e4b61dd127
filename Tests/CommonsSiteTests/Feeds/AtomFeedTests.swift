import Foundation
import FoundationXML
import Testing
@testable import CommonsSite

@Suite struct AtomFeedTests {
    /// The `<entry>` elements of a feed, in order, each as its text.
    private func entries(_ feed: String) -> [String] {
        feed.components(separatedBy: "<entry>\n").dropFirst().map { $0.components(separatedBy: "</entry>")[0] }
    }

    @Test func contributionsAndDecisionsNewestFirstWithAbsoluteAddresses() throws {
        let site = try TemporarySite()
        site.build()
        let feed = try #require(site.page("feed.xml"))
        let entries = entries(feed)
        #expect(entries.count == 3)
        // The ODbL proposal closes (rejected) on 3 April, after the last contribution.
        #expect(entries[0].hasPrefix("<title>Rejected: Publish under the ODbL</title>"))
        #expect(entries[0].contains("<id>https://example.org/our/commons/governance/2026/odbl/</id>"))
        #expect(entries[0].contains("<updated>2026-04-03T00:00:00Z</updated>"))
        #expect(entries[1].contains("<link href=\"https://example.org/our/commons/contributions/2026/04/fountains/\" rel=\"alternate\" type=\"text/html\"/>"))
        #expect(entries[1].contains("<summary>Code for Maps, 2 hours</summary>"))
        #expect(entries[2].contains("<author><name>Amara Okafor</name></author><author><name>Jonas Weber</name></author>"))
        #expect(feed.contains("<updated>2026-04-03T00:00:00Z</updated>\n<author><name>Test Commons</name></author>"))
    }

    @Test func markupInTitlesAndBodiesIsEscapedAndTheFeedIsWellFormed() throws {
        let site = try TemporarySite([
            "contributions/2026/05/tags.md": "---\ntitle: \"<b>Bold</b> & brave\"\ncontributor: jonas\nproject: maps\ndate: 2026-05-01\nkind: docs\n---\nSee *this* & <that>.\n",
        ])
        site.build()
        let feed = try #require(site.page("feed.xml"))
        let first = try #require(entries(feed).first)
        #expect(first.hasPrefix("<title>&lt;b&gt;Bold&lt;/b&gt; &amp; brave</title>"))
        #expect(first.contains("<summary>Docs for Maps</summary>"))  // no hours, none said
        #expect(first.contains("<content type=\"html\">&lt;p&gt;See &lt;em&gt;this&lt;/em&gt; &amp;amp; "))
        let parser = XMLParser(data: Data(feed.utf8))
        #expect(parser.parse(), "feed.xml is not well-formed XML: \(String(describing: parser.parserError))")
    }

    @Test func atMostTheLatestTwentyContributions() throws {
        var files: [String: String] = [:]
        for day in 1...25 {
            files["contributions/2026/05/day-\(day).md"] = "---\ncontributor: amara\nproject: maps\ndate: 2026-05-\(String(format: "%02d", day))\nkind: code\n---\nDay \(day).\n"
        }
        let site = try TemporarySite(files)
        site.build()
        let feed = try #require(site.page("feed.xml"))
        let contributions = entries(feed).filter { $0.contains("/contributions/") }
        #expect(contributions.count == AtomFeed.latestContributions)
        #expect(contributions.first?.hasPrefix("<title>Day 25.</title>") == true)
        #expect(!feed.contains("<title>Day 5.</title>"))
    }

    @Test func noFeedWithoutABaseURL() throws {
        let site = try TemporarySite(["commons.md": "---\ntitle: Test Commons\n---\n"])
        site.build()
        #expect(site.page("feed.xml") == nil)
        #expect(site.page("index.html")?.contains("feed.xml") == false)
    }
}
