/// How `check`, `report` and `build` print diagnostics: for people, for tools,
/// and as GitHub Actions annotations.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    case text, json, github

    /// `folder` is the content folder as the user named it; GitHub needs paths
    /// from the repository root, so annotations are prefixed with it. Text shows the
    /// line each diagnostic points at, with a caret under its column, read from there.
    ///
    /// Text and annotations put causes first: each unreadable file that others depend
    /// on, its own problems, then one folded note for every problem that follows from it,
    /// then the rest. JSON keeps every diagnostic, the followers with `caused_by`.
    public func render(_ diagnostics: [Diagnostic], folder: String) -> String {
        render(diagnostics, excerpts: SourceExcerpts(folder: folder))
    }

    func render(_ diagnostics: [Diagnostic], excerpts: SourceExcerpts) -> String {
        let folder = excerpts.folder
        switch self {
        case .text:
            // Files are read only for the diagnostics printed, each file once.
            var excerpts = excerpts
            var text = ""
            for line in CausesFirst(diagnostics).lines {
                switch line {
                case .diagnostic(let d): text += d.description + "\n" + excerpts.lines(for: d)
                case .folded(let cause, let count, let files): text += "\(cause): note: \(CausesFirst.folded(cause, count, files))\n"
                }
            }
            return text
        case .json:
            let items = diagnostics.map { d in
                "  {\"path\": \(jsonString(d.path)), \"line\": \(d.line), \"column\": \(d.column), "
                    + "\"severity\": \"\(d.severity.rawValue)\", \"message\": \(jsonString(d.message))"
                    + (d.causedBy.map { ", \"caused_by\": \(jsonString($0))" } ?? "") + "}"
            }
            return items.isEmpty ? "[]\n" : "[\n" + items.joined(separator: ",\n") + "\n]\n"
        case .github:
            let prefix = folder == "." ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
            return CausesFirst(diagnostics).lines.map { line in
                switch line {
                case .diagnostic(let d):
                    var place = "file=\(escapeProperty(prefix + d.path))"
                    if d.line > 0 { place += ",line=\(d.line),col=\(max(1, d.column))" }
                    return "::\(d.severity.rawValue) \(place)::\(escapeData(d.message))\n"
                case .folded(let cause, let count, let files):
                    return "::notice file=\(escapeProperty(prefix + cause))::\(escapeData(CausesFirst.folded(cause, count, files)))\n"
                }
            }.joined()
        }
    }

    /// "2 errors, 1 warning" — the closing line people read first.
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.errors.count
        let warnings = diagnostics.count - errors
        return "\(Phrase.counted(errors, "error")), \(Phrase.counted(warnings, "warning"))"
    }

    private func escapeData(_ s: String) -> String {
        s.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
    }

    private func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}

/// Diagnostics in the order people should fix them: every file whose failure causes
/// problems elsewhere, with its own diagnostics and one line standing for all that
/// follow from it; then every other diagnostic, in the order given.
struct CausesFirst {
    enum Line: Equatable {
        case diagnostic(Diagnostic)
        /// `count` diagnostics in `files` files follow from `cause`.
        case folded(cause: String, count: Int, files: Int)
    }

    let lines: [Line]

    init(_ diagnostics: [Diagnostic]) {
        let causes = Set(diagnostics.compactMap(\.causedBy))
        guard !causes.isEmpty else {
            lines = diagnostics.map(Line.diagnostic)
            return
        }
        var lines: [Line] = []
        for cause in causes.sorted() {
            lines += diagnostics.filter { $0.path == cause && $0.causedBy == nil }.map(Line.diagnostic)
            let followers = diagnostics.filter { $0.causedBy == cause }
            lines.append(.folded(cause: cause, count: followers.count, files: Set(followers.map(\.path)).count))
        }
        lines += diagnostics.filter { $0.causedBy == nil && !causes.contains($0.path) }.map(Line.diagnostic)
        self.lines = lines
    }

    /// "… and 28 more problems in 9 files that follow from projects/x.md (fix it first)"
    static func folded(_ cause: String, _ count: Int, _ files: Int) -> String {
        "… and \(Phrase.counted(count, "more problem")) in \(Phrase.counted(files, "file")) that follow\(count == 1 ? "s" : "") from \(cause) (fix it first)"
    }
}

/// A JSON string literal.
public func jsonString(_ s: String) -> String {
    var out = ""
    appendJSONString(s, to: &out)
    return out
}

/// `jsonString(s)` appended to `out`: a report of a big commons writes hundreds of
/// thousands of strings, most with nothing to escape, which are copied whole.
public func appendJSONString(_ s: String, to out: inout String) {
    out += "\""
    defer { out += "\"" }
    if s.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
        out += s
        return
    }
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20:
            let hex = String(scalar.value, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(scalar)
        }
    }
}

extension String {
    /// Every `target` character replaced by `replacement` (GitHub's %-escapes).
    func replacingAll(_ target: Character, _ replacement: String) -> String {
        guard contains(target) else { return self }
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
