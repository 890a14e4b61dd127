import Foundation
import Testing
@testable import CommonsPreview

/// What `serve` serves is byte for byte what a fresh `commons build` of the same files
/// writes, but for the live reload's script — after edits, new files in new folders,
/// removals, renames, an editor's save and a theme change, watched through inotify and
/// by polling.
@Suite(.serialized) struct ServedEqualsBuiltTests {
    @Test(arguments: [false, true]) func afterEverySequenceOfChanges(polling: Bool) async throws {
        try await PreviewSession.with(polling: polling) { session in
        let events = try session.listen()
        var shown = try await session.firstBuild(events)
        try await session.expectServedEqualsBuilt(events, shown: shown)

        let work = try session.files(in: "Content/contributions")
        let projects = try session.files(in: "Content/projects")
        let changes: [(String, () throws -> Void)] = [
            ("an edit, and new files in new folders", {
                let text = try session.read(work[0])
                try session.write(text.replacingOccurrences(of: "\nhours:", with: "\nhours: 41\nx_hours:"), to: work[0])
                let person = try session.files(in: "Content/contributors")[0].split(separator: "/").last!.dropLast(3)
                let project = projects[0].split(separator: "/").last!.dropLast(3)
                try session.write("---\ncontributor: \(person)\nproject: \(project)\ndate: 2026-11-20\nkind: care\nhours: 30\n---\nWatered everything.\n",
                                  to: "Content/contributions/2026/11/late/night/watering.md")
            }),
            ("a removal and a rename", {
                try session.remove(work[1])
                try session.rename(work[2], to: "Content/contributions/renamed/elsewhere.md")
            }),
            ("an editor's save and a theme change", {
                try session.save(try session.read(projects[0]).replacingOccurrences(of: "title:", with: "title: Renamed —"),
                                 to: projects[0])
                try session.write("body { color: rebeccapurple; }\n", to: "Templates/style.css")
            }),
            ("a folder removed", { try session.remove("Content/contributions/2026/11/late") }),
        ]
        for (name, change) in changes {
            try change()
            shown = try #require(await events.next(after: shown), "no rebuild after \(name)")
            try await session.expectServedEqualsBuilt(events, shown: shown)
        }
        #expect(try await session.get("/style.css").text.contains("rebeccapurple"))
        #expect(session.lines.contains { $0.contains("added contributions/2026/11/late/night/watering.md") })
        #expect(session.lines.contains { $0.contains("removed \(work[1].dropFirst("Content/".count))") })
        #expect(session.lines.contains { $0.contains("removed contributions/2026/11/late/night/watering.md") })
        #expect(session.lines.contains { $0.contains("added \(session.folder)/Templates/style.css") })
        }
    }
}
