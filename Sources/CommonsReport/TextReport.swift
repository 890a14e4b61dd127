import CommonsSupport

/// `commons report` for a terminal, in 80 columns: headline figures, what the spread
/// figures mean, the projects, the governance summary, the open proposals and the
/// decisions of the last month. A table too wide for the terminal becomes one block per
/// row; prose wraps at words.
struct TextReport {
    let content: ReportContent
    let width = TerminalText.width

    init(_ content: ReportContent) { self.content = content }

    func render() -> String {
        var out = wrapped("\(content.title) — as of \(content.asOf)", indent: "") + "\n"
        out += wrapped(content.activity.map { "\($0.label) \($0.value)" }.joined(separator: "   "))
        out += wrapped(content.compensationLine) + "\n"

        out += "How the work is shared (counted in \(content.workMeasure))\n"
        for figure in content.distribution {
            out += explained(figure)
        }

        out += "\nProjects\n"
        if content.projects.isEmpty {
            out += "  none yet\n"
        } else {
            var table = TextTable([("project", .left), ("status", .left), ("contributions", .right), ("hours", .right),
                                   ("contributors", .right), ("active", .right), ("bus factor", .right),
                                   ("elephant factor", .right), ("Gini", .right), ("top 10 % hold", .right)])
            table.rows = content.projects.map { row in
                let f = row.figures
                return [ReportContent.name(row), row.status.rawValue, "\(f.contributions)", ReportContent.hours(f),
                        "\(f.contributors)", "\(f.activeContributors)", ReportContent.busFactor(f),
                        ReportContent.elephantFactor(f), ReportContent.gini(f), ReportContent.top10Share(f)]
            }
            table.heading = [0, 1]
            table.blockColumns = 2
            out += table.render(fitting: width) + "\n"
        }

        out += "\nGovernance\n" + governance() + "\n"

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
            table.heading = [1]
            out += table.render(fitting: width) + "\n"
        }

        out += "\nDecisions since \(content.recentSince)\n"
        if content.recentDecisions.isEmpty {
            out += "  none\n"
        }
        for line in content.recentDecisions {
            out += wrapped("- \(line.title) (\(line.id), closed \(line.outcome.closes)): \(line.outcome.reason)",
                           continuation: "    ")
        }
        return out
    }

    /// "  Bus factor 4 — the fewest people who together did half the work", the meaning
    /// on the lines below when the line would not fit.
    private func explained(_ figure: ReportContent.Figure) -> String {
        let name = "  " + figure.label.prefix(1).uppercased() + figure.label.dropFirst() + " " + figure.value
        guard let meaning = figure.meaning else { return name + "\n" }
        let beside = name + " — " + meaning
        if TerminalText.columns(beside) <= width { return beside + "\n" }
        return name + "\n" + wrapped(meaning, indent: "    ", continuation: "    ")
    }

    /// The governance line, broken after its ";" when it does not fit on one line.
    private func governance() -> String {
        let line = "  " + content.governanceLine
        if TerminalText.columns(line) <= width { return line + "\n" }
        return content.governanceParts.enumerated().map { index, part in
            wrapped(index < content.governanceParts.count - 1 ? part + ";" : part)
        }.joined()
    }

    /// `text` in lines that fit, each ending in a line break.
    private func wrapped(_ text: String, indent: String = "  ", continuation: String? = nil) -> String {
        TerminalText.wrapped(text, width: width, indent: indent, continuation: continuation ?? indent)
            .map { $0 + "\n" }.joined()
    }
}
