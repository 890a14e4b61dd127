import Foundation
import Testing

/// stats.json's trends hold what `report --as-of` says on each point's day: three month
/// ends of the demo, its first months, its busiest and its last full one, compared
/// through the command line as a reader checking the file would.
@Suite("Trends equal the report as of their days")
struct ReportTrendsTests {
    let cli = CommandLineTests()

    func report(asOf day: String) throws -> [String: Any] {
        let result = try cli.run(["report", "--content", DeterminismTests.demo, "--as-of", day, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test(arguments: ["2025-10-31", "2026-02-28", "2026-05-31"])
    func aMonthEndsPointIsThatDaysReport(day: String) throws {
        let now = try report(asOf: "2026-06-30")
        let then = try report(asOf: day)
        let trends = try #require(now["trends"] as? [String: Any])
        func point(_ points: Any?) throws -> [String: Any] {
            let points = try #require(points as? [[String: Any]])
            #expect(points.count == 24)
            return try #require(points.first { $0["as_of"] as? String == day })
        }
        func same(_ point: [String: Any], _ scope: Any?, _ name: String) throws {
            let scope = try #require(scope as? [String: Any])
            for key in ["bus_factor", "active_contributors", "unpaid_share"] {
                #expect((point[key] as? NSNumber) == (scope[key] as? NSNumber), "\(name).\(key) on \(day)")
            }
            #expect(point["so_far"] == nil)
        }
        try same(try point(trends["commons"]), then["commons"], "commons")
        let projects = try #require(then["projects"] as? [String: Any])
        let projectTrends = try #require(trends["projects"] as? [String: Any])
        #expect(Set(projects.keys) == Set(projectTrends.keys))
        for (slug, scope) in projects {
            try same(try point(projectTrends[slug]), scope, slug)
        }
    }

    @Test func theLastPointIsTheDayItselfSoFar() throws {
        let now = try report(asOf: "2026-06-18")
        let points = try #require((now["trends"] as? [String: Any])?["commons"] as? [[String: Any]])
        #expect(points.last?["as_of"] as? String == "2026-06-18")
        #expect(points.last?["so_far"] as? Bool == true)
        #expect(points.dropLast().allSatisfy { $0["so_far"] == nil })
        let commons = try #require(now["commons"] as? [String: Any])
        #expect(points.last?["bus_factor"] as? NSNumber == commons["bus_factor"] as? NSNumber)
    }
}
