import Foundation
import Testing
@testable import CommonsSite

@Suite struct SearchPageTests {
    @Test func titlesAreFiledByTheirFirstLetterWithoutAccents() {
        #expect(SearchPage.letter(of: SearchPage.folded("Élodie Martin")) == "E")
        #expect(SearchPage.letter(of: SearchPage.folded("amara")) == "A")
        #expect(SearchPage.letter(of: SearchPage.folded("3D printing")) == "#")
        #expect(SearchPage.letter(of: SearchPage.folded("Øyvind")) == "Ø")
        #expect(["#", "Ø", "B", "A"].sorted(by: SearchPage.letterOrder) == ["A", "B", "Ø", "#"])
        #expect(SearchPage.anchor(of: "A") == "letter-a")
        #expect(SearchPage.anchor(of: "#") == "letter-other")
        #expect(SearchPage.anchor(of: "Ø") == "letter-d8")
    }

    /// Without JavaScript the page is an index of every project, person and proposal.
    @Test func theSearchPageListsProjectsPeopleAndProposalsFromAToZ() throws {
        let site = try TemporarySite([
            "contributors/elodie.md": "---\nname: Élodie Martin\n---\n",
            "projects/3d.md": "---\ntitle: 3D printers\nlicense: MIT\n---\nPrinting.\n",
        ])
        let (result, diagnostics) = site.build(search: true, pagefind: InstalledPagefind.pagefind ?? Self.noIndexing(site))
        #expect(result.isPublished, "\(diagnostics)")
        let page = try #require(site.page("search/index.html"))
        let headings = page.split(separator: "\n").filter { $0.hasPrefix("<h3 id=\"letter-") }
        #expect(headings == [
            "<h3 id=\"letter-a\">A</h3>", "<h3 id=\"letter-e\">E</h3>", "<h3 id=\"letter-j\">J</h3>",
            "<h3 id=\"letter-m\">M</h3>", "<h3 id=\"letter-p\">P</h3>", "<h3 id=\"letter-other\">#</h3>",
        ])
        #expect(page.contains("<li><a href=\"../contributors/elodie/index.html\">Élodie Martin</a> <span class=\"note\">person</span></li>"))
        #expect(page.contains("<li><a href=\"../governance/2026/odbl/index.html\">Publish under the ODbL</a> <span class=\"note\">proposal</span></li>"))
        #expect(page.contains("<li><a href=\"../projects/3d/index.html\">3D printers</a> <span class=\"note\">project</span></li>"))
        // Pagefind's UI is loaded here, from the site's own folder, and nowhere else.
        #expect(page.contains("<script src=\"../pagefind/pagefind-ui.js\"></script>"))
        #expect(page.contains("role=\"status\" aria-live=\"polite\""))
        let others = site.texts.filter { $0.key.hasSuffix(".html") && $0.key != "search/index.html" }
        #expect(others.count > 10)
        #expect(others.allSatisfy { !$0.value.contains("pagefind-ui") })
        // Every page's main navigation leads to it.
        #expect(others.allSatisfy { $0.value.contains("search/index.html\">Search</a>") })
    }

    @Test func aSiteWithoutSearchHasNoSearchPageNorAnyMark() throws {
        let site = try TemporarySite()
        #expect(site.build().result.isPublished)
        #expect(site.page("search/index.html") == nil)
        #expect(!site.site.keys.contains { $0.hasPrefix("pagefind/") })
        #expect(site.texts.values.allSatisfy { !$0.contains("pagefind") && !$0.contains(">Search</a>") })
    }

    /// A stand-in for Pagefind that indexes nothing, for tests of the pages alone.
    static func noIndexing(_ site: TemporarySite) -> Pagefind {
        let path = site.folder.appendingPathComponent("pagefind-stand-in").path
        _ = FileManager.default.createFile(atPath: path, contents: Data("#!/bin/sh\nmkdir -p \"$2/pagefind\" && printf '{\"version\":\"1\",\"languages\":{}}' > \"$2/pagefind/pagefind-entry.json\"\n".utf8),
                                       attributes: [.posixPermissions: 0o755])
        return Pagefind(path: path)
    }
}
