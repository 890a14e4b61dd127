/// Reads `pages/**/<x>.md`, a free page.
enum PageFile {
    static let fields = ["title", "description"]

    static func read(_ front: FrontMatter, path: String, body: Markdown) -> Page {
        var page = Page(path: path, title: front.string("title", required: true) ?? path,
                        description: front.string("description") ?? "")
        page.file = front.path
        page.body = body
        front.warnAboutUnknownFields(known: fields)
        return page
    }
}
