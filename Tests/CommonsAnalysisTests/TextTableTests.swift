@testable import CommonsAnalysis
import Testing

@Suite struct TextTableTests {
    @Test func textLeftNumbersRightNoTrailingSpaces() {
        var table = TextTable([("project", .left), ("hours", .right), ("note", .left)])
        table.rows = [["garden", "3.5", ""], ["an-orchard", "120", "new"]]
        #expect(table.render() == """
              project     hours  note
              garden        3.5
              an-orchard    120  new
            """)
    }
}
