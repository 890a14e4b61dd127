/// `/<path>/`: the free pages from `pages/` (about, charter), as written.
struct FreePages {
    let publication: Publication

    func pages() -> [PageJob] {
        publication.commons.pages.map { page in
            PageJob(path: .freePage(page.path), kind: .page, section: .other, source: page.file) {
                var context: [String: Any] = ["title": page.title, "body": ShownBody(markdown: page.body, publication: publication)]
                context["description"] = page.description.isEmpty ? nil : page.description
                return context
            }
        }
    }
}
