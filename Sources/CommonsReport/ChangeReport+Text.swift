extension ChangeReport {
    /// For a terminal: the summary, then each part, the biggest first.
    func text() -> String {
        func wrapped(_ text: String, indent: String = "  ") -> String {
            TerminalText.wrapped(text, indent: indent, continuation: indent + "  ").map { $0 + "\n" }.joined()
        }
        var out = ""
        if change.isEmpty {
            out += wrapped(nothingChanged, indent: "")
            return out + notes.map { wrapped($0, indent: "") }.joined()
        }
        out += wrapped(comparedWith + ": " + summary.joined(separator: ", ") + ".", indent: "")
        out += notes.map { wrapped($0, indent: "") }.joined()
        if !change.figures.isEmpty {
            out += "\nThe commons\n"
            var table = TextTable([("figure", .left), ("before", .right), ("after", .right)])
            table.rows = change.figures.map { [$0.figure.rawValue, $0.figure.words($0.before), $0.figure.words($0.after)] }
            out += table.render(fitting: TerminalText.width) + "\n"
        }
        if !health.isEmpty {
            out += "\nHealth goals\n" + health.map { wrapped($0.phrase) }.joined()
        }
        if !decisions.isEmpty {
            out += "\nDecisions\n" + decisions.map { wrapped($0.decisionPhrase) }.joined()
        }
        for section in sections(limit: 40) {
            out += "\n\(section.title)\n" + section.lines.map { wrapped($0) }.joined()
        }
        return out
    }
}
