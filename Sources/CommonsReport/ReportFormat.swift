import CommonsAnalysis
import CommonsModel

/// The forms `commons report` prints.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Aligned tables for a terminal.
    case text
    /// A compact summary for a CI job summary or a pull-request comment.
    case markdown
    /// stats.json (SPEC §4).
    case json
}

/// The report in one form.
public func renderReport(_ analysis: Analysis, commons: Commons, format: ReportFormat) -> String {
    switch format {
    case .json: return statsJSON(analysis)
    case .text: return TextReport(ReportContent(analysis, commons: commons)).render()
    case .markdown: return MarkdownReport(ReportContent(analysis, commons: commons)).render()
    }
}
