import CommonsSupport

/// The outer `<svg>` every chart shares: an image with an accessible name and description,
/// sized so its text is drawn at its own size at every width, and the page's font and
/// colours.
///
/// A chart scaled with a viewBox scales its text too: text readable on a desktop becomes
/// 9 px on a phone. So a chart either stretches without scaling (`fluid`: x positions are
/// percentages of the width, heights are CSS pixels, text is always `ChartText.size`), or
/// is drawn at the size it is shown (`fixed`, for the Lorenz curve, which must stay square).
/// The sizes are inline styles so a theme's stylesheet cannot undo them by accident.
struct SVGDocument {
    enum Sizing {
        /// As wide as its container, less a `gutter` on the left where the value axis's
        /// labels are drawn (at negative x, outside the plot), at most `widest` pixels wide.
        case fluid(gutter: Double, widest: Double? = nil)
        /// Exactly `width` pixels wide, shrinking only in a column narrower than that.
        case fixed(width: Double)
    }

    var id: String
    var title: String
    var description: String
    var sizing: Sizing
    var height: Double
    /// The drawing, already SVG; parts are written one per line so a diff of two builds
    /// shows which part changed.
    var parts: [String]

    func render() -> String {
        let id = Self.elementID(id)
        let size: String
        switch sizing {
        case .fluid(let gutter, let widest):
            let width = gutter > 0 ? "margin-left:\(gutter.coordinate)px;width:calc(100% - \(gutter.coordinate)px)" : "width:100%"
            let cap = widest.map { ";max-width:\($0.coordinate)px" } ?? ""
            size = " width=\"100%\" height=\"\(height.coordinate)\" style=\"display:block;overflow:visible;\(width)\(cap);height:\(height.coordinate)px\""
        case .fixed(let width):
            size = " viewBox=\"0 0 \(width.coordinate) \(height.coordinate)\" width=\"\(width.coordinate)\" height=\"\(height.coordinate)\""
                + " style=\"display:block;width:\(width.coordinate)px;max-width:100%;height:auto\""
        }
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\"" + size + " role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\""
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

/// Text sizes in CSS pixels, which is what they are at every width (see `SVGDocument`).
enum ChartText {
    static let size = 14.0
    static let small = 13.0
}

/// The page column the charts are laid out for when they decide what fits — which month
/// labels, how much of a long name: the narrowest, a 320 px screen less the page's 1rem
/// margins. Wider columns have more room between the same labels.
enum ChartColumn {
    static let narrowest = 288.0
}

extension Double {
    /// A fraction of the chart's width as an SVG percentage: "12.5%". Two decimals are a
    /// tenth of a pixel in a column under 1,000 px.
    var percentOfWidth: String { (self * 100).fixed(2, trimmed: true) + "%" }
}
