import Testing
@testable import CommonsModel

@Suite("health: in commons.md")
struct HealthGoalTests {
    func settings(_ health: String) throws -> (goals: [HealthGoal], diagnostics: [String]) {
        let content = try TemporaryContent(["commons.md": "---\ntitle: T\nhealth:\n\(health)\n---\n"])
        let loaded = content.load()
        return (loaded.commons?.settings.health ?? [], loaded.diagnostics.map(\.description))
    }

    @Test func noGoalsByDefault() throws {
        let loaded = try TemporaryContent([:]).load()
        #expect(loaded.commons?.settings.health == [])
    }

    @Test func everyGoalIsReadInTheFiguresOrderWithItsLine() throws {
        let read = try settings("  unpaid_share_max: 0.95\n  active_people: 5\n  elephant_factor: 2\n  bus_factor: 3")
        #expect(read.diagnostics == [])
        #expect(read.goals.map(\.figure) == [.busFactor, .elephantFactor, .activePeople, .unpaidShare])
        #expect(read.goals.map(\.target) == [3, 2, 5, 0.95])
        #expect(read.goals.map(\.position.line) == [7, 6, 5, 4])
    }

    @Test func aGoalOutOfRangeIsAnErrorAtItsValue() throws {
        #expect(try settings("  bus_factor: 0\n  unpaid_share_max: 95%").diagnostics == [
            "commons.md:4:15: error: 'health.bus_factor' should be a whole number, at least 1, found '0'",
            "commons.md:5:21: error: 'health.unpaid_share_max' should be a share from 0 to 1, like 0.95, found '95%'",
        ])
    }

    @Test func anUnknownGoalNamesTheNearest() throws {
        let read = try settings("  bus_factr: 2")
        #expect(read.goals.isEmpty)
        #expect(read.diagnostics.count == 1 && read.diagnostics[0].contains("did you mean 'bus_factor'"))
    }

    @Test func aCeilingIsMetAtOrBelowItAndAFloorAtOrAboveIt() {
        #expect(HealthGoal(.unpaidShare, target: 0.95).isMet(by: 0.95))
        #expect(!HealthGoal(.unpaidShare, target: 0.95).isMet(by: 0.951))
        #expect(HealthGoal(.busFactor, target: 2).isMet(by: 2))
        #expect(!HealthGoal(.busFactor, target: 2).isMet(by: 1))
    }
}
