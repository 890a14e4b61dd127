import CommonsSupport

/// The outer `<svg>` every chart shares: an image with an accessible name and description,
/// a viewBox that scales to the width of its container, and the page's font and colours.
struct SVGDocument {
    var id: String
    var title: String
    var description: String
    var width: Double
    var height: Double
    /// The drawing, already SVG; parts are written one per line so a diff of two builds
    /// shows which part changed.
    var parts: [String]

    func render() -> String {
        let id = Self.elementID(id)
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width.coordinate) \(height.coordinate)\""
                + " width=\"100%\" role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\""
                + " font-size=\"\(ChartText.size.coordinate)\" fill=\"currentColor\">",
            "<title id=\"\(id)-title\">\(title.escaped(as: .xml, lineEnds: .spaces))</title><desc id=\"\(id)-desc\">\(description.escaped(as: .xml, lineEnds: .spaces))</desc>",
        ]
        lines += parts
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The id made safe for an HTML id and an `aria-labelledby` list: ASCII letters, digits,
    /// `-` and `_` only, anything else replaced by `-`.
    static func elementID(_ id: String) -> String {
        let safe = String(id.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": return Character(scalar)
            default: return "-"
            }
        })
        return safe.isEmpty ? "chart" : safe
    }
}

/// Text sizes in viewBox units. The viewBoxes are 480 wide — not wider, because the whole
/// drawing shrinks on a phone: in a 330 px column 14 becomes about 9.6 px and 13 about
/// 9 px, the least that stays readable. On a desktop the page caps the width.
enum ChartText {
    static let size = 14.0
    static let small = 13.0
}
