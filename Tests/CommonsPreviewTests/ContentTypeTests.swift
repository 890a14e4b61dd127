import Testing
@testable import CommonsPreview

@Suite struct ContentTypeTests {
    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"), ("404.html", "text/html; charset=utf-8"),
        ("style.css", "text/css; charset=utf-8"), ("assets/logo.SVG", "image/svg+xml"),
        ("feed.xml", "application/xml; charset=utf-8"), ("stats.json", "application/json"),
        ("robots.txt", "text/plain; charset=utf-8"), ("assets/photo.jpeg", "image/jpeg"),
        ("assets/font.woff2", "font/woff2"), ("assets/notes", "application/octet-stream"),
        ("assets/archive.unknown", "application/octet-stream"),
    ])
    func byExtension(_ path: String, _ type: String) {
        #expect(ContentType.of(path) == type)
    }
}
