import CommonsAnalysis
import CommonsModel
import Foundation
import Testing
@testable import CommonsSite

@Suite struct SiteBuildTests {
    @Test func publishesEveryPageKind() throws {
        let site = try TemporarySite()
        let (result, diagnostics) = site.build()
        #expect(result.isPublished, "\(diagnostics)")
        let files = Set(site.site.keys)
        for path in ["index.html", "projects/index.html", "projects/maps/index.html", "contributors/index.html",
                     "contributors/amara/index.html", "contributions/index.html", "contributions/2026/03/legend/index.html",
                     "governance/index.html", "governance/2026/odbl/index.html", "stats/index.html", "about/index.html",
                     "404.html", "feed.xml", "sitemap.xml", "robots.txt", "stats.json", "style.css", "assets/logo.svg"] {
            #expect(files.contains(path), "\(path) is missing")
        }
    }

    @Test func checkPlansTheSiteWithoutKeepingABodyToRender() throws {
        let site = try TemporarySite()
        var build = SiteBuild(options: .init(content: site.content, output: site.output, asOf: Day(parsing: "2026-06-30")!,
                                             checkingOnly: true))
        #expect(Pipeline(SiteBuild.planning).run(&build))
        let commons = try #require(build.reading.commons)
        #expect(commons.contributions.allSatisfy { $0.body.source.isEmpty })
        #expect(commons.contributions.map(\.title) == ["Surveyed the step-free toilets.", "Fixed the fountain layer."])
        #expect(commons.projects.map(\.summary) == ["We map the river."])
    }

    @Test func anOutputInFoldersThatDoNotExistYetIsMade() throws {
        let site = try TemporarySite()
        let output = site.folder.appendingPathComponent("www/our/commons").path
        #expect(site.build(output: output).result.isPublished)
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
    }

    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let site = try TemporarySite()
        let first = site.folder.appendingPathComponent("first").path
        let second = site.folder.appendingPathComponent("second").path
        #expect(site.build(output: first).result.isPublished)
        #expect(site.build(output: second).result.isPublished)
        let a = TemporarySite.files(in: first)
        let b = TemporarySite.files(in: second)
        #expect(a.count > 15)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a { #expect(b[path] == bytes, "\(path) differs") }
    }

    @Test func aContentErrorLeavesThePreviousSiteUntouched() throws {
        let site = try TemporarySite()
        #expect(site.build().result.isPublished)
        let before = site.site
        try site.write("---\ncontributor: amara\nproject: mapz\ndate: 2026-05-01\nkind: code\n---\nNew work.\n",
                       to: "Content/contributions/2026/05/broken.md")
        let (result, diagnostics) = site.build()
        guard case .failed = result else { Issue.record("expected a failed build, got \(result)"); return }
        #expect(diagnostics.contains { $0.severity == .error && $0.path == "contributions/2026/05/broken.md" })
        #expect(site.site == before)
        #expect(try stagingLeftovers(site).isEmpty)
    }

    @Test func aTemplateErrorLeavesThePreviousSiteUntouchedAndSaysWhere() throws {
        let site = try TemporarySite()
        #expect(site.build().result.isPublished)
        let before = site.site
        try site.write("{{<layout}}\n{{$main}}\n<h1>{{title}}</h1>\n{{#body}}\n{{/main}}\n{{/layout}}\n", to: "Templates/page.mustache")
        let (result, diagnostics) = site.build()
        guard case .failed = result else { Issue.record("expected a failed build, got \(result)"); return }
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.path.hasSuffix("Templates/page.mustache"))
        #expect(error.line > 0 && error.column > 0)
        #expect(site.site == before)
    }

    @Test func noFileOfAnEarlierBuildLingers() throws {
        let site = try TemporarySite()
        #expect(site.build().result.isPublished)
        #expect(site.page("contributions/2026/04/fountains/index.html") != nil)
        try site.remove("Content/contributions/2026/04/fountains.md")
        try site.write("left over", to: "_site/stray.txt")
        #expect(site.build().result.isPublished)
        #expect(site.page("contributions/2026/04/fountains/index.html") == nil)
        #expect(site.page("stray.txt") == nil)
        #expect(try stagingLeftovers(site).isEmpty)
    }

    @Test func warningsUnderStrictWriteNothing() throws {
        let site = try TemporarySite(["projects/maps.md": "---\ntitle: Maps\nlicence: MIT\n---\n"])
        let (result, diagnostics) = site.build(strict: true)
        guard case .failed = result else { Issue.record("expected a failed build, got \(result)"); return }
        #expect(!diagnostics.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func refusesToReplaceAFolderItDidNotBuild() throws {
        let site = try TemporarySite()
        try site.write("my notes", to: "_site/notes.txt")
        guard case .refused(let reason) = site.build().result else { Issue.record("expected a refusal"); return }
        #expect(reason.contains("stats.json"))
        #expect(site.page("notes.txt") == "my notes")
    }

    @Test func refusesAnOutputThatHoldsTheContent() throws {
        let site = try TemporarySite()
        guard case .refused = site.build(output: site.folder.path).result else { Issue.record("expected a refusal"); return }
        #expect(FileManager.default.fileExists(atPath: site.content + "/commons.md"))
    }

    @Test func aPageThatWouldOverwriteAnotherIsAnError() throws {
        let site = try TemporarySite(["pages/stats.md": "---\ntitle: Our stats\n---\n"])
        let (result, diagnostics) = site.build()
        guard case .failed = result else { Issue.record("expected a failed build, got \(result)"); return }
        #expect(diagnostics.contains { $0.path == "pages/stats.md" && $0.message.contains("/stats/") })
    }

    private func stagingLeftovers(_ site: TemporarySite) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.contains(".staging-") }
    }
}

