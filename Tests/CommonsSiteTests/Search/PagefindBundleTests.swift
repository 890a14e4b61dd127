import Foundation
import Testing
@testable import CommonsSite

@Suite struct PagefindBundleTests {
    /// Pagefind alone orders a filter's values differently on every run; the bundle is
    /// put in order, so the same content gives the same bytes, index included.
    @Test(InstalledPagefind.condition)
    func threeBuildsWithSearchAreByteIdentical() throws {
        let site = try TemporarySite([
            "contributions/2026/05/a.md": "---\ncontributor: jonas\nproject: maps\ndate: 2026-05-01\nkind: design\ncompensation: paid\n---\nDrew the legend.\n",
            "contributions/2026/05/b.md": "---\ncontributor: amara\nproject: maps\ndate: 2026-05-02\nkind: review\n---\nReviewed the legend.\n",
            "governance/2026/other.md": "---\ntitle: Another\nauthor: jonas\nopened: 2026-06-29\n---\nStill open.\n",
        ])
        var builds: [[String: Data]] = []
        for name in ["first", "second", "third"] {
            let output = site.folder.appendingPathComponent(name).path
            let (result, diagnostics) = site.build(output: output, search: true, pagefind: InstalledPagefind.pagefind)
            #expect(result.isPublished, "\(diagnostics)")
            builds.append(TemporarySite.files(in: output))
        }
        #expect(builds[0].keys.contains { $0.hasPrefix("pagefind/filter/") })
        for other in builds.dropFirst() {
            #expect(other.keys.sorted() == builds[0].keys.sorted())
            for (path, bytes) in builds[0] { #expect(other[path] == bytes, "\(path) differs") }
        }
    }

    /// The files it rewrites carry Pagefind's signature, which Pagefind's script reads
    /// without gunzipping, and are named by their bytes.
    @Test(InstalledPagefind.condition)
    func theRewrittenFilesAreNamedByTheirBytesAndCarryTheSignature() throws {
        let site = try TemporarySite()
        #expect(site.build(search: true, pagefind: InstalledPagefind.pagefind).result.isPublished)
        let filters = site.site.filter { $0.key.hasPrefix("pagefind/filter/") }
        #expect(filters.count == 5, "Type, Project, Kind of work, Compensation, Proposal status: \(filters.keys.sorted())")
        for (path, data) in filters {
            let bytes = Array(data)
            #expect(bytes.starts(with: PagefindBundle.signature))
            #expect(path == "pagefind/filter/en_\(PagefindBundle.hash(Array(bytes.dropFirst(12)))).pf_filter")
        }
        let entry = try #require(site.page("pagefind/pagefind-entry.json"))
        let meta = try #require(site.site.keys.first { $0.hasSuffix(".pf_meta") })
        #expect(entry.contains("\"hash\":\"" + meta.dropFirst("pagefind/pagefind.".count).dropLast(".pf_meta".count) + "\""))
    }

    @Test func theHashIsFNV1aIn16HexDigits() {
        #expect(PagefindBundle.hash([]) == "cbf29ce484222325")
        #expect(PagefindBundle.hash(Array("a".utf8)) == "af63dc4c8601ec8c")
    }
}
