import CommonsAnalysis
import CommonsModel
@testable import CommonsReport
import CommonsTestSupport
import Foundation
import CommonsSupport
import Testing

/// `commons report --format text`: 80 columns, figures explained, nothing a person
/// cannot act on. The whole report of a small commons is in ReportTests.
@Suite struct TextReportTests {
    static let demo = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content").path

    static func text(_ commons: Commons, asOf: String = "2026-03-31") -> String {
        renderReport(Analysis(commons: commons, asOf: day(asOf)), commons: commons, format: .text)
    }

    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    @Test func theDemoFitsEightyColumns() throws {
        let loaded = ContentLoader.load(folder: Self.demo, asOf: day("2026-11-27"))
        let demo = try #require(loaded.commons)
        let text = Self.text(demo, asOf: "2026-11-27")
        let long = Self.lines(text).filter { TerminalText.columns($0) > 80 }
        #expect(long == [], "\(long.count) lines over 80 columns")
        #expect(!text.contains(" \n"), "a line ends in a space")
        #expect(text.contains("\n  Bus factor "))
        #expect(text.contains("\nDecisions since 2026-10-29\n"))
    }

    /// The reports round for reading; stats.json keeps the demo's 402.25 hours.
    @Test func theDemoJSONKeepsExactHours() throws {
        let loaded = ContentLoader.load(folder: Self.demo, asOf: day("2026-11-27"))
        let demo = try #require(loaded.commons)
        let analysis = Analysis(commons: demo, asOf: day("2026-11-27"))
        let json = try #require(try parseJSON(renderReport(analysis, commons: demo, format: .json)) as? [String: Any])
        let exact = try #require((json["commons"] as? [String: Any])?["hours"] as? Double)
        #expect(exact == analysis.commons.hours)
        #expect(ReportNumber.hours(exact) != "\(exact)", "the demo's hours need no rounding")
        #expect(Self.text(demo, asOf: "2026-11-27").contains("   hours \(ReportNumber.hours(exact))   "))
        #expect(renderReport(analysis, commons: demo, format: .json) == statsJSON(analysis))
    }

    /// Ten columns of figures never fit in 80: each project becomes a block with its
    /// name and status on the first line and its figures in two columns below.
    @Test func theWideProjectsTableFallsBackToBlocks() {
        let text = Self.text(ReportTests.small)
        #expect(text.contains("""
            Projects
              garden · active
                contributions  2               bus factor       1
                hours          3.5             elephant factor  1
                contributors   2               Gini             0.21
                active         2               top 10 % hold    71.4 %

              orchard · incubating
            """))
        #expect(!text.contains("  project  "))
    }

    @Test func aProjectIsNamedByItsTitleAndSlug() {
        var tools = project("tools")
        tools.title = "Riverside Tool Library"
        let text = Self.text(commons(projects: [tools], contributions: [work("ana", to: "tools", on: "2026-03-02")]))
        #expect(text.contains("\n  Riverside Tool Library (tools) · active\n"))
    }

    /// The open proposals fit in 80 columns as a table; a long title turns them into blocks.
    @Test func aTableThatFitsStaysATable() {
        #expect(Self.text(ReportTests.small).contains("""
            Open proposals
              proposal    title           rule            closes      days left   voted
              2026/seeds  A seed library  lazy consensus  2026-04-08          8  1 of 2
            """))
        let title = "Apply to the Neighbourhood Fund for 2027 and ask the council for a room"
        let long = commons(contributions: [work("ana", on: "2026-03-02")],
                           proposals: [proposal("2026/fund", titled: title, by: "ana", opened: "2026-03-25", closes: "2026-04-08")])
        #expect(Self.text(long).contains("""
            Open proposals
              \(title)
                proposal   2026/fund
                rule       lazy consensus
                closes     2026-04-08
                days left  8
                voted      0 of 1
            """))
    }

    @Test func theSpreadFiguresSayWhatTheyMean() {
        #expect(Self.text(ReportTests.small).contains("""
            How the work is shared (counted in hours)
              Bus factor 1 — the fewest people who together did half the work
              Elephant factor 1 — the fewest organisations that together did half the work
              Gini 0.21 — 0 if everyone did the same amount, 1 if one person did it all
              Top 10 % hold 71.4 % — the share of the work done by the busiest person
            """))
    }

    @Test func theTopTenPercentAreCounted() {
        let people = (1...11).map { "p\($0)" }
        let many = commons(contributions: people.map { work($0, on: "2026-03-02", hours: 1) })
        #expect(Self.text(many).contains("Top 10 % hold 18.2 % — the share of the work done by the busiest 2 people\n"))
    }

    /// With one person there is no spread to measure: "n/a (one person)", not a Gini of
    /// 0.00 ("perfectly even") or a top-10 % share of 100 %; the meaning goes below the
    /// figure when the line would not fit.
    @Test func figuresThatNeedTwoPeopleSaySoForOne() {
        let text = Self.text(ReportTests.alone)
        #expect(text.contains("""
              Bus factor 1 — the fewest people who together did half the work
              Elephant factor 1 — the fewest organisations that together did half the work
              Gini n/a (one person)
                0 if everyone did the same amount, 1 if one person did it all
              Top 10 % hold n/a (one person)
                the share of the work done by the busiest person
            """))
        #expect(text.contains("    contributors   1       Gini             n/a (one person)\n"))
        #expect(text.contains("    active         1       top 10 % hold    n/a (one person)\n"))
    }

    @Test func noWorkYetHasNoFigures() {
        let text = Self.text(commons(projects: []))
        #expect(text.contains("  Bus factor n/a (no work yet)\n"))
        #expect(text.contains("  Gini n/a (no work yet)\n"))
    }

    @Test func hoursKeepOneDecimal() {
        let text = Self.text(ReportTests.alone)
        #expect(text.contains("  contributions 1   hours 25.8   contributors 1   active 1\n"))
        #expect(text.contains("    hours          25.8 "))
        #expect(!text.contains("25.83"))
    }

    @Test func theGovernanceLineBreaksAfterItsSemicolon() {
        #expect(Self.text(commons(projects: [])).contains("""
            Governance
              0 proposals: 0 open · 0 accepted · 0 rejected · 0 no quorum · 0 withdrawn;
              no closed proposals yet
            """))
    }

    /// As the markdown report lists them, wrapped under their dash.
    @Test func recentDecisionsAreListed() {
        #expect(Self.text(ReportTests.small).hasSuffix("""
            Decisions since 2026-03-02
              - Compost *rules* | draft (2026/compost, closed 2026-03-21): rejected —
                1 block (consent)

            """))
        #expect(Self.text(commons(projects: [])).hasSuffix("Decisions since 2026-03-02\n  none\n"))
    }
}
