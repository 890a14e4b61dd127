import CommonsModel
import Foundation
import Testing
@testable import CommonsSite

/// The theme contract against what the pages give and what the templates read.
@Suite struct ThemeContractTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let demo = repository.appendingPathComponent("Content").path

    /// The demo commons planned, nothing written.
    static func plannedDemo(content: String = demo, templates: String? = nil) -> SiteBuild {
        var build = SiteBuild(options: .init(content: content, templates: templates, output: "/nonexistent/_site",
                                             asOf: Day(parsing: "2026-11-27")!, baseURL: "https://example.org/c/",
                                             search: true))
        Pipeline(SiteBuild.planning).run(&build)
        return build
    }

    @Test func everyPageOfTheDemoGivesItsTemplateOnlyWhatTheContractDeclares() throws {
        let build = Self.plannedDemo()
        let plan = try #require(build.plan, "\(build.diagnostics)")
        #expect(Set(plan.pages.map(\.kind.template)) == Set(ThemeContract.pages.map(\.template)))
        var violations: [String] = []
        for page in plan.pages {
            violations += ContextReading.violations(plan.context(of: page), as: .object(page.kind.shape), at: "/" + page.path.url)
        }
        #expect(violations.isEmpty, "\(violations.prefix(20).joined(separator: "\n"))")
    }

    @Test func theFragmentsAreGivenOnlyWhatTheyDeclare() throws {
        let build = Self.plannedDemo()
        let publication = try #require(build.publication)
        let layout = Layout(publication: publication, icon: SiteIcon.path(assets: publication.commons.assets, themeHasIcon: true))
        for section in SiteSection.allCases {
            let chrome = layout.chromeContext(root: Shown("../"), section: section)
            #expect(ContextReading.violations(chrome, as: .object(ThemeContract.chrome), at: "chrome").isEmpty)
        }
        let rows = ContributionRows(publication, theme: try #require(build.theme))
        let table = rows.table(publication.ledger.indices.prefix(20), on: .project("x"), projectPage: true)
        for row in table {
            #expect(ContextReading.violations(row.fragmentContext(root: row.root), as: .object(ThemeContract.contributionRow), at: row.id) == [])
            #expect(ContextReading.violations(row, as: .object(ThemeContract.tableRow), at: row.id) == [])
        }
    }

    @Test func aNameTheContractDoesNotDeclareIsCaught() {
        let context: [String: Any] = ["title": "Maps", "titel": "Maps", "tags": ["a", 3]]
        let shape = Shape("test page", [.text("title", ""), .texts("tags", "")])
        #expect(ContextReading.violations(context, as: .object(shape), at: "/") == [
            "/.tags[1] should be text, is Int", "/.titel is not declared for test page",
        ])
    }

    @Test func theDefaultThemeLoadsWithoutAWarning() {
        let (theme, diagnostics) = Theme.load(ThemeFolders(templates: nil, content: "/nonexistent/Content"))
        #expect(theme != nil)
        #expect(diagnostics.map(\.description) == [])
    }

    /// A typo in a theme override, in a page template, a partial and a fragment: each at
    /// its line and column, with the name meant.
    @Test func typosInAThemeAreReportedWhereTheyAreWithTheNameMeant() throws {
        let site = try TemporarySite()
        try site.write("{{<layout}}\n{{$main}}\n<h1>{{title}}</h1>\n<p>{{ summry }}</p>\n{{/main}}\n{{/layout}}\n",
                       to: "Templates/project.mustache")
        try site.write("<li><a href=\"{{root}}{{href}}\">{{title}}</a> {{statusWord}}</li>\n", to: "Templates/proposal-item.mustache")
        try site.write("<tr><td>{{title}} {{siteTitle}} {{project.hreff}}</td></tr>\n", to: "Templates/contribution-row.mustache")
        let (result, diagnostics) = site.build()
        #expect(result.isPublished)
        let warnings = diagnostics.filter { $0.path.contains("Templates/") }.map { diagnostic in
            "\(URL(fileURLWithPath: diagnostic.path).lastPathComponent):\(diagnostic.line):\(diagnostic.column): \(diagnostic.message)"
        }
        #expect(warnings == [
            "contribution-row.mustache:1:21: 'siteTitle' is not given to the contribution-row fragment, which is drawn once for many pages and reads only its own values",
            "contribution-row.mustache:1:35: 'project' is a project link, which has no 'hreff'; did you mean 'href'?",
            "project.mustache:4:7: 'summry' is not given to project pages; did you mean 'summary'?",
            "proposal-item.mustache:1:48: 'statusWord' is not given to a proposal; did you mean 'statusWords'?",
        ])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func aThemeWarningFailsAStrictBuild() throws {
        let site = try TemporarySite()
        try site.write("<tr><td>{{titel}}</td></tr>\n", to: "Templates/contribution-row.mustache")
        let (result, diagnostics) = site.build(strict: true)
        guard case .failed = result else { Issue.record("expected a failed build, got \(result)"); return }
        #expect(diagnostics.contains { $0.message.contains("'titel'") && $0.message.contains("did you mean 'title'?") })
    }

    @Test func aSectionEntersTheValuesOfItsListAndItsDefaultsAreNotCheckedWhenReplaced() {
        let templates: [String: (path: String, text: String)] = [
            "layout": ("layout.mustache", "{{$pageTitle}}{{nonsense}}{{/pageTitle}}{{$main}}{{/main}}"),
            "home": ("home.mustache", "{{<layout}}{{$pageTitle}}{{siteTitle}}{{/pageTitle}}{{$main}}{{#open}}{{tally}}{{root}}{{#project}}{{title}}{{/project}}{{/open}}{{#activity}}{{#rows}}{{#cells}}{{.}}{{/cells}}{{/rows}}{{/activity}}{{/main}}{{/layout}}"),
        ]
        #expect(TemplateCheck(templates: templates).warnings().filter { $0.path == "home.mustache" || $0.path == "layout.mustache" }.map(\.description) == [])
    }

    @Test func docsThemesIsTheGeneratedReference() throws {
        let committed = try String(contentsOf: Self.repository.appendingPathComponent("docs/themes.md"), encoding: .utf8)
        #expect(committed == ThemeReference.markdown, "docs/themes.md is stale: run `commons theme reference > docs/themes.md`")
        for kind in ThemeContract.pages { #expect(committed.contains("### \(kind.template).mustache")) }
    }
}
