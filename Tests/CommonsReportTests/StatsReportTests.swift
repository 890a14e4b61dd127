import CommonsAnalysis
import CommonsModel
import CommonsReport
import CommonsTestSupport
import Foundation
import Testing

@Suite struct StatsReportTests {
    /// ana (of Acme) works 1.5 hours alone and 3 hours with ben; cy has done nothing yet;
    /// ben's proposal passes with ana's yes; the shelf project is empty.
    /// Credited hours: ana 1.5 + 1.5 = 3, ben 1.5 — Gini (3 − 1.5)/(2 · 4.5) = 1/6.
    static let small = commons(
        projects: [project("garden"), project("shelf", status: .dormant)],
        people: [person("ana", of: "Acme"), person("ben"), person("cy")],
        contributions: [
            work("ana", on: "2026-02-27", kind: .code, hours: 1.5),
            work("ana", "ben", on: "2026-03-02", kind: .docs, hours: 3, paid: .stipend),
        ],
        proposals: [proposal("2026/paths", by: "ben", opened: "2026-03-01", closes: "2026-03-15", votes: [vote("ana", .yes)])])

    /// Everything but the trends, whose 24 points a scope are held below and, point by
    /// point, to an analysis as of their day in TrendsTests.
    @Test func theWholeDocument() throws {
        let text = statsJSON(Analysis(commons: Self.small, asOf: day("2026-03-31")))
        let trends = try #require(text.firstRange(of: ",\n \"trends\": {"))
        #expect(text[..<trends.lowerBound] + "\n}\n" == Self.expected)
        #expect(text.hasSuffix("\n  }\n }\n}\n"))
    }

