/// The YAML slips people make most, said as what to do about them.
///
/// libyaml names its own states ("mapping values are not allowed in this context",
/// "found character that cannot start any token"), and reports a quote that is never
/// closed where the front matter ends. Each slip here recognises one such error by
/// libyaml's words and the text at its place, moves the place to the cause, and says
/// the fix, with the line rewritten where it can. An error none of them recognises
/// keeps libyaml's words.
enum YAMLSlip {
    /// The error in plain words, or `error` itself when it is not a known slip.
    /// `lineOffset` is the file's line number of the YAML's first line, minus one.
    static func explain(_ error: YAMLError, in yaml: String, lineOffset: Int) -> YAMLError {
        guard let problem = error.problem else { return error }
        let text = Text(yaml)
        return tab(error.mark, problem, text)
            ?? unclosedQuote(problem, error.context, text)
            ?? quoteClosedElsewhere(error.mark, problem, text, lineOffset: lineOffset)
            ?? indentedField(error.mark, problem, text)
            ?? colonInValue(error.mark, problem, text)
            ?? error
    }

    /// A tab in a line's indentation: YAML indents with spaces only.
    static func tab(_ mark: YAMLNode.Mark, _ problem: String, _ text: Text) -> YAMLError? {
        guard let line = text.line(mark.line) else { return nil }
        let indentation = line.prefix { $0 == " " || $0 == "\t" }
        guard let tab = indentation.firstIndex(of: "\t"),
              mark.column - 1 <= indentation.count || problem.contains("tab") else { return nil }
        return YAMLError(message: "a tab is used to indent this line; indent with spaces instead (YAML does not allow tabs for indentation)",
                         mark: YAMLNode.Mark(line: mark.line, column: tab + 1))
    }

    /// A quote that runs to the end of the front matter, reported where it opens.
    static func unclosedQuote(_ problem: String, _ context: (words: String, mark: YAMLNode.Mark)?, _ text: Text) -> YAMLError? {
        guard problem == "found unexpected end of stream", let context, context.words == "while scanning a quoted scalar",
              let line = text.line(context.mark.line), context.mark.column - 1 < line.count else { return nil }
        let opening = context.mark.column - 1
        let quote = line[opening]
        var message = "the quote \(quote) that opens here is never closed; end the value with \(quote)"
        if let lead = Text.lead(of: line, before: opening) {
            let value = Text.string(line[(opening + 1)...]).trimmingTrailingSpaces()
            message += ", like \(lead)\(quote)\(value)\(quote)"
        }
        return YAMLError(message: message, mark: context.mark)
    }

    /// libyaml stops just after a closing quote: either a quote inside the value ended
    /// it early (`title: 'Amara's notes'`), or a quote left open on an earlier line was
    /// closed by the next value's opening quote.
    static func quoteClosedElsewhere(_ mark: YAMLNode.Mark, _ problem: String, _ text: Text, lineOffset: Int) -> YAMLError? {
        guard problem.hasPrefix("did not find expected"), let line = text.line(mark.line) else { return nil }
        var closing = min(mark.column - 1, line.count) - 1
        while closing >= 0 && line[closing] == " " { closing -= 1 }
        guard closing >= 0, line[closing] == "\"" || line[closing] == "'" else { return nil }
        let quote = line[closing]
        guard let opening = text.opening(of: quote, before: (mark.line, closing)),
              let openingLine = text.line(opening.line), Text.startsAValue(openingLine, at: opening.index) else { return nil }
        if opening.line < mark.line {
            var message = "the quote \(quote) that opens here is never closed on its line, so the value runs on to the \(quote) on line \(mark.line + lineOffset); end the value with \(quote)"
            if let lead = Text.lead(of: openingLine, before: opening.index) {
                let value = Text.string(openingLine[(opening.index + 1)...]).trimmingTrailingSpaces()
                message += ", like \(lead)\(quote)\(value)\(quote)"
            }
            return YAMLError(message: message, mark: YAMLNode.Mark(line: opening.line, column: opening.index + 1))
        }
        // The value as meant: from the opening quote to the line's last quote (or its end).
        var end = line.count
        while end > closing + 1 && line[end - 1] == " " { end -= 1 }
        let meant = Text.string(line[(opening.index + 1)..<(line[end - 1] == quote && end - 1 > closing ? end - 1 : end)])
        let other: Unicode.Scalar = quote == "'" ? "\"" : "'"
        var message = "this \(quote) ends the quoted value early; to keep \(quote) in the value, put the value in \(other) quotes instead"
        if let lead = Text.lead(of: line, before: opening.index) {
            message += ", like \(lead)\(Text.quoted(meant))"
        }
        return YAMLError(message: message, mark: YAMLNode.Mark(line: mark.line, column: closing + 1))
    }

    /// ` project: maps` under `contributor: amara`: a field indented by a slip reads as
    /// more of the value above, and libyaml stops at its colon. Only a field name of the
    /// format counts, so that a value going on over lines with a colon in it (`  things:
    /// kettles`) still gets the advice to quote it.
    static func indentedField(_ mark: YAMLNode.Mark, _ problem: String, _ text: Text) -> YAMLError? {
        guard problem == "mapping values are not allowed in this context", mark.line > 1,
              let line = text.line(mark.line), let previous = text.line(mark.line - 1) else { return nil }
        let indent = line.prefix { $0 == " " }.count
        guard indent > 0, previous.first.map({ $0 != " " && $0 != "-" }) == true,
              let field = Text.field(in: line), let above = Text.field(in: previous),
              knownFields.contains(field.key) else { return nil }
        let spaces = indent == 1 ? "the space" : "the \(indent) spaces"
        return YAMLError(message: "this line is indented, so '\(field.key):' reads as more of the '\(above.key)' value above; remove \(spaces) before '\(field.key)'",
                         mark: YAMLNode.Mark(line: mark.line, column: 1))
    }

