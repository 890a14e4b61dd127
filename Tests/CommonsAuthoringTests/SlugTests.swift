import CommonsAuthoring
import Testing

@Suite struct SlugTests {
    @Test func lettersAreFoldedToASCIIAndTheRestIsOneHyphen() {
        #expect(Slug.from("Ana Lima") == "ana-lima")
        #expect(Slug.from("José Müller-Łódź") == "jose-muller-lodz")
        #expect(Slug.from("  Open on Sundays?! ") == "open-on-sundays")
        #expect(Slug.from("Straße 42") == "strasse-42")
        #expect(Slug.from("!!!") == "")
    }

    @Test func aTakenSlugGetsTheFirstFreeNumber() {
        let taken: Set = ["care-repair-cafe", "care-repair-cafe-2"]
        #expect(Slug.unique("care-repair-cafe") { taken.contains($0) } == "care-repair-cafe-3")
        #expect(Slug.unique("docs") { taken.contains($0) } == "docs")
    }
}
