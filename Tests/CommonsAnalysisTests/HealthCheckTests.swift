import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

@Suite struct HealthCheckTests {
    let asOf = day("2026-06-30")

    func analysed(_ goals: [HealthGoal], projects: [Project] = [project("garden"), project("kitchen")]) -> (Analysis, Commons) {
        var model = commons(projects: projects, people: [person("ana", of: "Library"), person("ben", of: "Library")],
                            contributions: [
                                work("ana", to: "garden", on: "2026-06-01", hours: 6),
                                work("ben", to: "garden", on: "2026-06-02", hours: 6, paid: .paid),
                                work("dan", to: "garden", on: "2026-06-02", hours: 5),
                                work("cem", to: "kitchen", on: "2026-06-03", hours: 2),
                            ])
        for (index, project) in model.projects.enumerated() { model.projects[index].file = "projects/\(project.slug).md" }
        model.settings.health = goals
        return (Analysis(commons: model, asOf: asOf), model)
    }

    @Test func withoutGoalsThereIsNothingToCheck() {
        let (analysis, model) = analysed([])
        #expect(analysis.health.isEmpty)
        #expect(analysis.healthWarnings(in: model).isEmpty)
    }

    @Test func theCommonsAndEveryActiveProjectAreHeldToTheFactors() {
        let (analysis, _) = analysed([HealthGoal(.busFactor, target: 2), HealthGoal(.activePeople, target: 5)],
                                     projects: [project("garden"), project("kitchen"), project("old", status: .archived)])
        #expect(analysis.health.map(\.scope.name) == ["commons", "commons", "projects/garden", "projects/kitchen"])
        #expect(analysis.health.map(\.figure) == [.busFactor, .activePeople, .busFactor, .busFactor])
        #expect(analysis.health.map(\.value) == [2, 4, 2, 1])
        #expect(analysis.health.map(\.met) == [true, false, true, false])
    }

    @Test func eachGoalMissedIsAWarningAtItsFile() {
        let goals = [HealthGoal(.busFactor, target: 2), HealthGoal(.elephantFactor, target: 2),
                     HealthGoal(.unpaidShare, target: 0.5, position: Position(line: 6, column: 21))]
        let (analysis, model) = analysed(goals)
        #expect(analysis.healthWarnings(in: model).map(\.description) == [
            "commons.md: warning: the commons' elephant factor is 1, below its goal of 2",
            "commons.md:6:21: warning: the commons' unpaid share is 68.4 %, above its goal of at most 50 %",
            "projects/garden.md: warning: elephant factor 1 is below the commons' goal of 2",
            "projects/kitchen.md: warning: bus factor 1 is below the commons' goal of 2",
            "projects/kitchen.md: warning: elephant factor 1 is below the commons' goal of 2",
        ])
    }
}
