import Testing
@testable import CommonsPreview

@Suite struct RequestPathTests {
    @Test(arguments: [
        "/..", "/../etc/passwd", "/projects/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/secret",
        "/.%2e/secret", "/%2e/secret", "/..%2fsecret", "/..%2Fsecret", "/projects%2f..%2f..%2fsecret",
        "/..\\secret", "/projects/..%5c..%5csecret", "/%5c%5cserver%5cshare", "/a%00b", "/%zz", "/%2",
        "/%ff%fe", "http://127.0.0.1/index.html", "etc/passwd", "*", "",
    ])
    func everyWayOutOfTheSiteIsRefused(_ raw: String) {
        #expect(RequestPath(raw) == nil)
    }

    @Test func aDoubleEncodedDotIsDecodedOnceIntoANameNoSiteHas() throws {
        let path = try #require(RequestPath("/%252e%252e/%252e%252e/etc/passwd"))
        #expect(path.file == "%2e%2e/%2e%2e/etc/passwd")
    }

    @Test func aFolderIsItsIndexAndEmptySegmentsCollapse() throws {
        #expect(RequestPath("/")?.file == "index.html")
        #expect(RequestPath("/projects/maps/")?.file == "projects/maps/index.html")
        #expect(RequestPath("//projects///maps/")?.file == "projects/maps/index.html")
        #expect(RequestPath("/stats.json")?.file == "stats.json")
        #expect(RequestPath("/assets/Caf%C3%A9%20logo.svg")?.file == "assets/Café logo.svg")
    }

    @Test func aFolderAskedForWithoutItsSlashMovesToIt() throws {
        let path = try #require(RequestPath("/assets/Caf%C3%A9 logo"))
        #expect(path.asFolder?.file == "assets/Café logo/index.html")
        #expect(path.asFolder?.encoded == "/assets/Caf%C3%A9%20logo/")
        #expect(RequestPath("/projects/")?.asFolder == nil)
    }
}
