/// `commons report` for a terminal: headline figures, the projects table, the
/// governance summary and the open proposals.
struct TextReport {
    let content: ReportContent

    init(_ content: ReportContent) { self.content = content }

    func render() -> String {
        var out = "\(content.title) — as of \(content.asOf)\n\n"
        for figures in [content.activity, content.distribution] {
            out += "  " + figures.map { "\($0.label) \($0.value)" }.joined(separator: "   ") + "\n"
        }
        out += "  " + content.compensationLine + "\n\n"

        out += "Projects\n"
        if content.projects.isEmpty {
            out += "  none yet\n"
        } else {
            var table = TextTable([("project", .left), ("status", .left), ("contributions", .right), ("hours", .right),
                                   ("contributors", .right), ("active", .right), ("bus factor", .right),
                                   ("elephant", .right), ("Gini", .right)])
            table.rows = content.projects.map { row in
                let f = row.figures
                return [row.slug, row.status.rawValue, "\(f.contributions)", ReportNumber.hours(f.hours),
                        "\(f.contributors)", "\(f.activeContributors)", "\(f.busFactor)", "\(f.elephantFactor)",
                        ReportNumber.fraction(f.gini)]
            }
            out += table.render() + "\n"
        }

        out += "\nGovernance\n  " + content.governanceLine + "\n\n"

        out += "Open proposals\n"
        if content.openProposals.isEmpty {
            out += "  none\n"
        } else {
            var table = TextTable([("proposal", .left), ("title", .left), ("rule", .left), ("closes", .left),
                                   ("days left", .right), ("voted", .right)])
            table.rows = content.openProposals.map { line in
                let o = line.outcome
                return [line.id, line.title, o.rule.words, o.closes.description, "\(o.daysLeft ?? 0)",
                        "\(o.tally.voters) of \(o.eligible.count)"]
            }
            out += table.render() + "\n"
        }
        return out
    }
}
