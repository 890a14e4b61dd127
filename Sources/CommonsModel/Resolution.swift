import CommonsSupport

/// Turns the files read one by one into one `Commons`: checks that every handle
/// and slug names a real file (suggesting the nearest when not) and applies the
/// defaults that depend on other files (a proposal's rule comes from its project).
struct Resolution {
    let settings: Settings
    let asOf: Day?
    var assets: [String] = []
    /// Slugs and handles whose file exists but could not be read, with its path.
    var unreadableProjects: [String: String] = [:]
    var unreadableContributors: [String: String] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    /// Work recorded twice, by day: only a day's contributions are compared.
    private(set) var copies: [Day: [Diagnostic]] = [:]

    private var projectDrafts: [ProjectDraft] = []
    private var contributors: [Contributor] = []
    private var contributionDrafts: [ContributionDraft] = []
    private var proposalDrafts: [ProposalDraft] = []
    private var pages: [Page] = []
    /// What files that could not be read whole name, checked all the same.
    private var references: [(file: String, named: [Reference])] = []

    init(settings: Settings, asOf: Day?) {
        self.settings = settings
        self.asOf = asOf
    }

    mutating func add(_ entry: LoadedFile.Entry?) {
        switch entry {
        case .project(let d): projectDrafts.append(d)
        case .contributor(let c): contributors.append(c)
        case .contribution(let d): contributionDrafts.append(d)
        case .proposal(let d): proposalDrafts.append(d)
        case .page(let p): pages.append(p)
        case .references(let named, let file): references.append((file, named))
        case nil: break
        }
    }

