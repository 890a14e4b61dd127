/// Columns padded to line up in a terminal: text to the left, numbers to the right. A
/// table too wide for the terminal becomes one block per row instead.
struct TextTable {
    enum Alignment { case left, right }

    let columns: [(title: String, alignment: Alignment)]
    var rows: [[String]] = []
    /// The columns that name a row in block form, joined by " · " on the block's first line.
    var heading: [Int] = [0]
    /// How many `title  value` pairs a block puts side by side on a line when they fit: 1 or 2.
    var blockColumns = 1

    init(_ columns: [(title: String, alignment: Alignment)]) {
        self.columns = columns
    }

    /// The header and the rows, each line indented, columns two spaces apart, no
    /// trailing spaces.
    func render(indent: String = "  ") -> String {
        let lines = [columns.map(\.title)] + rows
        let widths = columns.indices.map { column in lines.map { TerminalText.columns($0[column]) }.max() ?? 0 }
        return lines.map { cells in
            let padded = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - TerminalText.columns(cell))
                return columns[column].alignment == .left ? cell + padding : padding + cell
            }
            return trimmed(indent + padded.joined(separator: "  "))
        }.joined(separator: "\n")
    }

    /// The table when every line fits in `width` columns, else `blocks`.
    func render(fitting width: Int, indent: String = "  ") -> String {
        let table = render(indent: indent)
        let fits = table.split(separator: "\n").allSatisfy { TerminalText.columns($0) <= width }
        return fits ? table : blocks(fitting: width, indent: indent)
    }

    /// One block per row, blocks a blank line apart: the heading cells on the first line,
    /// then every other column as `title  value`, indented two more spaces — in
    /// `blockColumns` columns when every block's lines then fit in `width`, else one a line.
    func blocks(fitting width: Int, indent: String = "  ") -> String {
        let fields = columns.indices.filter { !heading.contains($0) }
        let inner = indent + "  "
        var chosen = rows.map(BlockLayout(self, groups: [fields]).lines(indent: inner))
        if blockColumns == 2 && fields.count > 1 {
            let split = (fields.count + 1) / 2
            let paired = rows.map(BlockLayout(self, groups: [Array(fields[..<split]), Array(fields[split...])]).lines(indent: inner))
            if paired.joined().allSatisfy({ TerminalText.columns($0) <= width }) { chosen = paired }
        }
        return rows.indices.map { index in
            let name = heading.map { rows[index][$0] }.filter { !$0.isEmpty }.joined(separator: " · ")
            let headingLines = TerminalText.wrapped(name, width: width, indent: indent, continuation: indent)
            return (headingLines + chosen[index]).joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// Groups of fields side by side, titles and values lined up across every row so
    /// that all blocks share one layout.
    private struct BlockLayout {
        let table: TextTable
        let groups: [[Int]]
        let titleWidths: [Int]
        let valueWidths: [Int]

        init(_ table: TextTable, groups: [[Int]]) {
            self.table = table
            self.groups = groups
            titleWidths = groups.map { group in group.map { TerminalText.columns(table.columns[$0].title) }.max() ?? 0 }
            valueWidths = groups.map { group in
                group.flatMap { column in table.rows.map { TerminalText.columns($0[column]) } }.max() ?? 0
            }
        }

        /// A row's fields as `title  value` lines.
        func lines(indent: String) -> ([String]) -> [String] {
            { row in
                let height = groups.map(\.count).max() ?? 0
                return (0..<height).map { line in
                    let parts = groups.indices.map { g -> String in
                        guard line < groups[g].count else {
                            return String(repeating: " ", count: titleWidths[g] + 2 + valueWidths[g])
                        }
                        let column = groups[g][line]
                        return padded(table.columns[column].title, to: titleWidths[g]) + "  "
                            + padded(row[column], to: valueWidths[g])
                    }
                    return trimmed(indent + parts.joined(separator: "    "))
                }
            }
        }
    }

}

private func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - TerminalText.columns(text)))
}

private func trimmed(_ line: String) -> String {
    String(line.reversed().drop(while: { $0 == " " }).reversed())
}
