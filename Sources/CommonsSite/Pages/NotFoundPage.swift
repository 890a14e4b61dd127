/// `/404.html`: what a server shows for an address that does not exist. It can be shown
/// at any depth, so its links start from the site's path rather than climbing back.
struct NotFoundPage {
    func pages() -> [PageJob] {
        [PageJob(path: .notFound, kind: .notFound, section: .other, source: nil) {
            ["title": "Page not found"]
        }]
    }
}
