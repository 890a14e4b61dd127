import CommonsAnalysis
import CommonsModel
import CommonsSupport

extension AnalysisChange {
    /// "bus factor 4 → 3", "proposal 2026/open-on-sundays now accepted".
    public var phrases: [String] {
        figures.map { "\($0.figure.rawValue) \($0.figure.words($0.before)) → \($0.figure.words($0.after))" }
            + proposals.map(\.phrase)
    }
}

extension AnalysisChange.Figure {
    /// As the text report prints it: "0.41", "75.9 %", "402.3".
    public func words(_ value: Double) -> String {
        switch self {
        case .busFactor, .elephantFactor, .activePeople: String(Int(value))
        case .gini: ReportNumber.fraction(value)
        case .unpaidShare: ReportNumber.percent(value)
        case .hours: ReportNumber.roundedHours(value)
        }
    }
}

extension AnalysisChange.ProposalMove {
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
}
