import Foundation
import Testing
@testable import CommonsSite

@Suite struct ThemeTests {
    @Test func theDefaultThemeIsFoundAndComplete() throws {
        let folders = ThemeFolders(templates: nil, content: "/nonexistent/Content")
        #expect(folders.defaultTheme != nil)
        #expect(folders.overrides == nil)
        let (theme, diagnostics) = Theme.load(folders)
        #expect(diagnostics.isEmpty)
        #expect(theme?.stylesheet?.contains("prefers-color-scheme: dark") == true)
    }

    @Test func aTemplatesFolderBesideTheContentReplacesFilesOneByOne() throws {
        let site = try TemporarySite()
        try site.write("{{<layout}}{{$main}}<h1>Custom {{title}}</h1>{{/main}}{{/layout}}\n", to: "Templates/page.mustache")
        try site.write("body { color: red; }\n", to: "Templates/style.css")
        #expect(site.build().result.isPublished)
        #expect(site.page("about/index.html")?.contains("<h1>Custom About us</h1>") == true)
        #expect(site.page("about/index.html")?.contains("<!DOCTYPE html>") == true)  // the default layout
        #expect(site.page("style.css") == "body { color: red; }\n")
        #expect(site.page("projects/maps/index.html")?.contains("Who carries it") == true)  // the default project page
    }

    @Test func aThemesContributionRowIsUsedInEveryTable() throws {
        let site = try TemporarySite()
        try site.write("<tr><td>{{title}} from {{root}}</td></tr>\n", to: "Templates/contribution-row.mustache")
        #expect(site.build().result.isPublished)
        #expect(site.page("contributors/amara/index.html")?.contains("<tr><td>Fixed the fountain layer. from ../../</td></tr>\n") == true)
        #expect(site.page("projects/maps/index.html")?.contains("<tr><td>Fixed the fountain layer. from ../../</td></tr>\n") == true)
        #expect(site.page("contributions/index.html")?.contains("<tr><td>Fixed the fountain layer. from ../</td></tr>\n") == true)
        #expect(site.page("index.html")?.contains("<tr><td>Fixed the fountain layer. from </td></tr>\n") == true)
    }

    @Test func aRowThatReadsRootOtherThanAsTextIsDrawnForEachDepth() throws {
        let site = try TemporarySite()
        try site.write("<tr><td>{{title}}{{#empty(root)}} at the top{{/empty(root)}}{{^empty(root)}} below the top{{/empty(root)}}</td></tr>\n",
                       to: "Templates/contribution-row.mustache")
        #expect(site.build().result.isPublished)
        #expect(site.page("index.html")?.contains("<tr><td>Fixed the fountain layer. at the top</td></tr>") == true)
        #expect(site.page("contributions/index.html")?.contains("<tr><td>Fixed the fountain layer. below the top</td></tr>") == true)
    }

    @Test func aHeaderThatShowsRootThroughAPartialIsRightAtEveryDepth() throws {
        let site = try TemporarySite()
        try site.write("<header><a href=\"{{root}}index.html\">{{siteTitle}}</a>{{>depth}}</header>\n", to: "Templates/site-header.mustache")
        try site.write("{{^empty(root)}}<i>{{uppercased(root)}}</i>{{/empty(root)}}", to: "Templates/depth.mustache")
        #expect(site.build().result.isPublished)
        #expect(site.page("index.html")?.contains("<header><a href=\"index.html\">Test Commons</a></header>") == true)
        #expect(site.page("projects/maps/index.html")?.contains("<header><a href=\"../../index.html\">Test Commons</a><i>../../</i></header>") == true)
    }

    @Test func templatesFromTheCommandLineWinOverTheFolderBesideTheContent() throws {
        let site = try TemporarySite()
        try site.write("{{<layout}}{{$main}}beside{{/main}}{{/layout}}\n", to: "Templates/page.mustache")
        try site.write("{{<layout}}{{$main}}flag{{/main}}{{/layout}}\n", to: "Theme/page.mustache")
        #expect(site.build(templates: site.folder.appendingPathComponent("Theme").path).result.isPublished)
        #expect(site.page("about/index.html")?.contains("flag") == true)
        #expect(site.page("about/index.html")?.contains("beside") == false)
    }

    @Test func aSyntaxErrorNamesTheTemplateLineAndColumn() throws {
        let site = try TemporarySite()
        try site.write("<p>\n  {{#items}}\n  {{name}\n{{/items}}\n", to: "Templates/figures.mustache")
        let (result, diagnostics) = site.build()
        guard case .failed = result else { Issue.record("expected a failed build"); return }
        let error = try #require(diagnostics.first)
        #expect(error.path.hasSuffix("Templates/figures.mustache"))
        #expect(error.line == 3)
        #expect(error.description.contains("figures.mustache:3:"))
    }
}
