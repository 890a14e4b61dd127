/// Reads `contributors/<handle>.md`.
enum ContributorFile {
    static let fields = ["name", "joined", "affiliation", "links"]

    static func read(_ front: FrontMatter, handle: String, body: Markdown) -> Contributor {
        var contributor = Contributor(handle: handle, name: front.string("name", required: true) ?? handle)
        contributor.file = front.path
        contributor.body = body
        contributor.joined = front.day("joined")
        if let affiliation = front.string("affiliation"), !affiliation.trimmingSpaces().isEmpty {
            contributor.affiliation = affiliation.trimmingSpaces()
        }
        for (link, position) in front.list("links") ?? [] {
            if Link.isWebURL(link) || Link.isMailto(link) {
                contributor.links.append(link)
            } else {
                front.report(.error, at: position, "link '\(link)' should be an http(s) URL or a mailto: address")
            }
        }
        front.warnAboutUnknownFields(known: fields)
        return contributor
    }
}
