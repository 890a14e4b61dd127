import Testing
import Foundation
@testable import CommonsModel

@Suite("The project's own demo commons")
struct DemoContentTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content").path

    @Test func demoIsClean() throws {
        let result = ContentLoader.load(folder: DemoContentTests.folder, asOf: Day(parsing: "2026-11-27"))
        #expect(result.diagnostics.map(\.description) == [])
        let commons = try #require(result.commons)
        #expect(commons.projects.count >= 5)
        #expect(commons.contributors.count >= 12)
        #expect(commons.contributions.count >= 80)
        #expect(commons.proposals.count >= 10)
        #expect(Set(commons.contributions.map(\.kind)).count == Kind.allCases.count)
    }
}
