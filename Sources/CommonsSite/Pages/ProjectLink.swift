/// A project as a link to its page.
enum ProjectLink {
    static func context(_ slug: String, in publication: Publication) -> [String: Any] {
        ["href": PagePath.project(slug).href, "title": publication.title(ofProject: slug)]
    }
}
