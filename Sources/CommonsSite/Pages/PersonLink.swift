/// A person as a link to their page.
enum PersonLink {
    static func context(_ handle: String, in publication: Publication) -> [String: Any] {
        ["href": Shown(PagePath.contributor(handle).href), "name": Shown(publication.name(of: handle))]
    }

    static func list(_ handles: [String], in publication: Publication) -> [[String: Any]] {
        handles.map { context($0, in: publication) }
    }
}