    /// The as-of day's own point, as written: the last of the commons' trend.
    @Test func theTrendsEndOnTheDaySoFar() throws {
        let text = statsJSON(Analysis(commons: Self.small, asOf: day("2026-03-31")))
        #expect(text.contains("""
               {
                "active_contributors": 2,
                "as_of": "2026-03-31",
                "bus_factor": 1,
                "so_far": true,
                "unpaid_share": 0.3333333333333333
               }
              ],
              "projects": {
            """))
        let document = try #require(try parseJSON(text) as? [String: Any])
        let trends = try #require(document["trends"] as? [String: Any])
        let shelf = try #require((trends["projects"] as? [String: Any])?["shelf"] as? [[String: Any]])
        #expect(shelf.count == 24)
        #expect(shelf.first?["as_of"] as? String == "2024-04-30")
        #expect(shelf.allSatisfy { $0["bus_factor"] as? Int == 0 && $0["unpaid_share"] as? Double == 0 })
    }

    @Test func theSameInputGivesTheSameBytes() {
        let first = statsJSON(Analysis(commons: Self.small, asOf: day("2026-03-31")))
        let second = statsJSON(Analysis(commons: Self.small, asOf: day("2026-03-31")))
        #expect(Array(first.utf8) == Array(second.utf8))
    }

    @Test func theLargeCommonsIsDeterministicToo() throws {
        let people = (0..<300).map { person("p\($0)", of: $0 % 3 == 0 ? "Org \($0 % 7)" : nil) }
        let contributions = (0..<3000).map { (i: Int) -> Contribution in
            let date = Day(ordinal: 20000 + i % 400).description
            let project = i % 2 == 0 ? "garden" : "orchard"
            return work("p\(i * 7 % 300)", "p\(i * 13 % 300)", to: project, on: date, hours: Double(i % 9) / 3, id: "c\(i)")
        }
        let large = commons(projects: [project("garden"), project("orchard")], people: people, contributions: contributions)
        let first = statsJSON(Analysis(commons: large, asOf: day("2026-01-01")))
        let second = statsJSON(Analysis(commons: large, asOf: day("2026-01-01")))
        #expect(first == second)
        _ = try parseJSON(first)
    }

    @Test func participationMedianIsNullWithoutClosedProposals() throws {
        let text = statsJSON(Analysis(commons: commons(), asOf: day("2026-03-31")))
        #expect(text.contains("\"participation_median\": null"))
        _ = try parseJSON(text)
    }

    @Test func healthIsListedOnlyWhenCommonsMdSetsGoals() throws {
        #expect(!statsJSON(Analysis(commons: Self.small, asOf: day("2026-03-31"))).contains("\"health\""))
        var withGoals = Self.small
        withGoals.settings.health = [HealthGoal(.busFactor, target: 2), HealthGoal(.unpaidShare, target: 0.5)]
        let document = try #require(try parseJSON(statsJSON(Analysis(commons: withGoals, asOf: day("2026-03-31")))) as? [String: Any])
        let health = try #require(document["health"] as? [[String: Any]])
        // The commons, then the one active project; the dormant shelf is held to nothing.
        #expect(health.map { $0["scope"] as? String } == ["commons", "commons", "projects/garden"])
        #expect(health.map { $0["figure"] as? String } == ["bus_factor", "unpaid_share", "bus_factor"])
        #expect(health.map { $0["met"] as? Bool } == [false, true, false])
        #expect(health[1]["value"] as? Double == 1.5 / 4.5)
    }

    static let expected = """
        {
         "as_of": "2026-03-31",
         "commons": {
          "active_contributors": 2,
          "basis": "hours",
          "bus_factor": 1,
          "contributions": 2,
          "contributors": 2,
          "elephant_factor": 1,
          "gini": 0.16666666666666666,
          "hours": 4.5,
          "kinds": {
           "code": {
            "contributions": 1,
            "hours": 1.5
           },
           "docs": {
            "contributions": 1,
            "hours": 3.0
           }
          },
          "months": [
           {
            "active": 1,
            "contributions": 1,
            "hours": 1.5,
            "month": "2026-02",
            "new": 1
           },
           {
            "active": 2,
            "contributions": 1,
            "hours": 3.0,
            "month": "2026-03",
            "new": 1
           }
          ],
          "paid_share": 0.0,
          "projects": {
           "active": 1,
           "archived": 0,
           "dormant": 1,
           "incubating": 0
          },
          "stipend_share": 0.6666666666666666,
          "top10_share": 0.6666666666666666,
          "unpaid_share": 0.3333333333333333
         },
         "contributors": {
          "ana": {
           "contributions": 2,
           "first": "2026-02-27",
           "hours": 3.0,
           "last": "2026-03-02",
           "projects": [
            "garden"
           ],
           "proposals": 0,
           "votes": 1
          },
          "ben": {
           "contributions": 1,
           "first": "2026-03-02",
           "hours": 1.5,
           "last": "2026-03-02",
           "projects": [
            "garden"
           ],
           "proposals": 1,
           "votes": 0
          },
          "cy": {
           "contributions": 0,
           "first": null,
           "hours": 0.0,
           "last": null,
           "projects": [],
           "proposals": 0,
           "votes": 0
          }
         },
         "governance": {
          "participation_median": 0.5,
          "proposals": {
           "2026/paths": {
            "abstain": 0,
            "block": 0,
            "closes": "2026-03-15",
            "eligible": 2,
            "no": 0,
            "rule": "lazy-consensus",
            "status": "accepted",
            "yes": 1
           }
          },
          "statuses": {
           "accepted": 1,
           "no-quorum": 0,
           "open": 0,
           "rejected": 0,
           "withdrawn": 0
          }
         },
         "projects": {
          "garden": {
           "active_contributors": 2,
           "basis": "hours",
           "bus_factor": 1,
           "contributions": 2,
           "contributors": 2,
           "elephant_factor": 1,
           "gini": 0.16666666666666666,
           "hours": 4.5,
           "kinds": {
            "code": {
             "contributions": 1,
             "hours": 1.5
            },
            "docs": {
             "contributions": 1,
             "hours": 3.0
            }
           },
           "months": [
            {
             "active": 1,
             "contributions": 1,
             "hours": 1.5,
             "month": "2026-02",
             "new": 1
            },
            {
             "active": 2,
             "contributions": 1,
             "hours": 3.0,
             "month": "2026-03",
             "new": 1
            }
           ],
           "paid_share": 0.0,
           "stipend_share": 0.6666666666666666,
           "top10_share": 0.6666666666666666,
           "unpaid_share": 0.3333333333333333
          },
          "shelf": {
           "active_contributors": 0,
           "basis": "contributions",
           "bus_factor": 0,
           "contributions": 0,
           "contributors": 0,
           "elephant_factor": 0,
           "gini": 0.0,
           "hours": 0.0,
           "kinds": {},
           "months": [],
           "paid_share": 0.0,
           "stipend_share": 0.0,
           "top10_share": 0.0,
           "unpaid_share": 0.0
          }
         },
         "schema": 1
        }

        """
}
