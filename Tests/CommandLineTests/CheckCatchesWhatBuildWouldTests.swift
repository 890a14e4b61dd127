import Foundation
import Testing

/// A CI job that runs only `check` never merges a broken build: every way `build` fails
/// on a content folder (and its Templates/ beside it), `check` fails too.
extension CommandLineTests {
    /// Content folders inside a repository-like folder (`Content/`, `Templates/`), each
    /// broken in one way a build refuses.
    var brokenCommons: [(name: String, files: [String: String], strict: Bool)] {
        let base = clean.reduce(into: [String: String]()) { $0["Content/" + $1.key] = $1.value }
        return [
            ("an unknown project", base.merging(["Content/contributions/b.md": "---\ncontributor: amara\nproject: mpas\ndate: 2026-03-01\nkind: code\n---\n"]) { $1 }, false),
            ("a free page at a reserved address", base.merging(["Content/pages/stats.md": "---\ntitle: Our stats\n---\n"]) { $1 }, false),
            ("a template syntax error", base.merging(["Templates/page.mustache": "{{<layout}}{{$main}}{{#body}}{{/main}}{{/layout}}\n"]) { $1 }, false),
            ("a template reading a name it is not given, under --strict", base.merging(["Templates/contribution-row.mustache": "<tr><td>{{titel}}</td></tr>\n"]) { $1 }, true),
            ("a warning under --strict", base.merging(["Content/projects/maps.md": "---\ntitle: Maps\nlicence: MIT\n---\n"]) { $1 }, true),
        ]
    }

    @Test func everyWayBuildFailsOnContentCheckFailsToo() throws {
        for broken in brokenCommons {
            let root = try folder(broken.files)
            let strict = broken.strict ? ["--strict"] : []
            let build = try run(["build", "--content", root + "/Content", "--output", root + "/_site", "--as-of", "2026-06-30",
                                 "--base-url", "https://example.org/"] + strict)
            let check = try run(["check", "--content", root + "/Content", "--as-of", "2026-06-30"] + strict)
            #expect(build.status == 1, "build should fail on \(broken.name): \(build.stderr)")
            #expect(check.status == 1, "check should fail on \(broken.name) as build does:\n\(check.stdout)\(check.stderr)")
            #expect(!FileManager.default.fileExists(atPath: root + "/_site"))
        }
    }

    @Test func aMissingBaseURLIsBuildsWarningNotChecks() throws {
        let content = try folder(clean)
        let check = try run(["check", "--content", content, "--as-of", "2026-06-30", "--strict"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(!check.stdout.contains("base_url"))
    }

    @Test func checkReadsTheTemplatesItIsGiven() throws {
        let content = try folder(clean)
        let templates = try folder(["project.mustache": "{{<layout}}{{$main}}<h1>{{titel}}</h1>{{/main}}{{/layout}}\n"])
        let check = try run(["check", "--content", content, "--as-of", "2026-06-30", "--templates", templates])
        #expect(check.status == 0)
        #expect(check.stdout.contains("project.mustache:1:27: warning: 'titel' is not given to project pages; did you mean 'title'?"))
    }

    @Test func aTemplateWarningShowsItsLineReadFromWhereTheTemplatesAre() throws {
        // Templates named from the working directory, beside (not inside) the content.
        var files: [String: String] = [:]
        for (path, text) in clean { files["Content/" + path] = text }
        files["Mine/project.mustache"] = "{{<layout}}{{$main}}\n<h1 title=\"Café\">{{titel}}</h1>\n{{/main}}{{/layout}}\n"
        let root = try folder(files)
        let check = try run(["check", "--content", "Content", "--as-of", "2026-06-30", "--templates", "Mine"], in: root)
        #expect(check.stdout == """
            Mine/project.mustache:2:20: warning: 'titel' is not given to project pages; did you mean 'title'?
                2 | <h1 title="Café">{{titel}}</h1>
                  |                    ^

            """)
    }
}
