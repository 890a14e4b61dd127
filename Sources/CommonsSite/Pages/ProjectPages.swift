import CommonsAnalysis
import CommonsModel

/// `/projects/` and `/projects/<slug>/`: what each project is, who carries it, how its
/// work is shared and how it decides.
struct ProjectPages {
    static let latestContributions = 10

    let publication: Publication
    let rows: ContributionRows

    func pages() -> [PageJob] {
        let publication = publication
        let rows = rows
        var jobs = [PageJob(path: .projects, kind: .projects, section: .projects, source: nil) {
            ProjectPages.listContext(publication)
        }]
        for project in publication.commons.projects {
            jobs.append(PageJob(path: .project(project.slug), kind: .project, section: .projects, source: project.file,
                                context: { ProjectPages.context(project, publication, rows) },
                                sources: { ProjectPages.feedSources(of: project, publication, rows, into: &$0) }))
        }
        return jobs
    }

    static func listContext(_ publication: Publication) -> [String: Any] {
        let groups = ProjectStatus.allCases.compactMap { status -> [String: Any]? in
            let projects = publication.commons.projects.filter { $0.status == status }
            guard !projects.isEmpty else { return nil }
            return ["status": status.rawValue, "heading": heading(status), "projects": projects.map { project -> [String: Any] in
                let scope = publication.analysis.projects[project.slug]
                var row: [String: Any] = [
                    "href": PagePath.project(project.slug).href,
                    "title": project.title,
                    "summary": project.summary,
                    "contributions": Words.plural(scope?.contributions ?? 0, "contribution"),
                    "people": Words.plural(scope?.contributors ?? 0, "person", "people"),
                    "busFactor": Words.count(scope?.busFactor ?? 0),
                ]
                row["hours"] = (scope?.hours ?? 0) > 0 ? Words.hours(scope!.hours) + " hours" : nil
                return row
            }]
        }
        return ["title": "Projects", "groups": groups,
                "description": "The \(Words.plural(publication.commons.projects.count, "project")) of \(publication.settings.title)."]
    }

    static func context(_ project: Project, _ publication: Publication, _ rows: ContributionRows) -> [String: Any] {
        let scope = publication.analysis.projects[project.slug]
            ?? ScopeFigures(contributions: [], asOf: publication.asOf, activeDays: publication.settings.activeDays, affiliation: { _ in nil })
        let proposals = publication.proposalsByProject[project.slug] ?? []
        let ledger = publication.ledgerByProject[project.slug] ?? []
        var context: [String: Any] = [
            "title": project.title,
            // The contributions table leaves out the project column here.
            "projectPage": true,
            "summary": project.summary,
            "body": ShownBody(markdown: project.body, publication: publication),
            "status": project.status.rawValue,
            "maintainers": PersonLink.list(project.maintainers, in: publication),
            "tags": project.tags,
            "rule": project.rule.words,
            // A proposal may name its own rule: the project's is the default, said as such.
            "ruleExplained": "Decided by \(project.rule.words) unless a proposal names another rule. \(project.rule.explanation)",
            "quorum": QuorumWords.share(project.quorum),
            "needsQuorum": project.rule.needsQuorum,
            "figures": ScopeFigureList.items(scope, activeDays: publication.settings.activeDays,
                                             cues: HealthCues(scope, scope: .project(project.slug), in: publication.analysis)),
            "carriers": ScopeFigureList.carriers(scope, in: publication),
            "contributions": rows.table(ledger.prefix(latestContributions), on: .project(project.slug), projectPage: true),
            "contributionCount": Words.plural(ledger.count, "contribution"),
            "open": ProposalRow.list(ProposalRow.open(proposals), in: publication, showingProject: false),
            "decided": ProposalRow.list(ProposalRow.decided(proposals), in: publication, showingProject: false),
        ]
        context["description"] = project.summary.isEmpty ? nil : project.summary
        context["license"] = project.license
        context["licenseURL"] = project.license.flatMap(ProjectPages.spdxURL)
        context["repository"] = project.repository
        context["started"] = project.started.map(Words.day)
        if scope.contributions > 0, let points = publication.analysis.trends.projects[project.slug] {
            context["trends"] = ChartFigure.trends(points, checks: publication.analysis.health.filter { $0.scope == .project(project.slug) },
                                                   id: "project-trends", of: project.title).context()
        }
        if scope.contributions > 0 {
            context["activity"] = ChartFigure.months(scope, id: "project-months", of: project.title, asOf: publication.asOf).context()
            context["kinds"] = ChartFigure.kinds(scope, id: "project-kinds").context()
        }
        if scope.contributors > ScopeFigureList.carrierLimit {
            context["moreCarriers"] = Words.plural(scope.contributors - ScopeFigureList.carrierLimit, "more person", "more people")
        }
        if ledger.count > latestContributions { context["moreContributions"] = true }
        return context
    }

    /// What `context` is made of, so that a preview tells a project's page unchanged
    /// without building its values and charts (`PageFingerprint`): the project, its
    /// figures, trends and health checks whole, its proposals and their outcomes whole,
    /// its latest rows' digests, every person's name (maintainers, carriers) and the
    /// settings it reads. A value `context` comes to read must be fed here too.
    static func feedSources(of project: Project, _ publication: Publication, _ rows: ContributionRows,
                            into hasher: inout Hasher) {
        let analysis = publication.analysis
        hasher.combine(project)
        hasher.combine(analysis.projects[project.slug])
        hasher.combine(analysis.trends.projects[project.slug])
        hasher.combine(analysis.health.filter { $0.scope == .project(project.slug) })
        hasher.combine(publication.asOf)
        hasher.combine(publication.settings.activeDays)
        hasher.combine(publication.settings.unsafeHTML)
        hasher.combine(publication.namesDigest)
        let proposals = publication.proposalsByProject[project.slug] ?? []
        hasher.combine(proposals.count)
        for decided in proposals {
            hasher.combine(decided.proposal)
            hasher.combine(decided.outcome)
        }
        let ledger = publication.ledgerByProject[project.slug] ?? []
        hasher.combine(ledger.count)
        for place in ledger.prefix(latestContributions) { hasher.combine(rows.sourcesDigest(at: place)) }
    }

    /// The SPDX page of a single licence identifier ("CC-BY-4.0"); nil for an expression
    /// ("MIT OR Apache-2.0") or anything else, which is shown without a link.
    static func spdxURL(_ license: String) -> String? {
        let valid = !license.isEmpty && license.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "+"
        }
        return valid ? "https://spdx.org/licenses/\(license).html" : nil
    }

    static func heading(_ status: ProjectStatus) -> String {
        switch status {
        case .active: return "Active"
        case .incubating: return "Incubating"
        case .dormant: return "Dormant — resting, looking for people"
        case .archived: return "Archived"
        }
    }
}
