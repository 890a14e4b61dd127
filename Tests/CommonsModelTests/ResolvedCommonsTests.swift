import Foundation
import Testing
@testable import CommonsModel

/// A preview patches the last resolved commons when only contribution files were read
/// again: the result is what resolving the same files whole gives, diagnostics included.
@Suite struct ResolvedCommonsTests {
    static let asOf = Day(parsing: "2026-06-30")
    static let files = [
        "contributions/2026/a.md": contribution("contributor: amara\nproject: maps\ndate: 2026-03-14\nkind: data\nhours: 3"),
        "contributions/2026/b.md": contribution("contributor: jonas\nproject: maps\ndate: 2026-03-14\nkind: code\nhours: 1"),
        "contributions/2026/c.md": contribution("contributors: [amara, jonas]\nproject: maps\ndate: 2026-03-20\nkind: care\nhours: 2\ntitle: Tea"),
        "contributions/2026/d.md": contribution("contributor: jonas\nproject: maps\ndate: 2026-08-01\nkind: code\nhours: 4"),
    ]

    /// Each edit of `contributions/2026/a.md`, and whether the last commons is patched for it.
    static let edits: [(fields: String, patched: Bool)] = [
        ("contributor: amara\nproject: maps\ndate: 2026-03-14\nkind: data\nhours: 5", true),
        // A copy of b.md, the same day: a copy warning comes…
        ("contributor: jonas\nproject: maps\ndate: 2026-03-14\nkind: code\nhours: 1", true),
        // …and goes.
        ("contributor: jonas\nproject: maps\ndate: 2026-03-14\nkind: code\nhours: 2\ntitle: Own", true),
        ("contributors: [jonas, amara]\nproject: maps\ndate: 2026-03-14\nkind: data\nhours: 3\ntitle: Two", true),
        // No title, and no body to take one from: it defaults from the project.
        ("contributor: amara\nproject: maps\ndate: 2026-03-14\nkind: care\nhours: 3\nbody: none", true),
        // Another day, another place in the ledger: resolved whole.
        ("contributor: amara\nproject: maps\ndate: 2026-03-21\nkind: data\nhours: 3", false),
        // After the as-of day, the same id as the day before? No: the day moved. Whole.
        ("contributor: amara\nproject: maps\ndate: 2026-09-01\nkind: data\nhours: 3", false),
        // An unknown person: resolved whole, which reports it.
        ("contributor: amarra\nproject: maps\ndate: 2026-09-01\nkind: data\nhours: 3", false),
        // Back in the ledger from the error: it was not in the last commons. Whole.
        ("contributor: amara\nproject: maps\ndate: 2026-09-01\nkind: data\nhours: 3", false),
        // After the as-of day, edited in place: its warning is made again.
        ("contributor: amara\nproject: maps\ndate: 2026-09-01\nkind: docs\nhours: 1", true),
        ("contributor: amara\nproject: mapz\ndate: 2026-09-01\nkind: docs\nhours: 1", false),
        // A required field missing: no contribution, only the names it gives.
        ("contributor: amara\nproject: maps\ndate: 2026-09-01", false),
    ]