    mutating func resolve() -> Commons {
        let handles = Set(contributors.map(\.handle))
        var projects: [Project] = []
        for draft in projectDrafts {
            var project = draft.project
            project.rule = draft.rule ?? settings.rule
            project.quorum = draft.quorum ?? settings.quorum
            for (handle, position) in zip(project.maintainers, draft.maintainerPositions) {
                check(handle, in: handles, noun: "maintainer", file: project.file, at: position)
            }
            projects.append(project)
        }
        let projectsBySlug = Dictionary(projects.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let slugs = Set(projectsBySlug.keys)

        var contributions: [Contribution] = []
        contributions.reserveCapacity(contributionDrafts.count)
        var setAside: [(contribution: Contribution, cause: String)] = []
        for draft in contributionDrafts {
            var contribution = draft.contribution
            let before = diagnostics.count
            var valid = true
            for (handle, position) in zip(contribution.contributors, draft.contributorPositions) {
                valid = check(handle, in: handles, noun: "contributor", file: contribution.file, at: position) && valid
            }
            valid = check(contribution.project, in: slugs, noun: "project", file: contribution.file, at: draft.projectPosition) && valid
            guard valid else {
                let found = diagnostics[before...]
                if let cause = found.first?.causedBy, found.allSatisfy({ $0.causedBy != nil }) {
                    setAside.append((contribution, cause))
                }
                continue
            }
            Resolution.complete(&contribution, project: projectsBySlug[contribution.project]!)
            if let warning = Resolution.afterAsOf(draft, asOf) { diagnostics.append(warning) }
            contributions.append(contribution)
        }

        for (file, named) in references {
            for reference in named {
                switch reference.noun {
                case .project: check(reference.name, in: slugs, noun: "project", file: file, at: reference.position)
                case .contributor, .author: check(reference.name, in: handles, noun: reference.noun.rawValue, file: file, at: reference.position)
                case .voter: checkVoter(reference.name, in: handles, file: file, at: reference.position)
                }
            }
        }

        var proposals: [Proposal] = []
        for draft in proposalDrafts {
            var proposal = draft.proposal
            var valid = check(proposal.author, in: handles, noun: "author", file: proposal.file, at: draft.authorPosition)
            var project: Project?
            if let slug = proposal.project {
                valid = check(slug, in: slugs, noun: "project", file: proposal.file, at: draft.projectPosition) && valid
                project = projectsBySlug[slug]
            }
            for vote in proposal.votes {
                valid = checkVoter(vote.voter, in: handles, file: proposal.file, at: vote.position) && valid
            }
            guard valid else { continue }
            proposal.rule = draft.rule ?? project?.rule ?? settings.rule
            proposal.quorum = draft.quorum ?? project?.quorum ?? settings.quorum
            proposal.closes = draft.closes ?? proposal.opened.adding(days: settings.windowDays)
            if let asOf, proposal.opened > asOf {
                diagnostics.append(.warning(proposal.file, at: draft.openedPosition,
                                            "opened \(proposal.opened), after the as-of day \(asOf); left out until then"))
            }
            proposals.append(proposal)
        }

        projects.sort { $0.slug < $1.slug }
        contributors.sort { $0.handle < $1.handle }
        // Day, then id; compared without making a tuple of each pair, which copied both
        // ids on each of 800,000 comparisons of a 50,000-contribution commons.
        contributions.sort(by: Resolution.inOrder)
        warnAboutNamesakes(contributors)
        var start = contributions.startIndex
        while start < contributions.endIndex {
            let day = contributions[start].date
            let end = contributions[start...].firstIndex { $0.date != day } ?? contributions.endIndex
            let found = Resolution.copies(among: contributions[start..<end])
            if !found.isEmpty { copies[day] = found }
            start = end
        }
        proposals.sort { ($0.opened, $0.id) < ($1.opened, $1.id) }
        pages.sort { $0.path < $1.path }
        var commons = Commons(settings: settings, projects: projects, contributors: contributors,
                              contributions: contributions, proposals: proposals, pages: pages, assets: assets.sorted())
        commons.setAside = setAside
        return commons
    }

    /// Contributions by day, then id; compared without making a tuple of each pair, which
    /// copied both ids on each of 800,000 comparisons of a 50,000-contribution commons.
    static func inOrder(_ a: Contribution, _ b: Contribution) -> Bool {
        a.date != b.date ? a.date < b.date : a.id < b.id
    }

    /// What a contribution takes from its project: the title it defaults to.
    static func complete(_ contribution: inout Contribution, project: Project) {
        if contribution.title.isEmpty {
            contribution.title = "\(contribution.kind.rawValue.capitalizedFirst) for \(project.title)"
        }
    }

    static func afterAsOf(_ draft: ContributionDraft, _ asOf: Day?) -> Diagnostic? {
        guard let asOf, draft.contribution.date > asOf else { return nil }
        return .warning(draft.contribution.file, at: draft.datePosition,
                        "dated \(draft.contribution.date), after the as-of day \(asOf); left out of the figures until then")
    }

    /// A second file for the same person splits their work between two handles; it breaks
    /// no rule of the format, so it is a warning at the later file, naming the earlier.
    private mutating func warnAboutNamesakes(_ people: [Contributor]) {
        // Namesakes happen in a large commons: only a name with nothing that tells the two
        // apart (the same affiliation, and no links or a shared one) is asked about.
        var named: [String: [Contributor]] = [:]
        for person in people {
            let name = person.name.lowercased()
            let same = named[name, default: []].first { other in
                other.affiliation == person.affiliation
                    && ((other.links.isEmpty && person.links.isEmpty) || !Set(other.links).isDisjoint(with: person.links))
            }
            if let first = same {
                diagnostics.append(.warning(person.file, at: Position(line: 1, column: 1),
                                            "'\(person.name)' is also \(first.file): the same person twice? Their work is split between two handles"))
            }
            named[name, default: []].append(person)
        }
    }

    /// A file copied by mistake counts its work twice: a warning at the later file, naming
    /// the earlier. A copy is of the same day, so only one day's contributions are compared.
    static func copies(among day: ArraySlice<Contribution>) -> [Diagnostic] {
        var seen: [RecordedWork: String] = [:]
        var found: [Diagnostic] = []
        for contribution in day {
            let work = RecordedWork(contribution: contribution)
            if let first = seen[work] {
                found.append(.warning(contribution.file, at: Position(line: 1, column: 1),
                                      "the same work as \(first) (people, project, day, kind, hours and title): a copy? It is counted twice"))
            } else {
                seen[work] = contribution.file
            }
        }
        return found
    }

    /// Reports a vote by someone without a file in contributors/; true when known.
    @discardableResult
    private mutating func checkVoter(_ voter: String, in handles: Set<String>, file: String, at position: Position) -> Bool {
        if handles.contains(voter) { return true }
        if let cause = unreadableContributors[voter] {
            diagnostics.append(Diagnostic.error(file, at: position, "vote by unknown contributor '\(voter)': \(cause) could not be read").caused(by: cause))
        } else {
            diagnostics.append(.error(file, at: position,
                                      "vote by unknown contributor '\(voter)'\(Suggestion.hint(for: voter, in: handles)); every voter needs a file in contributors/"))
        }
        return false
    }

    /// Reports an unknown handle or slug with the nearest known one; true when known.
    @discardableResult
    private mutating func check(_ name: String, in known: Set<String>, noun: String, file: String, at position: Position) -> Bool {
        if known.contains(name) { return true }
        let kind = noun == "project" ? "project" : "contributor"
        if let cause = (kind == "project" ? unreadableProjects : unreadableContributors)[name] {
            // Not a typo: the file is there but could not be read; its own error says why.
            diagnostics.append(Diagnostic.error(file, at: position, "unknown \(noun) '\(name)': \(cause) could not be read").caused(by: cause))
            return false
        }
        let hint = Suggestion.hint(for: name, in: known)
        let message = noun == kind || noun == "project"
            ? "unknown \(kind) '\(name)'\(hint)"
            : "unknown \(noun) '\(name)': no file contributors/\(name).md\(hint)"
        diagnostics.append(.error(file, at: position, message))
        return false
    }
}

/// A contribution as the work it records: its people in any order, its project,
/// kind, hours, compensation and title.
struct RecordedWork: Hashable {
    let contribution: Contribution

    static func == (a: RecordedWork, b: RecordedWork) -> Bool {
        let (a, b) = (a.contribution, b.contribution)
        return a.kind == b.kind && a.hours == b.hours && a.compensation == b.compensation
            && a.project == b.project && a.title == b.title
            && (a.contributors == b.contributors || a.contributors.sorted() == b.contributors.sorted())
    }

    /// By the fields that are not text: works of one day rarely share them all,
    /// and == compares the texts of those that do. Hashing every title and handle
    /// was most of what resolving a big commons cost. (Not the texts' lengths:
    /// "é" written as one code point or as two is equal text of other lengths.)
    func hash(into hasher: inout Hasher) {
        hasher.combine(contribution.kind)
        hasher.combine(contribution.hours)
        hasher.combine(contribution.compensation)
        hasher.combine(contribution.contributors.count)
    }
}
