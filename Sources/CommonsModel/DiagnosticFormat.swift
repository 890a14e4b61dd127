/// How `check`, `report` and `build` print diagnostics: for people, for tools,
/// and as GitHub Actions annotations.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    case text, json, github

    /// `folder` is the content folder as the user named it; GitHub needs paths
    /// from the repository root, so annotations are prefixed with it.
    public func render(_ diagnostics: [Diagnostic], folder: String) -> String {
        switch self {
        case .text:
            return diagnostics.map { $0.description + "\n" }.joined()
        case .json:
            let items = diagnostics.map { d in
                "  {\"path\": \(jsonString(d.path)), \"line\": \(d.line), \"column\": \(d.column), "
                    + "\"severity\": \"\(d.severity.rawValue)\", \"message\": \(jsonString(d.message))}"
            }
            return items.isEmpty ? "[]\n" : "[\n" + items.joined(separator: ",\n") + "\n]\n"
        case .github:
            let prefix = folder == "." ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
            return diagnostics.map { d in
                var place = "file=\(escapeProperty(prefix + d.path))"
                if d.line > 0 { place += ",line=\(d.line),col=\(max(1, d.column))" }
                return "::\(d.severity.rawValue) \(place)::\(escapeData(d.message))\n"
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

/// A JSON string literal.
public func jsonString(_ s: String) -> String {
    var out = "\""
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
    return out + "\""
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
