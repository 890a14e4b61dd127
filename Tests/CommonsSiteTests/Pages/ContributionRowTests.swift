import Testing
@testable import CommonsSite

@Suite struct ContributionRowTests {
    /// The `<tr>` of the table row that links to `id`'s page.
    private func row(_ id: String, in html: String?) -> String? {
        html?.split(separator: "\n").first { $0.hasPrefix("<tr>") && $0.contains("contributions/\(id)/index.html") }.map(String.init)
    }

    @Test func aRowIsDrawnTheSameOnEveryPageOfTheSameDepth() throws {
        let site = try TemporarySite()
        #expect(site.build().result.isPublished)
        let onAmaras = try #require(row("2026/03/legend", in: site.page("contributors/amara/index.html")))
        let onJonass = row("2026/03/legend", in: site.page("contributors/jonas/index.html"))
        #expect(onJonass == onAmaras)
        #expect(onAmaras.contains(#"<th scope="row"><a href="../../contributions/2026/03/legend/index.html">"#))
        #expect(onAmaras.contains(#"<a href="../../contributors/amara/index.html">Amara Okafor</a>, <a href="../../contributors/jonas/index.html">Jonas Weber</a>"#))
        #expect(onAmaras.contains(#"<td><a href="../../projects/maps/index.html">Maps</a></td>"#))
    }

    @Test func theProjectsOwnPageLeavesOutTheProjectColumn() throws {
        let site = try TemporarySite()
        #expect(site.build().result.isPublished)
        let onTheProject = try #require(row("2026/03/legend", in: site.page("projects/maps/index.html")))
        #expect(!onTheProject.contains("projects/maps/index.html"))
        #expect(onTheProject.contains(#"<a href="../../contributions/2026/03/legend/index.html">"#))
    }

    @Test func theLedgersFirstPageClimbsOneFolder() throws {
        let site = try TemporarySite()
        #expect(site.build().result.isPublished)
        let onTheLedger = try #require(row("2026/03/legend", in: site.page("contributions/index.html")))
        #expect(onTheLedger.contains(#"<a href="../contributions/2026/03/legend/index.html">"#))
        #expect(onTheLedger.contains(#"<td><a href="../projects/maps/index.html">Maps</a></td>"#))
    }
}
