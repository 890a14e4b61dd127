import CommonsModel
import CommonsTestSupport
import Foundation
import Testing
@testable import CommonsSite

/// A drawing that reuses an earlier one draws only the pages whose fingerprint changed,
/// and still gives the bytes a fresh drawing gives.
@Suite struct PageFingerprintTests {
    static let day = Day(parsing: "2026-06-30")!

    /// Draws `site` as it is now, after `earlier`.
    func draw(_ site: TemporarySite, after earlier: DrawnSite? = nil, templates: String? = nil) throws -> DrawnSite {
        var build = SiteBuild(options: .init(content: site.content, templates: templates, asOf: PageFingerprintTests.day))
        #expect(Pipeline(SiteBuild.planning + [SiteBuild.draw(reusing: earlier)]).run(&build))
        return try #require(build.drawn)
    }

    func changedPages(_ before: DrawnSite, _ after: DrawnSite) -> Set<String> {
        Set(after.files.paths.filter { $0.hasSuffix(".html") && before.files[$0] != after.files[$0] })
    }

    @Test func nothingChangedDrawsNoPage() throws {
        let site = try TemporarySite()
        let first = try draw(site)
        let again = try draw(site, after: first)
        #expect(again.drawnPages == 0)
        #expect(again.files == first.files)
    }

    /// An edit to one contribution draws the pages it shows on, whose bytes change, and
    /// no page whose bytes stay; the result is a fresh drawing's.
    @Test func anEditDrawsExactlyThePagesItChanges() throws {
        let site = try TemporarySite()
        let first = try draw(site)
        try site.write("---\ncontributor: amara\nproject: maps\ndate: 2026-04-02\nkind: code\nhours: 5\ncompensation: stipend\n---\nFixed the fountain layer.\n",
                       to: "Content/contributions/2026/04/fountains.md")
        let second = try draw(site, after: first)
        let fresh = try draw(site)
        #expect(second.files == fresh.files)
        let changed = changedPages(first, fresh)
        #expect(changed.contains("contributions/2026/04/fountains/index.html"))
        #expect(changed.contains("contributors/amara/index.html"))
        #expect(!changed.contains("contributors/jonas/index.html"))
        #expect(second.drawnPages == changed.count)
    }

    /// A person's page is told by its sources, not its values: each field of the
    /// person's file it shows draws it again, as a fresh drawing would.
    @Test(arguments: [
        "---\nname: Amara Okafor\nlinks: [\"https://example.org/amara\"]\n---\nMaps things.\n",
        "---\nname: Amara Okafor\njoined: 2025-01-05\n---\nMaps things.\n",
        "---\nname: Amara Okafor\naffiliation: River Trust\n---\nMaps things.\n",
        "---\nname: Amara Okafor\n---\nMaps rivers.\n",
        "---\nname: Amara O.\n---\nMaps things.\n",
    ])
    func everyFieldAPersonsPageShowsDrawsItAgain(file: String) throws {
        let site = try TemporarySite()
        let first = try draw(site)
        try site.write(file, to: "Content/contributors/amara.md")
        let second = try draw(site, after: first)
        #expect(second.files == (try draw(site)).files)
        #expect(changedPages(first, second).contains("contributors/amara/index.html"))
    }

    /// A project's and a proposal's pages are told by their sources too: what their
    /// files say draws them again.
    @Test(arguments: [
        ("projects/maps.md", "---\ntitle: Maps\nlicense: ODbL-1.0\nmaintainers: [amara]\ntags: [water, rivers]\n---\nWe map the river.\n",
         "projects/maps/index.html"),
        ("projects/maps.md", "---\ntitle: Maps\nlicense: CC0-1.0\nmaintainers: [amara, jonas]\ntags: [water]\nrepository: https://example.org/maps\n---\nWe map the river.\n",
         "projects/maps/index.html"),
        ("governance/2026/odbl.md", "---\ntitle: Publish under the ODbL\nauthor: amara\nproject: maps\nopened: 2026-03-20\nvotes:\n  amara: yes\n  jonas: {vote: no, date: 2026-03-25, comment: \"Later.\"}\n---\nLet us publish.\n",
         "governance/2026/odbl/index.html"),
    ])
    func whatAProjectsOrAProposalsFileSaysDrawsItsPageAgain(file: String, text: String, page: String) throws {
        let site = try TemporarySite()
        let first = try draw(site)
        try site.write(text, to: "Content/" + file)
        let second = try draw(site, after: first)
        #expect(second.files == (try draw(site)).files)
        #expect(changedPages(first, second).contains(page))
    }

    /// A template's fingerprint holds the partials and parents it reaches: editing one
    /// page kind's template draws that kind's pages, editing the layout draws them all.
    @Test func aTemplateEditDrawsThePagesThatUseIt() throws {
        let site = try TemporarySite()
        let templates = site.folder.appendingPathComponent("Templates").path
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        let first = try draw(site, templates: templates)
        let theme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/CommonsSite/Theme")
        let project = try String(contentsOf: theme.appendingPathComponent("project.mustache"), encoding: .utf8)
        try site.write(project + "<!-- edited -->\n", to: "Templates/project.mustache")
        let second = try draw(site, after: first, templates: templates)
        #expect(second.drawnPages == 1)
        #expect(changedPages(first, second) == ["projects/maps/index.html"])
        let layout = try String(contentsOf: theme.appendingPathComponent("layout.mustache"), encoding: .utf8)
        try site.write(layout + "<!-- edited -->\n", to: "Templates/layout.mustache")
        let third = try draw(site, after: second, templates: templates)
        #expect(third.drawnPages == third.files.paths.count { $0.hasSuffix(".html") })
        #expect(third.files == (try draw(site, templates: templates)).files)
    }

    /// Every page's fingerprint hashes its section: by case through `Hashable`, not its text.
    @Test func aSectionIsHashedByItsCase() {
        #expect(hashesByCase(SiteSection.self))
    }
}
