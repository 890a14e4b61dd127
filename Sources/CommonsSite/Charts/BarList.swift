/// Categories as horizontal bars, one row each: the label on a line of its own with the bar
/// under it and the value at the bar's end — work by kind, compensation shares, who carries
/// a project. Labels get the full width, so long names and project titles stay readable on
/// a phone. Rows are drawn in the order given.
///
/// Built ahead of time as an SVG string, to be placed inline in a page (see `ChartPaint`
/// for the colours it takes from the page).
public struct BarList: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var labels: [String]
    public var values: [Double]
    public var valueTexts: [String]?

    /// - Parameters:
    ///   - id: unique on the page; the chart's `<title>` and `<desc>` get the ids
    ///     `<id>-title` and `<id>-desc`.
    ///   - title: the accessible name, e.g. "Work by kind".
    ///   - description: what a reader who cannot see the chart should know.
    ///   - labels: one per value; missing labels are empty, extra ones ignored.
    ///   - values: bar lengths, the largest spanning the width; negative or non-finite
    ///     values are drawn as 0.
    ///   - valueTexts: what to write at each bar's end ("42 %", "1,204 h") instead of the
    ///     plain number.
    public init(id: String, title: String, description: String, labels: [String], values: [Double],
                valueTexts: [String]? = nil) {
        self.id = id
        self.title = title
        self.description = description
        self.labels = labels
        self.values = values
        self.valueTexts = valueTexts
    }

    public func svg() -> String {
        let drawing = Drawing(self)
        return SVGDocument(id: id, title: title, description: description,
                           sizing: .fluid(gutter: 0, widest: Drawing.widest), height: drawing.height,
                           parts: drawing.parts).render()
    }
}
