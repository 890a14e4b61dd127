import CommonsTestSupport
import Foundation
import Testing
@testable import CommonsSite

/// Every page links an icon, so browsers do not ask for `/favicon.ico` and get a 404.
@Suite struct SiteIconTests {
    @Test func theCommonsOwnIconComesFirstInItsOrderThenTheThemes() {
        #expect(SiteIcon.path(assets: ["logo.svg", "favicon.png"], themeHasIcon: true) == "assets/favicon.png")
        #expect(SiteIcon.path(assets: ["photos/team.jpg", "logo.svg"], themeHasIcon: true) == "assets/logo.svg")
        #expect(SiteIcon.path(assets: ["photos/team.jpg"], themeHasIcon: true) == "favicon.svg")
        #expect(SiteIcon.path(assets: [], themeHasIcon: false) == nil)
    }

    @Test func everyPageLinksTheCommonsLogoFromItsDepth() throws {
        let site = try TemporarySite()
        #expect(site.build().result.isPublished)
        let home = try String(contentsOfFile: site.output + "/index.html", encoding: .utf8)
        let project = try String(contentsOfFile: site.output + "/projects/maps/index.html", encoding: .utf8)
        #expect(home.contains("<link rel=\"icon\" href=\"assets/logo.svg\">"))
        #expect(project.contains("<link rel=\"icon\" href=\"../../assets/logo.svg\">"))
        #expect(!FileManager.default.fileExists(atPath: site.output + "/favicon.svg"))
    }

    @Test func withoutAnIconOfItsOwnTheThemesIsPublished() throws {
        let site = try TemporarySite()
        try site.remove("Content/assets/logo.svg")
        #expect(site.build().result.isPublished)
        let home = try String(contentsOfFile: site.output + "/index.html", encoding: .utf8)
        #expect(home.contains("<link rel=\"icon\" href=\"favicon.svg\">"))
        let icon = try String(contentsOfFile: site.output + "/favicon.svg", encoding: .utf8)
        #expect(icon.hasPrefix("<svg"))
    }
}
