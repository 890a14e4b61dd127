import CommonsModel
import Testing

@Suite struct MarkdownTitleHeadingTests {
    func text(_ markdown: Markdown) -> String { String(decoding: markdown.source, as: UTF8.self) }

    @Test func theHeadingATitleCameFromIsNotRepeated() {
        let body = Markdown("# Mapped the *east* bank\n\nTwelve fountains.\n")
        #expect(text(body.droppingOpeningHeading(saying: body.lead)) == "\nTwelve fountains.\n")
    }

    @Test func anyOtherOpeningStays() {
        let body = Markdown("# Mapped the east bank\n\nTwelve fountains.\n")
        #expect(text(body.droppingOpeningHeading(saying: "Fountains")) == text(body))
        let paragraph = Markdown("Mapped the east bank.\n\n# Later\n")
        #expect(text(paragraph.droppingOpeningHeading(saying: paragraph.lead)) == text(paragraph))
        #expect(text(Markdown("").droppingOpeningHeading(saying: "")) == "")
    }
}
