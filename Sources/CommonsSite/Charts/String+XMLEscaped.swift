extension String {
    /// The text made safe for SVG content and attribute values.
    ///
    /// Labels come from contributors' files, so besides the five markup characters this
    /// drops what XML 1.0 cannot carry at all (C0 controls other than tab and line ends,
    /// U+FFFE, U+FFFF): one stray control character would otherwise make the page's SVG
    /// unparseable. Tabs and line ends become spaces, since every chart text is one line,
    /// unless `keepingLineEnds`.
    var xmlEscaped: String { xmlEscaped(keepingLineEnds: false) }

    func xmlEscaped(keepingLineEnds: Bool) -> String {
        var escaped = ""
        escaped.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\t", "\n", "\r":
                if keepingLineEnds { escaped.unicodeScalars.append(scalar) } else { escaped += " " }
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
