import CommonsModel
import Foundation
import Testing
@testable import CommonsSite

@Suite struct DrawnSiteTests {
    /// `commons serve` serves what `draw` puts in memory, so it must be what `publish`
    /// writes, byte for byte, assets included.
    @Test func theSiteDrawnInMemoryIsTheSiteWritten() throws {
        let site = try TemporarySite()
        #expect(site.build().result.isPublished)
        var build = SiteBuild(options: .init(content: site.content, asOf: Day(parsing: "2026-06-30")!))
        #expect(Pipeline(SiteBuild.planning + [SiteBuild.draw()]).run(&build))
        let drawn = try #require(build.drawn).files
        let written = site.site
        #expect(drawn.paths.sorted() == written.keys.sorted())
        for (path, bytes) in written { #expect(drawn[path].map { Data($0) } == bytes, "\(path) differs") }
        // stats.json is drawn when asked for (above), not with the site.
        #expect(drawn.drawn["stats.json"] == nil && drawn.onRequest["stats.json"] != nil)
    }

    @Test func aBuildThatStopsDrawsNothing() throws {
        let site = try TemporarySite(["projects/broken.md": "---\ntitle: \"Broken\n---\n"])
        var build = SiteBuild(options: .init(content: site.content, asOf: Day(parsing: "2026-06-30")!))
        #expect(!Pipeline(SiteBuild.planning + [SiteBuild.draw()]).run(&build))
        #expect(build.drawn == nil)
        #expect(build.diagnostics.contains { $0.severity == .error && $0.path == "projects/broken.md" })
    }
}
