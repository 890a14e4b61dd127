@testable import CommonsReport
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

    @Test func wideCharactersTakeTwoColumns() {
        var table = TextTable([("name", .left), ("hours", .right)])
        table.rows = [["種子", "3"], ["seeds", "12"]]
        #expect(table.render() == """
              name   hours
              種子       3
              seeds     12
            """)
    }

    static var projects: TextTable {
        var table = TextTable([("project", .left), ("status", .left), ("hours", .right), ("people", .right),
                               ("Gini", .right)])
        table.rows = [["garden", "active", "3.5", "2", "0.21"], ["orchard", "dormant", "120", "1", "n/a (one person)"]]
        table.heading = [0, 1]
        return table
    }

    @Test func aTableThatFitsStaysATable() {
        #expect(Self.projects.render(fitting: 80) == Self.projects.render())
    }

    /// The table is 48 columns wide: at 40 it becomes blocks, with the two named
    /// columns on the first line.
    @Test func aWideTableFallsBackToBlocks() {
        #expect(Self.projects.render(fitting: 40) == """
              garden · active
                hours   3.5
                people  2
                Gini    0.21

              orchard · dormant
                hours   120
                people  1
                Gini    n/a (one person)
            """)
    }

    /// The longer paired line, orchard's, is 41 columns.
    @Test func blocksPairTheirFieldsWhenThePairsFit() {
        var table = Self.projects
        table.blockColumns = 2
        #expect(table.render(fitting: 41) == """
              garden · active
                hours   3.5    Gini  0.21
                people  2

              orchard · dormant
                hours   120    Gini  n/a (one person)
                people  1
            """)
        #expect(table.render(fitting: 40) == Self.projects.render(fitting: 40))
    }

    @Test func aLongHeadingWraps() {
        var table = TextTable([("title", .left), ("rule", .left)])
        table.rows = [["Apply to the Neighbourhood Fund for 2027 and 2028", "consent"]]
        #expect(table.render(fitting: 30) == """
              Apply to the Neighbourhood
              Fund for 2027 and 2028
                rule  consent
            """)
    }
}
