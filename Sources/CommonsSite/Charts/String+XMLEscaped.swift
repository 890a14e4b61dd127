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
        // Most text (every URL of the sitemap) has nothing to change: returned as it is.
        // 0xEF leads U+FFFE and U+FFFF in UTF-8; a byte below 0x20 is a control character.
        let clean = utf8.allSatisfy { byte in
            byte >= 0x20 && byte != 0x26 && byte != 0x3C && byte != 0x3E && byte != 0x22 && byte != 0x27 && byte != 0xEF
        }
        if clean { return self }
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
