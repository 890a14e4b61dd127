import CommonsAnalysis
import CommonsModel
import CommonsReport
import Foundation
import Testing

/// The shared fixture: an independent implementation's stats.json for a small commons
/// full of traps, as of 2026-06-30. Numbers must agree within 1e-9 (relative),
/// everything else exactly.
@Suite struct SpecSmallFixtureTests {
    let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/spec-small")
    let asOf = Day(parsing: "2026-06-30")!

    @Test func statsMatchTheIndependentImplementation() throws {
        let loaded = ContentLoader.load(folder: folder.appendingPathComponent("Content").path, asOf: asOf)
        let commons = try #require(loaded.commons, "the fixture did not load: \(loaded.diagnostics.filter { $0.severity == .error })")
        var actual = try #require(try parseJSON(statsJSON(Analysis(commons: commons, asOf: asOf))) as? [String: Any])
        // The independent implementation predates `trends`, an added key (SPEC §4): the
        // fixture is kept as written, and TrendsTests hold each point to an analysis.
        #expect(actual.removeValue(forKey: "trends") != nil)
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("expected-stats.json")))
        let differences = jsonDifferences(actual, expected)
        #expect(differences.isEmpty, "\(differences.count) differences:\n\(differences.prefix(40).joined(separator: "\n"))")
    }
}
