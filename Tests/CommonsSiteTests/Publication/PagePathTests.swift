import Testing
@testable import CommonsSite

@Suite struct PagePathTests {
    @Test func rootClimbsOneFolderPerLevel() {
        #expect(PagePath.home.root == "")
        #expect(PagePath.projects.root == "../")
        #expect(PagePath.project("maps").root == "../../")
        #expect(PagePath.contribution("2026/03/legend").root == "../../../../")
        #expect(PagePath.notFound.root == "")
    }

    @Test func linksPointAtTheFileSoTheSiteWorksFromTheDisk() {
        #expect(PagePath.home.href == "index.html")
        #expect(PagePath.proposal("2026/odbl").href == "governance/2026/odbl/index.html")
        #expect(PagePath.notFound.file == "404.html")
        #expect(PagePath.notFound.url == "404.html" && PagePath.home.url == "" && PagePath.stats.url == "stats/")
    }

    @Test func anEntitysPageIsItsFolderAndName() {
        for name in ["a", "2026/03/legend", "café-ñ", "𝄞-long-enough-to-need-the-heap-for-sure", ""] {
            #expect(PagePath.contribution(name) == PagePath("contributions/" + name + "/"))
            #expect(PagePath.contribution(name).file == "contributions/" + name + "/index.html")
            #expect(PagePath.project(name) == PagePath("projects/" + name + "/"))
            #expect(PagePath.contributor(name) == PagePath("contributors/" + name + "/"))
            #expect(PagePath.proposal(name).file == "governance/" + name + "/index.html")
            #expect(PagePath.contribution(name).url == "contributions/" + name + "/")
            #expect(PagePath.contribution(name).root == PagePath("contributions/" + name + "/").root)
        }
    }

    @Test func theLedgersFirstPageIsContributions() {
        #expect(PagePath.ledger(page: 1).url == "contributions/")
        #expect(PagePath.ledger(page: 3).url == "contributions/page/3/")
    }

    @Test func theBasePathIsThePathOfTheBaseURL() {
        #expect(SiteAddress("https://example.org/our/commons/").basePath == "/our/commons/")
        #expect(SiteAddress("https://example.org").basePath == "/")
        #expect(SiteAddress("https://example.org/x").absolute(.stats) == "https://example.org/x/stats/")
        #expect(SiteAddress(nil).absolute(.stats) == nil)
    }
}
