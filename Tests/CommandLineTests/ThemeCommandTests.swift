import Foundation
import Testing

/// `commons theme context` and `commons theme reference`, as a theme author meets them.
extension CommandLineTests {
    static let demo = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content").path

    private func context(_ url: String) throws -> [String: Any] {
        let result = try run(["theme", "context", url, "--content", Self.demo, "--as-of", "2026-11-27"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(json as? [String: Any])
    }

    @Test func themeContextPrintsWhatAProjectPageReceives() throws {
        let project = try context("/projects/repair-cafe/")
        #expect(project["title"] as? String == "Repair Café")
        #expect(project["root"] as? String == "../../")
        #expect(project["projectPage"] as? Bool == true)
        let rows = try #require(project["contributions"] as? [[String: Any]])
        #expect(!rows.isEmpty)
        #expect((rows[0]["row"] as? String)?.hasPrefix("<tr>") == true)
        #expect(project["siteHeader"] is String)
    }

    @Test func themeContextPrintsAPersonAProposalAndTheLedgersSecondPage() throws {
        let person = try context("/contributors/amara-okafor/")
        #expect(person["handle"] as? String == "amara-okafor")
        #expect(person["votes"] is [Any])

        let governance = try context("/governance/")
        let open = (governance["outcomes"] as? [[String: Any]])?.first?["proposals"] as? [[String: Any]]
        let href = try #require(open?.first?["href"] as? String)
        let proposal = try context("/" + href)
        #expect(proposal["tally"] is String)
        #expect(proposal["votes"] is [Any])
        #expect(proposal["eligibleVoters"] is String)

        let ledger = try context("/contributions/page/2/")
        #expect((ledger["title"] as? String)?.hasPrefix("Ledger, page 2 of") == true)
        #expect(ledger["root"] as? String == "../../../")
        #expect((ledger["contributions"] as? [Any])?.count == 50)
        #expect(ledger["pagination"] is [String: Any])
    }

    @Test func themeContextOfAnAddressWithNoPageSaysTheNearest() throws {
        let result = try run(["theme", "context", "/projects/repair-cafee/", "--content", Self.demo, "--as-of", "2026-11-27"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no page is published at '/projects/repair-cafee/'; did you mean '/projects/repair-cafe/'?"))
        #expect(result.stdout.isEmpty)
    }

    @Test func themeReferenceIsDocsThemes() throws {
        let result = try run(["theme", "reference"])
        #expect(result.status == 0)
        let docs = URL(fileURLWithPath: Self.demo).deletingLastPathComponent().appendingPathComponent("docs/themes.md")
        #expect(result.stdout == (try String(contentsOf: docs, encoding: .utf8)))
    }
}
