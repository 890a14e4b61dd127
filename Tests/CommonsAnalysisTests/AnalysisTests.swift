import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

@Suite struct AnalysisTests {
    @Test func everythingAfterTheAsOfDayIsLeftOut() {
        let analysis = Analysis(commons: commons(
            contributions: [work("ana", on: "2026-03-31", hours: 2), work("ben", on: "2026-04-01", hours: 5)],
            proposals: [proposal("later", by: "ana", opened: "2026-04-01", closes: "2026-04-14")]
        ), asOf: day("2026-03-31"))
        #expect(analysis.commons.contributions == 1)
        #expect(analysis.commons.hours == 2)
        #expect(analysis.projects["garden"]?.contributors == 1)
        #expect(analysis.proposals.isEmpty)
        #expect(analysis.contributors["ben"]?.contributions == 0)
    }

    @Test func everyProjectHasFiguresAndEveryStatusIsCounted() {
        let analysis = Analysis(commons: commons(
            projects: [project("garden"), project("shelf", status: .dormant), project("seeds", status: .dormant)],
            contributions: [work("ana", on: "2026-03-01")]
        ), asOf: day("2026-03-31"))
        #expect(analysis.projects.keys.sorted() == ["garden", "seeds", "shelf"])
        #expect(analysis.projects["shelf"]?.contributions == 0)
        #expect(analysis.projects["shelf"]?.months.isEmpty == true)
        #expect(analysis.projectStatuses == [.active: 1, .incubating: 0, .dormant: 2, .archived: 0])
    }

    @Test func theCommonsScopeSpansProjects() {
        let analysis = Analysis(commons: commons(
            projects: [project("garden"), project("orchard")],
            contributions: [work("ana", to: "garden", on: "2026-03-01", hours: 1),
                            work("ben", to: "orchard", on: "2026-03-02", hours: 3)]
        ), asOf: day("2026-03-31"))
        #expect(analysis.commons.contributors == 2)
        #expect(analysis.commons.hours == 4)
        #expect(analysis.projects["orchard"]?.hours == 3)
    }
}
