/// Reads `contributions/**/<x>.md`, one entry of the ledger.
struct ContributionDraft: Sendable {
    var contribution: Contribution
    var contributorPositions: [Position]
    var projectPosition: Position
    var datePosition: Position
    var hasTitle: Bool
}

enum ContributionFile {
    static let fields = ["contributor", "contributors", "project", "date", "kind", "hours", "compensation", "title"]

    /// A contribution, or only the people and project it names when a required field is
    /// missing or unreadable (already reported).
    static func read(_ front: FrontMatter, id: String, body: Markdown) -> LoadedFile.Entry? {
        var people: [(String, Position)] = []
        switch (front.has("contributor"), front.has("contributors")) {
        case (true, true):
            front.report(.error, at: front.position("contributors"),
                         "give either 'contributor' (one person) or 'contributors' (a list), not both")
        case (true, false):
            if let handle = front.string("contributor") { people = [(handle, front.valuePosition("contributor"))] }
        case (false, true):
            people = front.list("contributors") ?? []
            if people.isEmpty, front.has("contributors") {
                front.report(.error, at: front.valuePosition("contributors"), "'contributors' is an empty list; name at least one person")
            }
        case (false, false):
            front.report(.error, at: Position(line: 1, column: 1),
                         "missing required field 'contributor' (or 'contributors' for co-authored work)")
        }
        var seen = Set<String>()
        for (handle, position) in people where !seen.insert(handle).inserted {
            front.report(.error, at: position, "'\(handle)' is listed twice")
        }
        let project = front.string("project", required: true)
        let date = front.day("date", required: true)
        let kind = front.choice("kind", as: Kind.self, required: true)
        let hours = front.hours("hours")
        let compensation = front.choice("compensation", as: Compensation.self)
        let title = front.string("title")
        front.warnAboutUnknownFields(known: fields)
        guard !people.isEmpty, seen.count == people.count, let project, let date, let kind else {
            let named = people.map { Reference(noun: .contributor, name: $0.0, position: $0.1) }
                + (project.map { [Reference(noun: .project, name: $0, position: front.valuePosition("project"))] } ?? [])
            return named.isEmpty ? nil : .references(named, file: front.path)
        }
        // contributions/YYYY/MM/… is the convention; a date that disagrees is likely a slip in one or the other.
        // Split as bytes, and no further than the folders it looks at: a split of the
        // String walked its Characters (as many instructions as the rest of this reading).
        let folders = id.utf8.split(separator: UInt8(ascii: "/"), maxSplits: 2).map { Substring($0) }
        let dated = date.description  // YYYY-MM-DD
        if folders.count >= 3, folders[0].count == 4, folders[1].count == 2, Int(folders[0]) != nil, Int(folders[1]) != nil,
           "\(folders[0])-\(folders[1])" != dated.prefix(7) {
            front.report(.warning, at: front.valuePosition("date"),
                         "dated \(dated) but filed under \(folders[0])/\(folders[1])/: fix the date, or move the file to contributions/\(dated.prefix(4))/\(dated.dropFirst(5).prefix(2))/")
        }
        var contribution = Contribution(id: id, contributors: people.map(\.0), project: project, date: date,
                                        kind: kind, hours: hours ?? 0, compensation: compensation ?? .unpaid,
                                        title: title ?? body.lead.truncated(to: 80))
        contribution.file = front.path
        contribution.body = body
        return .contribution(ContributionDraft(contribution: contribution, contributorPositions: people.map(\.1),
                                               projectPosition: front.valuePosition("project"), datePosition: front.valuePosition("date"),
                                               hasTitle: !contribution.title.isEmpty))
    }
}
