/// `/<path>/`: the free pages from `pages/` (about, charter), as written.
struct FreePages {
    let publication: Publication

    func pages() -> [PageJob] {
        publication.commons.pages.map { page in
            PageJob(path: .freePage(page.path), template: "page", section: .other, source: page.file) {
                var context: [String: Any] = ["title": page.title, "body": page.body.html]
                context["description"] = page.description.isEmpty ? nil : page.description
                return context
            }
        }
    }
}

/// `/404.html`: what a server shows for an address that does not exist. It can be shown
/// at any depth, so its links start from the site's path rather than climbing back.
struct NotFoundPage {
    func pages() -> [PageJob] {
        [PageJob(path: .notFound, template: "not-found", section: .other, source: nil) {
            ["title": "Page not found"]
        }]
    }
}
