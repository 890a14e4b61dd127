import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

@Suite struct TrendsTests {
    /// Two years and more of work with co-authors, thirds of hours, paid and unpaid work
    /// and a project that starts late: sums that only agree when added in the same order.
    let model = commons(projects: [project("garden"), project("kitchen"), project("quiet")], contributions: [
        work("ana", to: "garden", on: "2024-01-10", hours: 1.0 / 3),
        work("ana", "ben", to: "garden", on: "2024-05-02", hours: 0.7, paid: .paid),
        work("ben", to: "garden", on: "2024-11-30", hours: 2.1),
        work("cem", to: "kitchen", on: "2025-03-31", hours: 0.1),
        work("cem", "dan", "eve", to: "kitchen", on: "2025-04-01", hours: 0.2, paid: .stipend),
        work("dan", to: "garden", on: "2025-08-15"),
        work("eve", to: "kitchen", on: "2026-01-31", hours: 0.3),
        work("ana", to: "garden", on: "2026-02-01", hours: 1.0 / 7, paid: .paid),
        work("fay", to: "kitchen", on: "2026-06-12", hours: 0.9),
        work("gus", to: "kitchen", on: "2026-07-01", hours: 5),
    ], activeDays: 60)
    let asOf = day("2026-06-20")

    @Test func pointsFallOnTheMonthEndsBeforeTheDayThenOnTheDay() {
        let days = Trends.days(asOf: asOf)
        #expect(days.count == 24)
        #expect(days.first == day("2024-07-31"))
        #expect(days.suffix(3) == [day("2026-04-30"), day("2026-05-31"), day("2026-06-20")])
        #expect(Trends.days(asOf: day("2024-03-01")).contains(day("2024-02-29")))
        // On a month's last day the previous month's end comes before it, not the day twice.
        #expect(Trends.days(asOf: day("2026-06-30")).suffix(2) == [day("2026-05-31"), day("2026-06-30")])
    }

    @Test func everyPointIsWhatAnAnalysisAsOfItsDayGives() {
        let trends = Trends(commons: model, asOf: asOf)
        func expected(_ figures: ScopeFigures, on day: Day) -> TrendPoint {
            TrendPoint(asOf: day, busFactor: figures.busFactor, activeContributors: figures.activeContributors,
                       unpaidShare: figures.compensation.unpaid, soFar: day == asOf)
        }
        for (index, day) in Trends.days(asOf: asOf).enumerated() {
            let analysis = Analysis(commons: model, asOf: day)
            #expect(trends.commons[index] == expected(analysis.commons, on: day))
            for slug in ["garden", "kitchen", "quiet"] {
                #expect(trends.projects[slug]?[index] == expected(analysis.projects[slug]!, on: day), "\(slug) on \(day)")
            }
        }
    }

    @Test func beforeAnyWorkEveryFigureIsZero() {
        let trends = Trends(commons: model, asOf: asOf)
        #expect(trends.projects["quiet"]?.allSatisfy { $0.busFactor == 0 && $0.activeContributors == 0 && $0.unpaidShare == 0 } == true)
        #expect(trends.projects["kitchen"]?.first?.busFactor == 0)
    }

    @Test func onlyTheDaysOwnPointIsSoFar() {
        let points = Trends(commons: model, asOf: asOf).commons
        #expect(points.map(\.soFar) == Array(repeating: false, count: 23) + [true])
    }

    @Test func workAfterTheDayIsInNoPoint() {
        let points = Trends(commons: model, asOf: asOf).projects["kitchen"]!
        // gus's 5 hours on 1 July would make the unpaid share of kitchen's hours jump.
        #expect(points.last == TrendPoint(asOf: asOf, busFactor: 1, activeContributors: 1,
                                          unpaidShare: (0.1 + 0.3 + 0.9) / (0.1 + 0.2 + 0.3 + 0.9), soFar: true))
    }
}