    /// Every field name of every kind of file.
    static let knownFields = Set(ContributionFile.fields + ContributorFile.fields + PageFile.fields
                                 + ProjectFile.fields + ProposalFile.fields + SettingsFile.fields)

    /// `title: Repair: kettles`: the second `: ` would start a field inside a value.
    static func colonInValue(_ mark: YAMLNode.Mark, _ problem: String, _ text: Text) -> YAMLError? {
        guard problem == "mapping values are not allowed in this context", let line = text.line(mark.line) else { return nil }
        guard let field = Text.field(in: line), field.valueStart <= mark.column - 1 else {
            return YAMLError(message: "a ': ' here would start a new field; if it belongs to the text, put the whole value in quotes",
                             mark: mark)
        }
        let value = Text.string(line[field.valueStart...]).trimmingTrailingSpaces()
        let lead = Text.lead(of: line, before: field.valueStart) ?? field.key + ": "
        return YAMLError(message: "a value containing ': ' must be in quotes; write \(lead)\(Text.quoted(value))",
                         mark: mark)
    }

    /// The front matter as lines of Unicode scalars: libyaml counts columns in scalars.
    struct Text {
        let lines: [[Unicode.Scalar]]

        init(_ yaml: String) {
            lines = yaml.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.last == "\r" ? Array(line.dropLast()) : Array(line)
            }
        }

        /// Line `number` (1-based), if there is one.
        func line(_ number: Int) -> [Unicode.Scalar]? {
            number >= 1 && number <= lines.count ? lines[number - 1] : nil
        }

        /// The quote that `quote` at (line, index) closes: the nearest one before it that
        /// is not escaped (`\"` in double quotes, `''` in single ones).
        func opening(of quote: Unicode.Scalar, before end: (line: Int, index: Int)) -> (line: Int, index: Int)? {
            var number = end.line
            var index = end.index - 1
            while number >= 1 {
                let line = lines[number - 1]
                while index >= 0 {
                    if line[index] == quote {
                        if quote == "'", index > 0, line[index - 1] == "'" { index -= 2; continue }
                        var backslashes = 0
                        while quote == "\"", index - backslashes - 1 >= 0, line[index - backslashes - 1] == "\\" { backslashes += 1 }
                        if backslashes % 2 == 0 { return (number, index) }
                    }
                    index -= 1
                }
                number -= 1
                index = number >= 1 ? lines[number - 1].count - 1 : -1
            }
            return nil
        }

        /// The text from (line, index) to the line's end, without trailing spaces.
        func rest(of start: (line: Int, index: Int)) -> String {
            guard let line = line(start.line), start.index < line.count else { return "" }
            return Text.string(line[start.index...]).trimmingTrailingSpaces()
        }

        /// Whether a value can start at `index`: after `key:`, `- `, `[`, `{` or `,`.
        static func startsAValue(_ line: [Unicode.Scalar], at index: Int) -> Bool {
            var before = index - 1
            while before >= 0 && line[before] == " " { before -= 1 }
            return before < 0 || [":", "-", "[", "{", ","].contains(line[before])
        }

        /// `key: value` on a line (after its indentation and any `- `): the key, and the
        /// index where the value starts.
        static func field(in line: [Unicode.Scalar]) -> (key: String, valueStart: Int)? {
            var start = 0
            while start < line.count && line[start] == " " { start += 1 }
            if start + 1 < line.count && line[start] == "-" && line[start + 1] == " " {
                start += 2
                while start < line.count && line[start] == " " { start += 1 }
            }
            guard let colon = line[start...].indices.first(where: {
                line[$0] == ":" && ($0 + 1 == line.count || line[$0 + 1] == " ")
            }), colon > start else { return nil }
            var valueStart = colon + 1
            while valueStart < line.count && line[valueStart] == " " { valueStart += 1 }
            guard valueStart < line.count else { return nil }
            return (string(line[start..<colon]), valueStart)
        }

        /// What comes before a value that starts at `index`, as a line of an example:
        /// `title: `, `- `, `- name: `; nil when the value does not start a line's field
        /// or list item.
        static func lead(of line: [Unicode.Scalar], before index: Int) -> String? {
            guard index <= line.count else { return nil }
            var start = 0
            while start < index && line[start] == " " { start += 1 }
            let lead = string(line[start..<index]).trimmingTrailingSpaces()
            guard lead == "-" || lead.hasSuffix(":") else { return nil }
            return lead + " "
        }

        static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            return text
        }

        /// `value` as YAML reads it back: in double quotes, or in single ones when it
        /// holds a double quote.
        static func quoted(_ value: String) -> String {
            if !value.contains("\"") {
                return "\"" + value.replacing("\\", with: "\\\\") + "\""
            }
            return "'" + value.replacing("'", with: "''") + "'"
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return String(self[..<end])
    }
}
