import CommonsAnalysis
import CommonsModel

/// `commons report --compare BASE`: what a change does to the commons, chosen and
/// ordered once — the biggest first — so that the text and the Markdown differ only in
/// layout. The JSON form (`ChangeReport+JSON`) lists everything.
public struct ChangeReport {
    public let change: AnalysisChange
    /// BASE as the user named it: "HEAD~1", "base/stats.json".
    public let base: String

    public init(_ change: AnalysisChange, base: String) {
        self.change = change
        self.base = base
    }

    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .text: text()
        case .markdown: markdown()
        case .json: json()
        }
    }

    /// "Compared with HEAD~1, as of 2026-11-27" — or both days, when a stats.json was
    /// made on another day.
    var comparedWith: String {
        let (before, after) = change.asOf
        return before == after ? "Compared with \(base), as of \(after)"
            : "Compared with \(base) as of \(before), now as of \(after)"
    }

    /// Said once each: the two days differ, BASE was a stats.json.
    var notes: [String] {
        var notes: [String] = []
        if change.asOf.before != change.asOf.after {
            notes.append("The two days differ: active people and open proposals may move by that alone.")
        }
        if !change.comparedContent {
            notes.append("A stats.json holds no contributions nor diagnostics: compare with a git revision (--compare main) to see them.")
        }
        return notes
    }

    /// The summary line's parts, biggest first: "2 contributions added", "1 proposal decided differently".
    var summary: [String] {
        var parts: [String] = []
        let missed = change.health.filter { $0.isMet == false }.count
        let met = change.health.filter { $0.isMet == true }.count
        if missed > 0 { parts.append(Phrase.counted(missed, "health goal") + " now missed") }
        if met > 0 { parts.append(Phrase.counted(met, "health goal") + " now met") }
        if let contributions = change.contributions?.summary { parts.append(contributions) }
        if !decisions.isEmpty { parts.append(Phrase.counted(decisions.count, "proposal") + " decided differently") }
        if !tallies.isEmpty { parts.append(Phrase.counted(tallies.count, "proposal") + " with votes moved") }
        if !change.projects.isEmpty { parts.append(Phrase.counted(change.projects.count, "project") + " moved") }
        if !change.newPeople.isEmpty { parts.append(Phrase.counted(change.newPeople.count, "person", "people") + " new") }
        let errors = newDiagnostics.filter { $0.severity == .error }.count
        let warnings = newDiagnostics.count - errors
        if errors > 0 { parts.append(Phrase.counted(errors, "new error")) }
        if warnings > 0 { parts.append(Phrase.counted(warnings, "new warning")) }
        return parts
    }

    /// The one line for a change that moves nothing.
    var nothingChanged: String {
        change.comparedContent
            ? "\(comparedWith): nothing changed."
            : "\(comparedWith): no figure, project, proposal, person or health goal changed."
    }

    /// Goals now missed first.
    var health: [AnalysisChange.HealthMove] {
        change.health.filter { $0.isMet == false } + change.health.filter { $0.isMet != false }
    }

    /// Proposals whose outcome moved, or that are new or gone.
    var decisions: [AnalysisChange.ProposalMove] { change.proposals.filter(\.isDecision) }

    /// Proposals whose tally alone moved.
    var tallies: [AnalysisChange.ProposalMove] { change.proposals.filter { !$0.isDecision } }

    /// The spread figures' biggest moves first, then the most hours, then by slug.
    var projects: [AnalysisChange.ProjectMove] {
        change.projects.sorted { a, b in
            let (x, y) = (a.size, b.size)
            return (x.spread, x.hours, b.slug) > (y.spread, y.hours, a.slug)
        }
    }

    /// Errors first.
    var newDiagnostics: [Diagnostic] {
        let diagnostics = change.newDiagnostics ?? []
        return diagnostics.errors + diagnostics.warnings
    }

    /// A section's lines, cut at `limit` with "… and 12 more".
    static func capped(_ lines: [String], _ limit: Int) -> [String] {
        lines.count <= limit ? lines : Array(lines.prefix(limit)) + ["… and \(lines.count - limit) more (--format json lists them all)"]
    }

    /// The sections past the headline: a title and its lines, empty ones left out.
    func sections(limit: Int) -> [(title: String, lines: [String])] {
        let contributions = change.contributions
        let people = change.newPeople.map { "\($0.handle) (\(Phrase.counted($0.contributions, "contribution")))" }
        return [
            ("Projects", projects.map(\.phrase)),
            ("Votes", tallies.map(\.phrase)),
            ("Contributions", (contributions?.added.map(AnalysisChange.ContributionMoves.added) ?? [])
                + (contributions?.changed.map(AnalysisChange.ContributionMoves.changed) ?? [])
                + (contributions?.removed.map(AnalysisChange.ContributionMoves.removed) ?? [])),
            ("People new to the record", people),
            ("New diagnostics", newDiagnostics.map(\.description)),
        ].filter { !$0.1.isEmpty }.map { ($0.0, Self.capped($0.1, limit)) }
    }
}
