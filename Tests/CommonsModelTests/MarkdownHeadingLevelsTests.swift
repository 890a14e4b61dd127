import Testing
@testable import CommonsModel

@Suite struct MarkdownHeadingLevelsTests {
    @Test func aBodyThatStartsAtH1MovesDownALevel() {
        let markdown = Markdown(rendering: "# Plan\n\nText.\n\n## Steps\n\n###### Deep\n")
        #expect(markdown.html == "<h2>Plan</h2>\n<p>Text.</p>\n<h3>Steps</h3>\n<h6>Deep</h6>\n")
        #expect(markdown.lead == "Plan")
    }

    @Test func aBodyThatStartsAtH2IsLeftAsWritten() {
        let markdown = Markdown(rendering: "## How to help\n\n### Walks\n")
        #expect(markdown.html == "<h2>How to help</h2>\n<h3>Walks</h3>\n")
    }
}
