import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

@Suite struct ContributorFiguresTests {
    let analysis = Analysis(commons: commons(
        projects: [project("garden"), project("orchard")],
        people: [person("ana"), person("ben"), person("newcomer")],
        contributions: [
            work("ana", to: "orchard", on: "2026-01-10", hours: 6),
            work("ana", "ben", to: "garden", on: "2026-02-15", hours: 4),
            work("ana", to: "garden", on: "2026-04-02", hours: 100),  // after the as-of day
        ],
        proposals: [
            proposal("counted", by: "ana", opened: "2026-03-01", closes: "2026-03-14",
                     votes: [vote("ana", .yes), vote("ben", .yes, on: "2026-03-20")]),
            proposal("late", by: "ana", opened: "2026-04-01", closes: "2026-04-14", votes: [vote("ben", .yes)]),
        ]), asOf: day("2026-03-31"))

    @Test func contributionsAreWholeAndHoursAreCredited() throws {
        let ana = try #require(analysis.contributors["ana"])
        #expect(ana.contributions == 2)
        #expect(ana.hours == 8)
        #expect(ana.projects == ["garden", "orchard"])
        #expect(ana.first == day("2026-01-10"))
        #expect(ana.last == day("2026-02-15"))
        let ben = try #require(analysis.contributors["ben"])
        #expect(ben.contributions == 1)
        #expect(ben.hours == 2)
    }

    @Test func onlyCountedVotesAndProposalsOpenedByTheAsOfDay() throws {
        #expect(analysis.contributors["ana"]?.votes == 1)
        #expect(analysis.contributors["ana"]?.proposals == 1)
        #expect(analysis.contributors["ben"]?.votes == 0)  // after the close; the other proposal is not open yet
    }

    @Test func someoneWithoutContributionsIsListedWithNothing() throws {
        let newcomer = try #require(analysis.contributors["newcomer"])
        #expect(newcomer.contributions == 0)
        #expect(newcomer.hours == 0)
        #expect(newcomer.projects.isEmpty)
        #expect(newcomer.first == nil)
        #expect(newcomer.last == nil)
    }
}
