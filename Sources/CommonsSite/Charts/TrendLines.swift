/// A few figures over the same months as small line charts stacked one above another,
/// sharing one calendar axis: whether things are getting better at a glance.
///
/// The last point may be "so far" — the as-of day inside an unfinished month — and is
/// then drawn as a ring on a dashed segment rather than a dot on a solid line, so a
/// month that is not over does not read as a collapse.
public struct TrendLines: Sendable {
    public struct Line: Hashable, Sendable {
        public var title: String
        /// nil where there is nothing to draw yet (before a project's first work).
        public var values: [Double?]
        /// Each point's value as the tooltip writes it ("4 people", "81.2 %").
        public var valueTexts: [String]
        /// Whether the values are whole numbers (counts), so the axis needs no fractions.
        public var wholeNumbers: Bool
        /// The commons' goal for the figure, drawn as a dashed level with its words.
        public var goal: Double?
        public var goalText: String?

        public init(title: String, values: [Double?], valueTexts: [String], wholeNumbers: Bool,
                    goal: Double? = nil, goalText: String? = nil) {
            self.title = title
            self.values = values
            self.valueTexts = valueTexts
            self.wholeNumbers = wholeNumbers
            self.goal = goal
            self.goalText = goalText
        }
    }

    public var id: String
    public var title: String
    public var description: String
    /// One per point, `YYYY-MM`, for the shared calendar axis.
    public var months: [String]
    public var lines: [Line]
    public var lastIsSoFar: Bool

    public init(id: String, title: String, description: String, months: [String], lines: [Line], lastIsSoFar: Bool) {
        self.id = id
        self.title = title
        self.description = description
        self.months = months
        self.lines = lines
        self.lastIsSoFar = lastIsSoFar
    }

    public func svg() -> String {
        let drawing = Drawing(self)
        return SVGDocument(id: id, title: title, description: description,
                           sizing: .fluid(gutter: drawing.gutter), height: drawing.height, parts: drawing.parts).render()
    }
}
