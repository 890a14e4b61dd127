import CommonsSupport
import Testing

@Suite struct CapitalizedFirstTests {
    @Test func onlyTheFirstLetterChanges() {
        #expect("code".capitalizedFirst == "Code")
        #expect("open for votes".capitalizedFirst == "Open for votes")
        #expect("élan".capitalizedFirst == "Élan")
        #expect("".capitalizedFirst == "")
        #expect("ßtraße".capitalizedFirst == "SStraße")
    }
}
