import CommonsModel
import CommonsSupport

/// What `commons new` is asked to write: one file of a commons, its fields as the content
/// format names them. `file(in:)` checks every value against the commons the way `check`
/// would, with the same suggestions, and gives the file only when all are right.
public struct Draft {
    public enum Kind: String, CaseIterable, Sendable {
        case contribution, project, person, proposal, page
    }

    public let kind: Kind
    /// The day the file is dated (contribution, proposal, joined, started).
    public let day: Day
    public var title: String?
    public var name: String?
    public var handle: String?
    public var project: String?
    public var work: String?
    public var hours: String?
    public var contributors: [String] = []
    public var compensation: String?
    public var rule: String?
    public var closes: String?
    public var license: String?
    /// The person writing it: the contributor, the proposal's author, the new project's maintainer.
    public var author: String?
    /// Who git says is at the keyboard when that matched no one: said when `author` is needed.
    public var unmatchedIdentity: GitIdentity?

    public init(_ kind: Kind, day: Day) {
        self.kind = kind
        self.day = day
    }

    /// A value that is wrong or missing, named by the flag that gives it.
    public struct Problem: Error, CustomStringConvertible {
        public let flag: String
        public let description: String
    }

    /// The flags a file of this kind cannot do without, with what each asks for, and
    /// whether the person writing it must be known.
    public var missing: [(flag: String, question: String)] {
        var missing: [(String, String)] = []
        switch kind {
        case .contribution:
            if project == nil { missing.append(("--project", "Which project")) }
            if work == nil { missing.append(("--kind", "What kind of work")) }
        case .project, .proposal, .page:
            if title == nil { missing.append(("--title", "Title")) }
        case .person:
            if name == nil { missing.append(("--name", "Their name")) }
        }
        return missing
    }

    /// Whether the file names who writes it (`--as`): a contribution not given its
    /// contributors, a proposal's author.
    public var needsAuthor: Bool {
        (kind == .contribution && contributors.isEmpty) || kind == .proposal
    }

