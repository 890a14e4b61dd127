import CommonsAnalysis
import CommonsModel
import CommonsSupport

extension AnalysisChange {
    /// The headline, as `commons serve` prints it after a rebuild: "bus factor 4 → 3",
    /// "proposal 2026/open-on-sundays now accepted".
    public var phrases: [String] {
        figures.map(\.phrase) + proposals.map(\.phrase)
    }
}

extension AnalysisChange.FigureMove {
    /// "bus factor 4 → 3".
    public var phrase: String { "\(figure.rawValue) \(figure.words(before)) → \(figure.words(after))" }
}

extension AnalysisChange.Figure {
    /// As the text report prints it: "0.41", "75.9 %", "402.3".
    public func words(_ value: Double) -> String {
        switch self {
        case .busFactor, .elephantFactor, .activePeople: String(Int(value))
        case .gini: ReportNumber.fraction(value)
        case .unpaidShare: ReportNumber.percent(value)
        case .hours: ReportNumber.hours(value)
        }
    }
}

extension AnalysisChange.ProposalMove {
    /// Whether its outcome moved (or it is new or gone), not only its tally.
    var isDecision: Bool { before?.status != after?.status }

    var phrase: String {
        switch (before, after) {
        case (nil, let after?): return "new proposal \(id), \(after.status.words)"
        case (_?, nil): return "proposal \(id) gone"
        case (let before?, let after?) where before.status != after.status:
            return "proposal \(id) now \(after.status.words)"
        case (let before?, let after?):
            let moved = VoteValue.allCases.filter { before.tally[$0] != after.tally[$0] }
                .map { "\($0.rawValue) \(before.tally[$0]) → \(after.tally[$0])" }
            return "proposal \(id): " + moved.joined(separator: ", ")
        case (nil, nil): return "proposal \(id)"
        }
    }

    /// The outcome with what it was: "proposal 2026/mural now rejected (was accepted)".
    var decisionPhrase: String {
        guard let before, let after, before.status != after.status else { return phrase }
        return "\(phrase) (was \(before.status.words))"
    }
}

extension AnalysisChange.ProjectMove {
    /// "repair-cafe: bus factor 2 → 1, hours 30 → 35"; "new project tools: …".
    var phrase: String {
        let figures = figures.map(\.phrase).joined(separator: ", ")
        switch presence {
        case .both: return "\(slug): \(figures)"
        case .added: return "new project \(slug)" + (figures.isEmpty ? "" : ": \(figures)")
        case .removed: return "project \(slug) gone"
        }
    }

    /// How far its spread figures moved, then its hours: what orders the biggest first.
    var size: (spread: Double, hours: Double) {
        var spread = 0.0, hours = 0.0
        for move in figures {
            switch move.figure {
            case .busFactor, .elephantFactor: spread += abs(move.after - move.before)
            case .hours: hours = abs(move.after - move.before)
            default: break
            }
        }
        return (spread, hours)
    }
}

extension AnalysisChange.HealthMove {
    /// Met after the change (nil: the goal is no longer set).
    var isMet: Bool? { after?.met }

    /// "now missed: bus factor of projects/repair-cafe is 1, the goal 2".
    var phrase: String {
        let scope = scope == .commons ? "the commons" : scope.name
        guard let after else { return "no longer a goal: \(figure.words) of \(scope)" }
        let value = figure.words(after.value)
        let goal = (figure.isCeiling ? "at most " : "") + figure.words(after.goal)
        let was = before.map { " (was \(figure.words($0.value)))" } ?? ""
        return "\(after.met ? "now met" : "now missed"): \(figure.words) of \(scope) is \(value)\(was), the goal \(goal)"
    }
}

extension AnalysisChange.ContributionMoves {
    /// "added 2026/03/kettle — Mended the kettle (ana, repair-cafe, 2026-03-14, care, 3 h)".
    static func added(_ entry: CommonsSnapshot.Entry) -> String { "added \(entry.id) — \(describe(entry))" }

    static func removed(_ entry: CommonsSnapshot.Entry) -> String { "removed \(entry.id) — \(describe(entry))" }

    /// "changed 2026/03/kettle: hours 2 → 3, kind code → care".
    static func changed(_ pair: (before: CommonsSnapshot.Entry, after: CommonsSnapshot.Entry)) -> String {
        let (a, b) = pair
        var fields: [String] = []
        func field(_ name: String, _ x: String, _ y: String) { if x != y { fields.append("\(name) \(x) → \(y)") } }
        field("title", "“\(a.title)”", "“\(b.title)”")
        field("contributors", a.contributors.joined(separator: ", "), b.contributors.joined(separator: ", "))
        field("project", a.project, b.project)
        field("date", a.date.description, b.date.description)
        field("kind", a.kind.rawValue, b.kind.rawValue)
        field("hours", ReportNumber.hours(a.hours), ReportNumber.hours(b.hours))
        field("compensation", a.compensation.rawValue, b.compensation.rawValue)
        return "changed \(b.id): " + fields.joined(separator: ", ")
    }

    private static func describe(_ entry: CommonsSnapshot.Entry) -> String {
        "\(entry.title) (\(entry.contributors.joined(separator: ", ")), \(entry.project), \(entry.date), "
            + "\(entry.kind.rawValue), \(ReportNumber.hours(entry.hours)) h)"
    }

    /// "3 contributions added, 1 changed, 2 removed".
    var summary: String? {
        let parts = [(added.count, "added"), (changed.count, "changed"), (removed.count, "removed")].filter { $0.0 > 0 }
        guard let first = parts.first else { return nil }
        return ([Phrase.counted(first.0, "contribution") + " " + first.1] + parts.dropFirst().map { "\($0.0) \($0.1)" })
            .joined(separator: ", ")
    }
}
