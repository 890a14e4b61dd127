import CommonsSupport
import Testing

@Suite struct MarkupEscapingTests {
    @Test(arguments: [Markup.html, .xml])
    func theFiveMarkupCharactersBecomeEntities(markup: Markup) {
        #expect("<a href=\"x\">Tom & Jerry's</a>".escaped(as: markup)
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect("&&".escaped(as: markup) == "&amp;&amp;")
    }

    @Test(arguments: [Markup.html, .xml])
    func otherTextIsLeftAlone(markup: Markup) {
        for text in ["Tomás Lindqvist — 東京", "Zoë 李小龍 🌱", "", "\u{FFFD}\u{FFFC}"] {
            #expect(text.escaped(as: markup) == text)
        }
    }

    /// A quote followed by a combining mark is one Character; it is still a quote to a
    /// browser or an XML parser.
    @Test(arguments: [Markup.html, .xml])
    func aQuoteWithACombiningMarkIsStillEscaped(markup: Markup) {
        let mark = "\u{338}"
        #expect(("x\"" + mark + " onmouseover=alert(1)").escaped(as: markup) == "x&quot;" + mark + " onmouseover=alert(1)")
        #expect(("<" + mark + "script>").escaped(as: markup) == "&lt;" + mark + "script&gt;")
    }

    @Test func xmlDropsWhatItCannotCarry() {
        #expect("a\u{0}b\u{1B}c\u{FFFF}d\u{FFFE}<".escaped(as: .xml) == "abcd&lt;")
        #expect("a\u{1B}b\u{FFFF}".escaped(as: .html) == "a\u{1B}b\u{FFFF}")
    }

    @Test func lineEndsAreKeptOrBecomeSpaces() {
        let text = "two\nlines\r\tand tab <"
        #expect(text.escaped(as: .xml) == "two\nlines\r\tand tab &lt;")
        #expect(text.escaped(as: .xml, lineEnds: .spaces) == "two lines  and tab &lt;")
        #expect(text.escaped(as: .html) == "two\nlines\r\tand tab &lt;")
        #expect(text.escaped(as: .html, lineEnds: .spaces) == "two lines  and tab &lt;")
    }
}

/// Escaping reads eight bytes at a time: every kind of byte, at every place in texts of
/// every length around a word, is escaped as one character at a time would.
@Suite struct MarkupEscapingByWordTests {
    static let pieces = ["a", " ", "=", "?", "%", "\"", "&", "'", "<", ">", "\t", "\n", "\r", "\u{0}", "\u{1F}",
                         "\u{7F}", "é", "\u{338}", "ｅ", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "🌱"]

    @Test(arguments: [Markup.html, .xml], [LineEnds.kept, .spaces])
    func matchesEscapingOneCharacterAtATime(markup: Markup, lineEnds: LineEnds) {
        for length in 0...34 {
            for piece in Self.pieces {
                for place in Swift.max(0, length - 9)...length where place == 0 || place >= length - 9 || place % 7 == 0 {
                    let text = String(repeating: "x", count: place) + piece + String(repeating: "y", count: length - place)
                    #expect(text.escaped(as: markup, lineEnds: lineEnds) == Self.reference(text, markup, lineEnds),
                            "\(Array(text.utf8))")
                }
            }
        }
        let mixed = Self.pieces.joined() + Self.pieces.reversed().joined(separator: "word")
        #expect(mixed.escaped(as: markup, lineEnds: lineEnds) == Self.reference(mixed, markup, lineEnds))
    }

    static func reference(_ text: String, _ markup: Markup, _ lineEnds: LineEnds) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\t", "\n", "\r": escaped += lineEnds == .spaces ? " " : String(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": if markup == .html { escaped.unicodeScalars.append(scalar) }
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