    /// The file to write, at a path (relative to the content folder) that no file holds
    /// yet; `exists` says whether a path does.
    public func file(in commons: Commons, exists: (String) -> Bool) throws -> (path: String, text: String) {
        if let flag = missing.first?.flag { throw Problem(flag: flag, description: "\(flag) is needed for a new \(kind.rawValue)") }
        var fields: [(String, String)] = []
        let path: String
        let body: String
        switch kind {
        case .contribution:
            let project = try knownProject(self.project!)
            let work = try word(self.work!, "--kind", CommonsModel.Kind.self)
            let people = contributors.isEmpty ? [try known(author, "--as")] : try contributors.map { try known($0, "--contributors") }
            fields += people.count == 1 ? [("contributor", people[0])] : [("contributors", "[" + people.joined(separator: ", ") + "]")]
            fields += [("project", project), ("date", day.description), ("kind", work)]
            if let hours {
                guard let value = Double(hours), value >= 0, value.isFinite else {
                    throw Problem(flag: "--hours", description: "--hours should be a number of hours like 2 or 1.5, found '\(hours)'")
                }
                fields.append(("hours", hours))
            }
            if let compensation { fields.append(("compensation", try word(compensation, "--compensation", Compensation.self))) }
            if let title { fields.append(("title", YAMLScalar.text(title))) }
            let month = day.month
            let base = Slug.from(title ?? "") .isEmpty ? work + "-" + project : Slug.from(title!)
            let folder = "contributions/\(month.year)/\(month.description.suffix(2))/"
            path = folder + Slug.unique(base) { exists(folder + $0 + ".md") } + ".md"
            body = "<!-- What was done, in a sentence or two: the first line becomes its title on the site. -->\n"
        case .project:
            let slug = try newName(Slug.from(title!), folder: "projects", flag: "--title", exists: exists, taken: commons.projects.map(\.slug))
            fields.append(("title", YAMLScalar.text(title!)))
            fields.append(("status", "active"))
            if let license { fields.append(("license", YAMLScalar.text(license))) }
            if let author { fields.append(("maintainers", "[" + (try known(author, "--as")) + "]")) }
            fields.append(("started", day.description))
            path = "projects/\(slug).md"
            body = "<!-- One paragraph on what this project makes and for whom: it becomes the project's summary. -->\n"
        case .person:
            let handle = handle ?? Slug.from(name!)
            guard Identifier.isValidName(handle) else {
                throw Problem(flag: "--handle", description: "'\(handle)' cannot be a handle: \(Identifier.problem(with: handle)); give one with --handle, like ana-lima")
            }
            _ = try newName(handle, folder: "contributors", flag: "--handle", exists: exists, taken: commons.contributors.map(\.handle))
            fields += [("name", YAMLScalar.text(name!)), ("joined", day.description)]
            path = "contributors/\(handle).md"
            body = "<!-- A line or two about them; add affiliation: and links: above if they like. -->\n"
        case .proposal:
            let project = try self.project.map(knownProject)
            let author = try known(author, "--as")
            fields += [("title", YAMLScalar.text(title!)), ("author", author)]
            if let project { fields.append(("project", project)) }
            fields.append(("opened", day.description))
            if let closes {
                guard let date = Day(parsing: closes), date >= day else {
                    throw Problem(flag: "--closes", description: "--closes should be a day like \(day.adding(days: 14)) on or after today (\(day)), found '\(closes)'")
                }
                fields.append(("closes", date.description))
            }
            if let rule { fields.append(("rule", try word(rule, "--rule", DecisionRule.self))) }
            fields.append(("votes", "{}"))
            let folder = "governance/\(day.components.year)/"
            path = folder + Slug.unique(Slug.from(title!).isEmpty ? "proposal" : Slug.from(title!)) { exists(folder + $0 + ".md") } + ".md"
            body = "<!-- What should change and why. Votes go above, one line each: votes: {\(author): yes} -->\n"
        case .page:
            fields.append(("title", YAMLScalar.text(title!)))
            path = "pages/" + Slug.unique(Slug.from(title!).isEmpty ? "page" : Slug.from(title!)) { exists("pages/" + $0 + ".md") } + ".md"
            body = "<!-- The page's text, in Markdown. -->\n"
        }
        let front = fields.map { "\($0.0): \($0.1)" }.joined(separator: "\n")
        return (path, "---\n\(front)\n---\n\n\(body)")

        func known(_ handle: String?, _ flag: String) throws -> String {
            let handles = commons.contributors.map(\.handle)
            guard let handle else {
                var said = ""
                if let git = unmatchedIdentity, git.name != nil || git.email != nil {
                    let who = [git.name, git.email.map { "<\($0)>" }].compactMap { $0 }.joined(separator: " ")
                    said = "git says you are \(who), and no file in contributors/ has that name or that e-mail as a mailto: link; "
                }
                let some = handles.prefix(6).joined(separator: ", ") + (handles.count > 6 ? ", …" : "")
                throw Problem(flag: "--as", description: "who is writing this? \(said)name yourself with --as HANDLE (\(handles.isEmpty ? "your file in contributors/" : some))")
            }
            guard handles.contains(handle) else {
                throw Problem(flag: flag, description: "unknown contributor '\(handle)' in \(flag)\(Suggestion.hint(for: handle, in: handles))")
            }
            return handle
        }

        func knownProject(_ slug: String) throws -> String {
            let slugs = commons.projects.map(\.slug)
            guard slugs.contains(slug) else {
                let hint = Suggestion.nearest(to: slug, in: slugs).map { "; did you mean '\($0)'?" }
                    ?? (slugs.isEmpty ? "; there are no projects yet (commons new project --title …)" : " (projects: \(slugs.joined(separator: ", ")))")
                throw Problem(flag: "--project", description: "unknown project '\(slug)'\(hint)")
            }
            return slug
        }

        func word<V: Vocabulary>(_ text: String, _ flag: String, _: V.Type) throws -> String {
            let values = V.allCases.map(\.rawValue)
            if values.contains(text) { return text }
            let hint = Suggestion.nearest(to: text, in: values, synonyms: V.synonyms.mapValues(\.rawValue))
                .map { "; did you mean '\($0)'?" } ?? " (one of: \(values.joined(separator: ", ")))"
            throw Problem(flag: flag, description: "\(flag) '\(text)' is not known\(hint)")
        }
    }

    /// A slug or handle for a new project or person: one that names no existing one.
    private func newName(_ name: String, folder: String, flag: String, exists: (String) -> Bool, taken: [String]) throws -> String {
        guard !name.isEmpty else {
            throw Problem(flag: flag, description: "\(flag) gives no letters or digits to make a name of")
        }
        if taken.contains(name) || exists("\(folder)/\(name).md") {
            throw Problem(flag: flag, description: "\(folder)/\(name).md exists already; choose another \(flag == "--handle" ? "handle with --handle" : "title")")
        }
        return name
    }
}
