extension ChangeReport {
    /// For a pull-request comment: the summary, the commons' figures that moved, the
    /// health goals and the decisions; everything else folded in a <details> section.
    func markdown() -> String {
        var out = "### What this change does to the commons\n\n"
        if change.isEmpty {
            return out + ([nothingChanged] + notes).map(escaped).joined(separator: " ") + "\n"
        }
        out += escaped(comparedWith) + ": " + summary.map { "**\($0)**" }.joined(separator: " · ") + "\n\n"
        if !change.figures.isEmpty {
            out += "| | before | after |\n|---|--:|--:|\n"
            out += change.figures.map { "| \($0.figure.rawValue) | \($0.figure.words($0.before)) | \($0.figure.words($0.after)) |\n" }.joined()
            out += "\n"
        }
        if !health.isEmpty {
            out += "**Health goals**\n\n" + health.map { "- \($0.isMet == false ? "⚠️" : "✅") \(escaped($0.phrase))\n" }.joined() + "\n"
        }
        if !decisions.isEmpty {
            out += "**Decisions**\n\n" + decisions.map { "- \(escaped($0.decisionPhrase))\n" }.joined() + "\n"
        }
        let rest = sections(limit: 15)
        if !rest.isEmpty {
            let titles = rest.map { "\($0.title.lowercased()) (\($0.lines.count))" }.joined(separator: ", ")
            out += "<details><summary>More: \(titles)</summary>\n\n"
            for section in rest {
                out += "**\(section.title)**\n\n" + section.lines.map { "- \(escaped($0))\n" }.joined() + "\n"
            }
            out += "</details>\n\n"
        }
        out += notes.map { "_\(escaped($0))_\n" }.joined()
        return out
    }

    private func escaped(_ text: String) -> String { MarkdownReport.escaped(text) }
}
