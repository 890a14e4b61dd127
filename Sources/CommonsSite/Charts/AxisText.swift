/// Text and marks placed along a fluid chart's width (see `SVGDocument.Sizing.fluid`).
enum AxisText {
    /// The `x` and `text-anchor` of a label centred under a point `centre` (a fraction of
    /// the plot's width), as attributes with a leading space. A label that would run past
    /// the plot's right edge in the narrowest column ends at that edge instead; at the left
    /// there is the value axis's gutter to run into.
    static func place(_ text: String, centre: Double, plotWidth: Double) -> String {
        let half = estimatedWidth(text, fontSize: ChartText.small) / 2
        if centre * plotWidth + half > plotWidth {
            return " x=\"100%\" text-anchor=\"end\""
        }
        return " x=\"\(centre.percentOfWidth)\" text-anchor=\"middle\""
    }

    /// A short mark down from the axis at `y`, under a labelled point.
    static func tick(at centre: Double, from y: Double) -> String {
        let x = centre.percentOfWidth
        return "<line x1=\"\(x)\" x2=\"\(x)\" y1=\"\(y.coordinate)\" y2=\"\((y + 4).coordinate)\"/>"
    }
}

/// A line across a fluid chart's whole plot at a height in pixels: a grid level, an axis,
/// a goal. (A `<path>` cannot say "the full width", a `<line>` with `x2="100%"` can.)
enum HorizontalRule {
    static func line(at y: Double, extra: String = "") -> String {
        "<line x1=\"0\" x2=\"100%\" y1=\"\(y.coordinate)\" y2=\"\(y.coordinate)\"\(extra)/>"
    }
}

extension Double {
    /// Rounded to what `percentOfWidth` writes, so geometry in code and in the SVG agree.
    var roundedToPercentHundredths: Double { (self * 10_000).rounded() / 10_000 }
}
