import CommonsAnalysis
import CommonsModel
import CommonsReport
import CommonsTestSupport
import Foundation
import Testing

/// A published stats.json read back as the state a comparison starts from.
@Suite struct CommonsSnapshotStatsJSONTests {
    @Test func aStatsJSONReadBackIsTheStateItWasWrittenFrom() throws {
        var model = StatsReportTests.small
        model.settings.health = [HealthGoal(.busFactor, target: 2), HealthGoal(.unpaidShare, target: 0.5)]
        let analysis = Analysis(commons: model, asOf: day("2026-03-31"))
        let read = try CommonsSnapshot(statsJSON: statsJSON(analysis))
        #expect(read.contributions == nil && read.diagnostics == nil)
        #expect(read.health == analysis.health)
        #expect(AnalysisChange(from: read, to: CommonsSnapshot(analysis)).isEmpty)
    }

    @Test func whatIsNotAStatsJSONIsSaidWhere() {
        func problem(_ text: String) -> String? {
            do { _ = try CommonsSnapshot(statsJSON: text); return nil } catch { return error.description }
        }
        #expect(problem("{\"schema\": 1,") == "not JSON: expected a key in quotes, found the end of the file")
        #expect(problem("{\"schema\": 2}") == "it is stats.json schema 2; this commons reads schema 1")
        let good = statsJSON(Analysis(commons: StatsReportTests.small, asOf: day("2026-03-31")))
        #expect(problem(good.replacingOccurrences(of: "\"bus_factor\": 1", with: "\"bus_factor\": \"one\"")) == "'projects.garden.bus_factor' should be a number")
    }

    @Test func jsonIsReadAsItIsWritten() throws {
        let value = JSONValue.object(["a": .array([.int(3), .float(27.0), .float(0.1), .null, .bool(true)]),
                                      "é\"\\\n": .string("tab\there \u{1F600}")])
        #expect(try JSONValue(parsing: value.text) == value)
        #expect(try JSONValue(parsing: "\"\\ud83d\\ude00\"") == .string("\u{1F600}"))
    }
}
