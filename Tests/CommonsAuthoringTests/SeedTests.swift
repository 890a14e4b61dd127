import CommonsAnalysis
import CommonsAuthoring
import CommonsModel
import Testing

/// Every seed is a commons that passes `check --strict` as it ships.
@Suite struct SeedTests {
    @Test func theSeedsAreFoundEachWithALine() {
        let seeds = Seed.all()
        #expect(seeds.map(\.name) == ["minimal", "neighbourhood", "software"])
        for seed in seeds { #expect(!seed.description.isEmpty && !seed.description.contains("\n")) }
    }

    @Test(arguments: Seed.all().map(\.name))
    func aSeedReadsWithoutAWarning(name: String) throws {
        let seed = try #require(Seed.all().first { $0.name == name })
        var reading = Reading(content: seed.folder, asOf: Day(parsing: "2026-12-31")!)
        Pipeline(Reading.steps).run(&reading)
        #expect(reading.diagnostics.map(\.description) == [])
        let commons = try #require(reading.commons)
        #expect(commons.contributors.contains { $0.handle == Seed.placeholderHandle && $0.name == Seed.placeholderName })
        #expect(commons.projects.allSatisfy { $0.license != nil })
    }
}
