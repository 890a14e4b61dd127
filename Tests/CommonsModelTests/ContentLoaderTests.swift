import Foundation
import Testing
@testable import CommonsModel

/// A preview reads again only the files that changed: the others' readings are taken
/// from the earlier one, and the result is what a fresh reading gives.
@Suite struct ContentLoaderTests {
    @Test func readingAgainTakesTheUnchangedFilesFromTheEarlierReading() throws {
        let content = try TemporaryContent([
            "contributions/a.md": contribution("contributor: amara\nproject: maps\ndate: 2026-03-14\nkind: data\nhours: 3"),
            "contributions/b.md": contribution("contributor: jonas\nproject: maps\ndate: 2026-03-15\nkind: code\nhours: 1"),
        ])
        let folder = content.root.path
        let earlier = ContentLoader.read(folder: folder)
        try content.write(Data(contribution("contributor: amara\nproject: maps\ndate: 2026-03-14\nkind: data\nhours: 7").utf8),
                          to: "contributions/a.md")
        try content.write(Data(contribution("contributor: amara\nproject: maps\ndate: 2026-03-16\nkind: care").utf8),
                          to: "contributions/c.md")
        try content.remove("contributions/b.md")
        let again = ContentLoader.read(folder: folder, earlier: (earlier, ["contributions/a.md", "contributions/b.md"], false))
        let fresh = ContentLoader.read(folder: folder)
        #expect(hours(again) == hours(fresh))
        #expect(hours(again) == ["a": 7, "c": 0])
        #expect(again.diagnostics == fresh.diagnostics)
        // Told every file that changed, it patches the listing instead of walking the folder.
        let patched = ContentLoader.read(folder: folder, earlier: (earlier, ["contributions/a.md", "contributions/b.md", "contributions/c.md"], true))
        #expect(hours(patched) == hours(fresh))
        #expect(patched.paths == fresh.paths)

        // A file said to be unchanged is not read again…
        try content.write(Data(contribution("contributor: amara\nproject: maps\ndate: 2026-03-16\nkind: care\nhours: 9").utf8),
                          to: "contributions/c.md")
        #expect(hours(ContentLoader.read(folder: folder, earlier: (again, [], false))) == ["a": 7, "c": 0])
        // …unless commons.md changed, which every file's reading depends on.
        #expect(hours(ContentLoader.read(folder: folder, earlier: (again, ["commons.md"], false))) == ["a": 7, "c": 9])
    }

    private func hours(_ loaded: LoadedContent) -> [String: Double] {
        let commons = loaded.resolve(asOf: Day(parsing: "2026-06-30")).commons
        return Dictionary(uniqueKeysWithValues: (commons?.contributions ?? []).map { ($0.id, $0.hours) })
    }
}
