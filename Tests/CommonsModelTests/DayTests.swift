import Testing
@testable import CommonsModel

@Suite("Calendar days, months, quorum decimals, suggestions")
struct DayTests {
    @Test func parsesOnlyRealDays() {
        #expect(Day(parsing: "2024-02-29")?.description == "2024-02-29")
        #expect(Day(parsing: "2023-02-29") == nil)
        #expect(Day(parsing: "2026-13-01") == nil)
        #expect(Day(parsing: "2026-1-01") == nil)
        #expect(Day(parsing: "1900-02-29") == nil)
        #expect(Day(parsing: "2000-02-29") != nil)
    }

    @Test func arithmeticAcrossYearEnds() {
        let day = Day(year: 2025, month: 12, day: 31)!
        #expect(day.adding(days: 1).description == "2026-01-01")
        #expect(Day(year: 2024, month: 2, day: 28)!.adding(days: 1).description == "2024-02-29")
        #expect(day.month.next().description == "2026-01")
        #expect(Day(unixTime: 0).description == "1970-01-01")
        #expect(Day(unixTime: 1_782_777_600).description == "2026-06-30")
    }

    @Test func quorumIsExact() {
        let q = Quorum(parsing: "0.3")!
        #expect(q.votersNeeded(outOf: 10) == 3)
        #expect(q.votersNeeded(outOf: 11) == 4)
        #expect(Quorum(parsing: "1")!.votersNeeded(outOf: 7) == 7)
        #expect(Quorum(parsing: "0")!.votersNeeded(outOf: 7) == 0)
        #expect(Quorum(parsing: "1.5") == nil)
        #expect(Quorum(parsing: "-0.5") == nil)
        #expect(Quorum(parsing: "half") == nil)
    }

    @Test func suggestions() {
        #expect(Suggestion.nearest(to: "mpas", in: ["maps", "seeds"]) == "maps")
        #expect(Suggestion.nearest(to: "gardening", in: ["code", "docs"]) == nil)
    }
}