    @Test func patchingGivesWhatResolvingWholeGives() throws {
        let content = try TemporaryContent(ResolvedCommonsTests.files)
        let folder = content.root.path
        var loaded = ContentLoader.read(folder: folder)
        var resolved = try #require(loaded.resolved(asOf: ResolvedCommonsTests.asOf))
        for (step, edit) in ResolvedCommonsTests.edits.enumerated() {
            let text = edit.fields.hasSuffix("\nbody: none")
                ? contribution(String(edit.fields.dropLast("\nbody: none".count)), body: "") : contribution(edit.fields)
            try content.write(Data(text.utf8), to: "contributions/2026/a.md")
            loaded = ContentLoader.read(folder: folder, earlier: (loaded, ["contributions/2026/a.md"], true))
            let patched = try #require(loaded.resolved(asOf: ResolvedCommonsTests.asOf, patching: resolved))
            let whole = try #require(ContentLoader.read(folder: folder).resolved(asOf: ResolvedCommonsTests.asOf))
            #expect(patched.commons.contributions == whole.commons.contributions, "step \(step)")
            #expect(patched.diagnostics.sorted() == whole.diagnostics.sorted(), "step \(step)")
            #expect(patched.commons.setAside.map(\.contribution) == whole.commons.setAside.map(\.contribution), "step \(step)")
            // Patched only where it should be: the unchanged contributions are then the
            // earlier commons' own, and so is its list of people.
            #expect((loaded.patching(resolved, asOf: ResolvedCommonsTests.asOf) != nil) == edit.patched, "step \(step)")
            if step == 4 { #expect(patched.commons.contributions.first { $0.id == "2026/a" }?.title == "Care for Maps") }
            resolved = patched
        }
        // The copy warning of step 1 was there, and went.
        let copyStep = ResolvedCommonsTests.edits[1].fields
        try content.write(Data(contribution(copyStep).utf8), to: "contributions/2026/a.md")
        loaded = ContentLoader.read(folder: folder, earlier: (loaded, ["contributions/2026/a.md"], true))
        let copied = try #require(loaded.resolved(asOf: ResolvedCommonsTests.asOf, patching: resolved))
        #expect(copied.diagnostics.contains { $0.message.hasPrefix("the same work as") })
    }

    /// Two files edited at once into copies of each other, the later of them the copy;
    /// with a contribution set aside for a project file that cannot be read.
    @Test func twoFilesAtOnceAndAContributionSetAside() throws {
        var files = ResolvedCommonsTests.files
        files["projects/broken.md"] = "---\ntitle: [unclosed\n---\n"
        files["contributions/2026/e.md"] = contribution("contributor: amara\nproject: broken\ndate: 2026-03-14\nkind: data\nhours: 1")
        let content = try TemporaryContent(files)
        let folder = content.root.path
        let asOf = ResolvedCommonsTests.asOf
        let loaded = ContentLoader.read(folder: folder)
        let resolved = try #require(loaded.resolved(asOf: asOf))
        #expect(resolved.commons.setAside.count == 1)
        let same = "contributor: jonas\nproject: maps\ndate: 2026-03-14\nkind: review\nhours: 2\ntitle: Read it"
        try content.write(Data(contribution(same).utf8), to: "contributions/2026/a.md")
        try content.write(Data(contribution(same).utf8), to: "contributions/2026/b.md")
        let again = ContentLoader.read(folder: folder, earlier: (loaded, ["contributions/2026/a.md", "contributions/2026/b.md"], true))
        #expect(again.reread?.count == 2)
        let patched = try #require(again.resolved(asOf: asOf, patching: resolved))
        let whole = try #require(ContentLoader.read(folder: folder).resolved(asOf: asOf))
        #expect(patched.commons.contributions == whole.commons.contributions)
        #expect(patched.diagnostics.sorted() == whole.diagnostics.sorted())
        #expect(patched.commons.setAside.map(\.contribution) == whole.commons.setAside.map(\.contribution))
        #expect(patched.diagnostics.contains { $0.path == "contributions/2026/b.md" && $0.message.hasPrefix("the same work as contributions/2026/a.md") })
    }

    @Test func aChangeBesideTheContributionsIsResolvedWhole() throws {
        let content = try TemporaryContent(ResolvedCommonsTests.files)
        let folder = content.root.path
        let loaded = ContentLoader.read(folder: folder)
        let resolved = try #require(loaded.resolved(asOf: ResolvedCommonsTests.asOf))
        // A person renamed: the file read again is no contribution.
        try content.write(Data("---\nname: Amara O.\n---\n".utf8), to: "contributors/amara.md")
        let person = ContentLoader.read(folder: folder, earlier: (loaded, ["contributors/amara.md"], true))
        #expect(person.reread != nil && person.patching(resolved, asOf: ResolvedCommonsTests.asOf) == nil)
        #expect(person.resolved(asOf: ResolvedCommonsTests.asOf, patching: resolved)?.commons.contributors.first?.name == "Amara O.")
        // An asset added: the commons lists it.
        try content.write(Data("x".utf8), to: "assets/logo.svg")
        let asset = ContentLoader.read(folder: folder, earlier: (loaded, ["assets/logo.svg"], true))
        #expect(asset.resolved(asOf: ResolvedCommonsTests.asOf, patching: resolved)?.commons.assets == ["logo.svg"])
        // Another as-of day, with nothing read again: resolved whole, without the warning
        // of d.md, dated after the first day but not the second.
        let same = ContentLoader.read(folder: folder, earlier: (loaded, [], true))
        #expect(same.reread == [])
        #expect(same.resolved(asOf: ResolvedCommonsTests.asOf, patching: resolved)?.diagnostics.count == resolved.diagnostics.count)
        let later = same.resolved(asOf: Day(parsing: "2026-12-31"), patching: resolved)
        #expect(later?.diagnostics.contains { $0.message.contains("after the as-of day") } == false)
    }
}
