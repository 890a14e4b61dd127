import CommonsModel
import Testing
@testable import CommonsMarkdown

@Suite struct MarkdownRendererHeadingLevelsTests {
    let renderer = MarkdownRenderer(unsafeHTML: false)

    @Test func aBodyThatStartsAtH1MovesDownALevel() {
        let html = renderer.render(Markdown("# Plan\n\nText.\n\n## Steps\n\n###### Deep\n"))
        #expect(html == "<h2>Plan</h2>\n<p>Text.</p>\n<h3>Steps</h3>\n<h6>Deep</h6>\n")
    }

    @Test func aBodyThatStartsAtH2IsLeftAsWritten() {
        let html = renderer.render(Markdown("## How to help\n\n### Walks\n"))
        #expect(html == "<h2>How to help</h2>\n<h3>Walks</h3>\n")
    }
}
