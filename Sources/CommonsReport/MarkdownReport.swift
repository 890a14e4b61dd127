import CommonsSupport

/// `commons report --format markdown`: a compact summary for a CI job summary or a
/// pull-request comment — headline figures, the projects table, open proposals with
/// their closing days, and the decisions of the last month.
struct MarkdownReport {
    let content: ReportContent

    init(_ content: ReportContent) { self.content = content }

    func render() -> String {
        var out = "### \(Self.escaped(content.title)) — as of \(content.asOf)\n\n"
        for figures in [content.activity, content.distribution] {
            out += figures.map { "\($0.label) **\($0.value)**" }.joined(separator: " · ") + "  \n"
        }
        out += content.compensationLine + "\n\n"

        if !content.projects.isEmpty {
            out += "| Project | Status | Contributions | Hours | Contributors | Active | Bus factor | Gini |\n"
            out += "|---|---|--:|--:|--:|--:|--:|--:|\n"
            for row in content.projects {
                let f = row.figures
                let cells = ["\(Self.escaped(row.title)) (`\(row.slug)`)", row.status.rawValue, "\(f.contributions)",
                             ReportContent.hours(f), "\(f.contributors)", "\(f.activeContributors)",
                             ReportContent.busFactor(f), ReportContent.gini(f)]
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
            out += "\n"
        }

        out += content.governanceLine + "\n\n"

        out += "**Open proposals**\n\n"
        if content.openProposals.isEmpty {
            out += "None.\n"
        }
        for line in content.openProposals {
            let o = line.outcome
            out += "- **\(Self.escaped(line.title))** (`\(line.id)`, \(o.rule.words)) — closes \(o.closes), "
                + "\(o.daysLeft ?? 0) day\(o.daysLeft == 1 ? "" : "s") left; \(o.tally.voters) of \(o.eligible.count) eligible voted\n"
        }

        out += "\n**Decisions since \(content.recentSince)**\n\n"
        if content.recentDecisions.isEmpty {
            out += "None.\n"
        }
        for line in content.recentDecisions {
            out += "- **\(Self.escaped(line.title))** (`\(line.id)`, closed \(line.outcome.closes)): \(line.outcome.reason)\n"
        }
        return out
    }

    /// Titles come from contributors' files: keep their punctuation from turning into
    /// Markdown (or HTML, in a job summary) in the comment.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>|#!~&".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
