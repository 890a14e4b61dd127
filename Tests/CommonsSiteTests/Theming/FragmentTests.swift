import Testing
@testable import CommonsSite

@Suite struct FragmentTests {
    private func forAllDepths(_ templates: [String: String]) -> Bool {
        Fragment.showsRootOnlyAsText("row", templates: templates)
    }

    @Test func rootShownAsTextLetsOneDrawingServeEveryDepth() {
        #expect(forAllDepths(["row": "<a href=\"{{root}}{{href}}\">{{title}}</a>{{#people}}{{{root}}}{{/people}}"]))
        #expect(forAllDepths(["row": "{{title}}"]))
        #expect(forAllDepths(["row": "{{>cell}}", "cell": "<a href=\"{{root}}x\">"]))
    }

    @Test func rootReadAnyOtherWayNeedsADrawingPerDepth() {
        #expect(!forAllDepths(["row": "{{#root}}below{{/root}}"]))
        #expect(!forAllDepths(["row": "{{^root}}top{{/root}}"]))
        #expect(!forAllDepths(["row": "{{root.count}}"]))
        #expect(!forAllDepths(["row": "{{uppercased(root)}}"]))
        #expect(!forAllDepths(["row": "{{#people}}{{>cell}}{{/people}}", "cell": "{{#root}}x{{/root}}"]))
        #expect(!forAllDepths(["row": "{{>missing}}"]))
        #expect(!forAllDepths(["row": "{{>*dynamic}}"]))
    }

    @Test func aPartialThatDrawsItselfIsReadOnce() {
        #expect(forAllDepths(["row": "{{>tree}}", "tree": "{{#children}}{{>tree}}{{/children}}{{root}}"]))
    }

    @Test func theDefaultThemeDrawsEveryFragmentOnceForAllDepths() throws {
        let (theme, _) = Theme.load(ThemeFolders(templates: nil, content: "/nonexistent/Content"))
        #expect(try #require(theme).fragmentsForAllDepths == Set(Fragment.all.map(\.template)))
    }
}
