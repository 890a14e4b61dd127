import Testing
@testable import CommonsModel

@Suite("Hostile input is refused quickly, never crashes or hangs")
struct HostileInputTests {
    @Test func aliasBomb() throws {
        var yaml = "---\nname: x\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            previous = name
        }
        let content = try TemporaryContent(["contributors/bomb.md": yaml + "---\n"])
        #expect(content.check() == [
            "contributors/bomb.md:6:4: error: front matter expands to more than 20000 values (YAML aliases?); refusing it",
        ])
    }

    @Test func aliasOfAListAsAKey() throws {
        let content = try TemporaryContent(["contributors/bomb.md": "---\nname: x\nlinks: &l [a, b]\n*l : y\n---\n"])
        #expect(content.check() == ["contributors/bomb.md:3:8: error: field names must be plain words, not lists, maps or aliases"])
    }

    @Test func deepNesting() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let content = try TemporaryContent(["contributors/deep.md": "---\nname: x\nlinks: \(deep)\n---\n"])
        #expect(content.check() == [
            "contributors/deep.md:3:39: error: front matter nests deeper than 32 levels; the format needs at most three",
        ])
    }

    @Test func pathologicalMarkdownStillGivesATitle() throws {
        let body = String(repeating: "*a **b ", count: 20_000) + "\n" + String(repeating: "[a](", count: 10_000)
        let content = try TemporaryContent(["contributions/md.md": contribution("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code", body: body)])
        let result = content.load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.commons?.contributions.first?.title.hasPrefix("*a **b") == true)
    }
}
