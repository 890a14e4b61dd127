import Testing
@testable import CommonsSite

@Suite struct SearchMarksTests {
    /// The pages search finds carry their main content's mark and their filters; the
    /// lists that repeat them are left out.
    @Test func thePagesSearchFindsCarryTheirFiltersFromTheData() throws {
        let site = try TemporarySite()
        #expect(site.build(search: true, pagefind: SearchPageTests.noIndexing(site)).result.isPublished)
        func filters(_ path: String) throws -> [String]? {
            let page = try #require(site.page(path))
            guard page.contains("<main id=\"main\" class=\"wrap\" tabindex=\"-1\" data-pagefind-body>") else { return nil }
            return page.split(separator: "\n").filter { $0.hasPrefix("<span hidden data-pagefind-filter=") }
                .map { String($0.dropFirst("<span hidden data-pagefind-filter=\"".count).dropLast("\"></span>".count)) }
        }
        #expect(try filters("contributions/2026/04/fountains/index.html") == [
            "Type:Contribution", "Project:Maps", "Kind of work:code", "Compensation:stipend",
        ])
        #expect(try filters("contributors/jonas/index.html") == ["Type:Person", "Project:Maps"])
        #expect(try filters("projects/maps/index.html") == ["Type:Project", "Project:Maps"])
        #expect(try filters("governance/2026/odbl/index.html") == ["Type:Proposal", "Project:Maps", "Proposal status:Rejected"])
        #expect(try filters("about/index.html") == ["Type:Page"])
        for list in ["index.html", "projects/index.html", "contributors/index.html", "contributions/index.html",
                     "governance/index.html", "stats/index.html", "search/index.html", "404.html"] {
            #expect(try filters(list) == nil, "\(list) should not be indexed")
        }
    }
}
