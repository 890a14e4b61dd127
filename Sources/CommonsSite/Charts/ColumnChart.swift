/// A monthly series as columns: one column per label (a month such as "2026-03", or any
/// other category), a value axis with a few round ticks, and a tooltip on each column.
///
/// Built ahead of time as an SVG string, to be placed inline in a page (inline, so it
/// inherits the page's font, text colour and `--chart-*` colours; see `ChartPaint`).
public struct ColumnChart: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var labels: [String]
    public var values: [Double]
    public var unit: String
    public var valueTexts: [String]?
    /// Whether the last column is a month not over yet: drawn as an outline with "so far"
    /// above it, so that it does not read as a collapse.
    public var lastIsSoFar: Bool

    /// - Parameters:
    ///   - id: unique on the page; the chart's `<title>` and `<desc>` get the ids
    ///     `<id>-title` and `<id>-desc` (characters other than ASCII letters, digits, `-`
    ///     and `_` become `-`).
    ///   - title: the accessible name, e.g. "Contributions per month".
    ///   - description: what a reader who cannot see the chart should know.
    ///   - labels: one per value; `YYYY-MM` labels get a calendar axis. Missing labels are
    ///     empty, extra ones ignored.
    ///   - values: one column each, in order; negative or non-finite values are drawn as 0.
    ///   - unit: written above the value axis and in tooltips ("2026-03: 14 contributions").
    ///   - valueTexts: the tooltip's value text per column instead of "14 contributions",
    ///     for the renderer's own wording (singulars, thousands separators).
    ///   - lastIsSoFar: the last column is an unfinished month.
    public init(id: String, title: String, description: String, labels: [String], values: [Double],
                unit: String, valueTexts: [String]? = nil, lastIsSoFar: Bool = false) {
        self.id = id
        self.title = title
        self.description = description
        self.labels = labels
        self.values = values
        self.unit = unit
        self.valueTexts = valueTexts
        self.lastIsSoFar = lastIsSoFar
    }

    public func svg() -> String {
        let drawing = Drawing(self)
        return SVGDocument(id: id, title: title, description: description,
                           sizing: .fluid(gutter: drawing.gutter, widest: drawing.widest),
                           height: Drawing.height, parts: drawing.parts).render()
    }
}
