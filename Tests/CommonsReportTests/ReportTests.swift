import CommonsAnalysis
import CommonsModel
@testable import CommonsReport
import CommonsTestSupport
import Foundation
import Testing

/// `commons report` in its three forms. The two garden proposals closed in March; the
/// commons-wide one is still open on the as-of day, 31 March 2026.
@Suite struct ReportTests {
    static let small = commons(
        projects: [project("garden"), project("orchard", status: .incubating)],
        people: [person("ana", of: "Acme"), person("ben")],
        contributions: [
            work("ana", to: "garden", on: "2026-02-10", hours: 2.5),
            work("ben", to: "garden", on: "2026-03-20", hours: 1, paid: .paid),
            work("ana", "ben", to: "orchard", on: "2026-03-25"),
        ],
        proposals: [
            proposal("2026/benches", titled: "Benches by the pond", by: "ana", opened: "2026-01-20", closes: "2026-03-01"),
            proposal("2026/compost", titled: "Compost *rules* | draft", by: "ben", opened: "2026-03-01", closes: "2026-03-21",
                     rule: .consent, votes: [vote("ana", .block)]),
            proposal("2026/gone", titled: "Withdrawn idea", by: "ben", opened: "2026-03-01", closes: "2026-03-21", withdrawn: true),
            proposal("2026/seeds", titled: "A seed library", by: "ana", in: nil, opened: "2026-03-25", closes: "2026-04-08",
                     votes: [vote("ben", .yes)]),
        ])
    static let analysis = Analysis(commons: small, asOf: day("2026-03-31"))

    @Test func text() {
        #expect(renderReport(Self.analysis, commons: Self.small, format: .text) == """
            Test commons — as of 2026-03-31

              contributions 3   hours 3.5   contributors 2   active 2
              unpaid 71.4 % · stipend 0 % · paid 28.6 % (of hours)

            How the work is shared (counted in hours)
              Bus factor 1 — the fewest people who together did half the work
              Elephant factor 1 — the fewest organisations that together did half the work
              Gini 0.21 — 0 if everyone did the same amount, 1 if one person did it all
              Top 10 % hold 71.4 % — the share of the work done by the busiest person

            Projects
              garden · active
                contributions  2               bus factor       1
                hours          3.5             elephant factor  1
                contributors   2               Gini             0.21
                active         2               top 10 % hold    71.4 %

              orchard · incubating
                contributions  1               bus factor       1
                hours          not recorded    elephant factor  1
                contributors   2               Gini             0.00
                active         2               top 10 % hold    50 %

            Governance
              4 proposals: 1 open · 1 accepted · 1 rejected · 0 no quorum · 1 withdrawn;
              median participation 25 %

            Open proposals
              proposal    title           rule            closes      days left   voted
              2026/seeds  A seed library  lazy consensus  2026-04-08          8  1 of 2

            Decisions since 2026-03-02
              - Compost *rules* | draft (2026/compost, closed 2026-03-21): rejected —
                1 block (consent)

            """)
    }

    /// benches closed on 1 March, 31 days before the as-of day: out of "the last month".
    @Test func markdown() {
        #expect(renderReport(Self.analysis, commons: Self.small, format: .markdown) == """
            ### Test commons — as of 2026-03-31

            contributions **3** · hours **3.5** · contributors **2** · active **2**  
            bus factor **1** · elephant factor **1** · Gini **0.21** · top 10 % hold **71.4 %**  
            unpaid 71.4 % · stipend 0 % · paid 28.6 % (of hours)

            | Project | Status | Contributions | Hours | Contributors | Active | Bus factor | Gini |
            |---|---|--:|--:|--:|--:|--:|--:|
            | garden (`garden`) | active | 2 | 3.5 | 2 | 2 | 1 | 0.21 |
            | orchard (`orchard`) | incubating | 1 | not recorded | 2 | 2 | 1 | 0.00 |

            4 proposals: 1 open · 1 accepted · 1 rejected · 0 no quorum · 1 withdrawn; median participation 25 %

            **Open proposals**

            - **A seed library** (`2026/seeds`, lazy consensus) — closes 2026-04-08, 8 days left; 1 of 2 eligible voted

            **Decisions since 2026-03-02**

            - **Compost \\*rules\\* \\| draft** (`2026/compost`, closed 2026-03-21): rejected — 1 block (consent)

            """)
    }

    /// One person did all the work: no spread to measure, and the report says so rather
    /// than print a Gini of 0.00 ("perfectly even") and a top-10 % share of 100 %.
    static let alone = commons(contributions: [work("ana", on: "2026-03-02", hours: 25.83)])

    @Test func oneOnlyPersonHasNoGiniNorTopTenShareInMarkdown() {
        let markdown = renderReport(Analysis(commons: Self.alone, asOf: day("2026-03-31")), commons: Self.alone, format: .markdown)
        #expect(markdown.contains("bus factor **1** · elephant factor **1** · Gini **n/a (one person)** · top 10 % hold **n/a (one person)**"))
        #expect(markdown.contains("| garden (`garden`) | active | 1 | 25.8 | 1 | 1 | 1 | n/a (one person) |"))
    }

    /// The reports round hours for reading; stats.json keeps them exact.
    @Test func hoursRoundToOneDecimalInTheReportsOnly() throws {
        let analysis = Analysis(commons: Self.alone, asOf: day("2026-03-31"))
        #expect(renderReport(analysis, commons: Self.alone, format: .markdown).contains("hours **25.8**"))
        let json = try #require(try parseJSON(renderReport(analysis, commons: Self.alone, format: .json)) as? [String: Any])
        #expect((json["commons"] as? [String: Any])?["hours"] as? Double == 25.83)
    }

    @Test func jsonIsStatsJSON() {
        #expect(renderReport(Self.analysis, commons: Self.small, format: .json) == statsJSON(Self.analysis))
    }

    @Test func theLastMonthStartsTwentyNineDaysBeforeTheAsOfDay() {
        let content = ReportContent(Analysis(commons: Self.small, asOf: day("2026-03-30")), commons: Self.small)
        #expect(content.recentSince == day("2026-03-01"))
        #expect(content.recentDecisions.map(\.id) == ["2026/compost", "2026/benches"])
    }

    @Test func anEmptyCommonsSaysSo() {
        let empty = commons(projects: [])
        let text = renderReport(Analysis(commons: empty, asOf: day("2026-03-31")), commons: empty, format: .text)
        #expect(text.contains("Projects\n  none yet\n"))
        #expect(text.contains("0 proposals: 0 open · 0 accepted · 0 rejected · 0 no quorum · 0 withdrawn;\n  no closed proposals yet"))
        #expect(text.hasSuffix("Open proposals\n  none\n\nDecisions since 2026-03-02\n  none\n"))
        let markdown = renderReport(Analysis(commons: empty, asOf: day("2026-03-31")), commons: empty, format: .markdown)
        #expect(markdown.hasSuffix("**Decisions since 2026-03-02**\n\nNone.\n"))
    }
}
