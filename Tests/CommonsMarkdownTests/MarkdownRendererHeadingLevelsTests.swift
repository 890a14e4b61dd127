import CommonsModel
import Testing
@testable import CommonsMarkdown

@Suite struct MarkdownRendererHeadingLevelsTests {
    let renderer = MarkdownRenderer(unsafeHTML: false)

    @Test func aBodyThatStartsAtH1MovesDownALevel() {
        let html = renderer.render(Markdown("# Plan\n\nText.\n\n## Steps\n\n### Detail\n"))
        #expect(html == "<h2>Plan</h2>\n<p>Text.</p>\n<h3>Steps</h3>\n<h4>Detail</h4>\n")
    }

    /// Screen readers and axe-core's heading-order rule read a skipped level as a gap in
    /// the outline.
    @Test func noHeadingIsMoreThanOneLevelBelowTheOneBeforeIt() {
        let html = renderer.render(Markdown("### Notes\n\n###### Deep\n\n## Back up\n\n#### Under it\n"))
        #expect(html == "<h2>Notes</h2>\n<h3>Deep</h3>\n<h2>Back up</h2>\n<h3>Under it</h3>\n")
    }

    @Test func aBodyThatStartsAtH2IsLeftAsWritten() {
        let html = renderer.render(Markdown("## How to help\n\n### Walks\n"))
        #expect(html == "<h2>How to help</h2>\n<h3>Walks</h3>\n")
    }
}
