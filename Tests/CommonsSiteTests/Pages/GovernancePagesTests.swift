import Testing
@testable import CommonsSite

@Suite struct GovernancePagesTests {
    @Test func aProposalNamesWhoMayVoteAndLinksWhoVoted() throws {
        let site = try TemporarySite()
        #expect(site.build().result.isPublished)
        let page = try #require(site.page("governance/2026/odbl/index.html"))
        #expect(page.contains(#"<p class="names">Amara Okafor, Jonas Weber.</p>"#))
        #expect(page.contains(#"<th scope="row"><a href="../../../contributors/jonas/index.html">Jonas Weber</a></th><td><span class="vote vote-no">no</span></td>"#))
        #expect(page.contains(#"<td class="comment">Too soon.</td>"#))
    }

    @Test func aPersonsVotesLinkTheirProposals() throws {
        let site = try TemporarySite()
        #expect(site.build().result.isPublished)
        let page = try #require(site.page("contributors/jonas/index.html"))
        #expect(page.contains(#"<tr><th scope="row"><a href="../../governance/2026/odbl/index.html">Publish under the ODbL</a></th><td><span class="vote vote-no">no</span></td>"#))
    }
}