@Suite struct SiteBuildStepsTests {
    /// A step of a theme's own — here one that adds humans.txt after the site is
    /// published — is one more entry in the list; the runner knows no step by name.
    @Test func aStepIsAddedWithoutTouchingTheRunner() throws {
        let site = try TemporarySite()
        var build = SiteBuild(options: .init(content: site.content, output: site.output, asOf: Day(parsing: "2026-06-30")!))
        let humans = Step<SiteBuild>("humans") { build in
            let people = build.reading.commons?.contributors.map(\.name).joined(separator: "\n") ?? ""
            try? Data((people + "\n").utf8).write(to: URL(fileURLWithPath: build.options.output + "/humans.txt"))
            return "humans.txt"
        }
        var names: [String] = []
        let result = build.run(SiteBuild.steps + [humans]) { names.append("[\($0.number)/\($0.count)] \($0.name)") }
        #expect(result.isPublished)
        #expect(names == ["[1/7] load", "[2/7] resolve", "[3/7] trends", "[4/7] analyse", "[5/7] plan", "[6/7] publish", "[7/7] humans"])
        #expect(site.page("humans.txt") == "Amara Okafor\nJonas Weber\n")
    }

    @Test func checkAndBuildReadTheCommonsByTheSameSteps() {
        #expect(SiteBuild.steps.prefix(4).map(\.name) == Reading.steps.map(\.name))
    }

    @Test func contentErrorsStopTheBuildAfterTheWholeCommonsIsRead() throws {
        let site = try TemporarySite([
            "contributions/2026/05/a.md": "---\ncontributor: amara\nproject: mapz\ndate: 2026-05-01\nkind: code\n---\n",
            "contributions/2026/05/b.md": "---\ncontributor: amara\nproject: maps\ndate: 2026-05-01\nkind: cod\n---\n",
        ])
        var build = SiteBuild(options: .init(content: site.content, output: site.output, asOf: Day(parsing: "2026-06-30")!))
        var names: [String] = []
        let result = build.run { names.append($0.name + ": " + $0.detail) }
        guard case .failed = result else { Issue.record("expected a failed build, got \(result)"); return }
        #expect(names.map { String($0.prefix { $0 != ":" }) } == ["load", "resolve", "trends", "analyse"])
        #expect(names.last == "analyse: stopped: errors")
        // Both the reading error (kind) and the resolution error (project) are reported.
        #expect(Set(build.diagnostics.errors.map(\.path)) == ["contributions/2026/05/a.md", "contributions/2026/05/b.md"])
    }
}
