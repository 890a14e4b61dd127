/// Reads `projects/<slug>.md`.
struct ProjectDraft: Sendable {
    var project: Project
    var rule: DecisionRule?
    var quorum: Quorum?
    var maintainerPositions: [Position]
}

enum ProjectFile {
    static let fields = ["title", "status", "license", "maintainers", "governance", "quorum",
                         "started", "tags", "repository", "summary"]

    static func read(_ front: FrontMatter, slug: String, body: Markdown) -> ProjectDraft {
        var project = Project(slug: slug, title: front.string("title", required: true) ?? slug)
        project.file = front.path
        project.body = body
        if let status = front.choice("status", as: ProjectStatus.self) { project.status = status }
        if let license = front.string("license") {
            if isSPDXExpression(license) {
                project.license = license
            } else {
                front.report(.error, at: front.valuePosition("license"),
                             "'license' should be an SPDX identifier like CC-BY-SA-4.0 or GPL-3.0-or-later, found '\(license)'")
            }
        } else if !front.has("license") {
            front.report(.warning, at: Position(line: 1, column: 1), "project has no 'license': without one, others cannot safely reuse its work")
        }
        let maintainers = front.list("maintainers") ?? []
        project.maintainers = maintainers.map(\.0)
        project.started = front.day("started")
        project.tags = (front.list("tags") ?? []).map(\.0)
        if let repository = front.string("repository") {
            if Link.isWebURL(repository) {
                project.repository = repository
            } else {
                front.report(.error, at: front.valuePosition("repository"),
                             "'repository' should be an http(s) URL, found '\(repository)'")
            }
        }
        project.summary = front.string("summary") ?? body.firstParagraph
        let draft = ProjectDraft(project: project,
                                 rule: front.choice("governance", as: DecisionRule.self, noun: "rule"),
                                 quorum: front.quorum("quorum"),
                                 maintainerPositions: maintainers.map(\.1))
        front.warnAboutUnknownFields(known: fields)
        return draft
    }

    /// SPDX ids and simple expressions (`MIT OR Apache-2.0`, `LicenseRef-…`).
    static func isSPDXExpression(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard !words.isEmpty else { return false }
        return words.allSatisfy { word in
            ["AND", "OR", "WITH"].contains(word) || word.trimmingCharacters(in: "()").allSatisfy {
                $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "+")
            } && !word.trimmingCharacters(in: "()").isEmpty
        }
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> Substring {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return s
    }
}
