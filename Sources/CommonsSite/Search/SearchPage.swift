import Foundation

extension PagePath {
    static let search = PagePath("search/")
}

/// `/search/`, on a site with search: Pagefind's search box, loaded on this page only, and
/// under it every project, person and proposal from A to Z — all a reader without
/// JavaScript gets, and a way to browse for everyone else.
struct SearchPage {
    let publication: Publication

    func pages() -> [PageJob] {
        guard publication.hasSearch else { return [] }
        let publication = publication
        return [PageJob(path: .search, kind: .search, section: .search, source: nil) {
            SearchPage.context(publication)
        }]
    }

    struct Entry {
        let title: String
        let href: String
        /// "project", "person", "proposal".
        let type: String
        let sortKey: String

        init(_ title: String, _ path: PagePath, _ type: String) {
            self.title = title
            href = path.href
            self.type = type
            sortKey = SearchPage.folded(title)
        }
    }

    static func context(_ publication: Publication) -> [String: Any] {
        let entries = publication.commons.projects.map { Entry($0.title, .project($0.slug), "project") }
            + publication.commons.contributors.map { Entry($0.name, .contributor($0.handle), "person") }
            + publication.proposals.map { Entry($0.proposal.title, .proposal($0.proposal.id), "proposal") }
        let byLetter = Dictionary(grouping: entries) { letter(of: $0.sortKey) }
        let letters = byLetter.keys.sorted(by: letterOrder).map { letter -> [String: Any] in
            let sorted = byLetter[letter, default: []].sorted { ($0.sortKey, $0.href) < ($1.sortKey, $1.href) }
            return [
                "letter": letter,
                "id": anchor(of: letter),
                "entries": sorted.map { ["href": $0.href, "title": $0.title, "type": $0.type] as [String: Any] },
            ]
        }
        return [
            "title": "Search",
            "description": "Search \(publication.settings.title) by any word, or find a project, person or proposal from A to Z.",
            "letters": letters,
        ]
    }

    /// A title as the index files it: without accents, in lower case ("Élodie" as "elodie").
    static func folded(_ title: String) -> String {
        title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespaces)
    }

    /// The heading an entry goes under: the first letter of its folded title, in capitals,
    /// or "#" for a title that starts with anything but a letter.
    static func letter(of folded: String) -> String {
        guard let first = folded.first, first.isLetter else { return "#" }
        return first.uppercased()
    }

    /// A to Z first, then other alphabets' letters, then "#".
    static func letterOrder(_ a: String, _ b: String) -> Bool {
        func rank(_ letter: String) -> Int { letter == "#" ? 2 : letter.allSatisfy(\.isASCII) ? 0 : 1 }
        return (rank(a), a) < (rank(b), b)
    }

    /// The letter's heading id: "letter-a", "letter-other" for "#", the code point for
    /// a letter outside ASCII.
    static func anchor(of letter: String) -> String {
        if letter == "#" { return "letter-other" }
        if letter.allSatisfy(\.isASCII) { return "letter-" + letter.lowercased() }
        return "letter-" + letter.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "-")
    }
}
