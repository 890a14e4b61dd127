import CommonsSupport

extension TrendLines {
    /// Where each panel, line and label goes, apart from the public value so tests can
    /// check the geometry without parsing SVG.
    struct Drawing {
        /// A panel: its title line, then the plot.
        static let titleHeight = 30.0
        static let plotHeight = 56.0
        static let gap = 16.0
        static let rowHeight = 16.0
        /// The lines are drawn in a plot this many units wide, stretched to the column's
        /// width (their strokes are not: `vector-effect`).
        static let lineUnits = 1000.0

        /// On each line (it is not inherited): its stroke and dashes are not stretched.
        static let unstretched = " vector-effect=\"non-scaling-stroke\""

        let chart: TrendLines
        /// Pixels left of the plot, for the value labels.
        let gutter: Double
        /// Each month's share of the plot's width.
        let step: Double
        /// The plot's width in pixels in the narrowest column: labels are chosen to fit it.
        let narrowestPlot: Double
        let axisLabels: ColumnAxisLabels

        init(_ chart: TrendLines) {
            self.chart = chart
            gutter = ((chart.lines.map { Self.ticks($0).widestLabel }.max() ?? 0) + 10).rounded(.up)
            step = 1 / Double(max(chart.months.count, 1))
            narrowestPlot = ChartColumn.narrowest - gutter
            axisLabels = ColumnAxisLabels(chart.months, columnWidth: narrowestPlot * step, fontSize: ChartText.small)
        }

        static func ticks(_ line: Line) -> RoundTicks {
            RoundTicks(maximum: (line.values.compactMap { $0 } + [line.goal ?? 0]).map(\.drawable).max() ?? 0,
                       wholeNumbers: line.wholeNumbers, maximumIntervals: 2)
        }

        var panelHeight: Double { Self.titleHeight + Self.plotHeight + Self.gap }
        var axisTop: Double { Double(chart.lines.count) * panelHeight - Self.gap }
        var height: Double { axisTop + Double(axisRows) * Self.rowHeight + 6 }
        /// The calendar's rows, and one more for "so far".
        var axisRows: Int { max(axisLabels.rows, 1) + (chart.lastIsSoFar ? 1 : 0) }

        /// The x of the point at `index` as a fraction of the plot's width: the middle of
        /// its month's slot.
        func x(_ index: Int) -> Double { ((Double(index) + 0.5) * step).roundedToPercentHundredths }

        /// Each panel's points as (index, x, y), x a fraction of the width and y in pixels
        /// from the panel's plot top, rounded as they are written; none where the value is nil.
        func points(_ panel: Int) -> [(index: Int, x: Double, y: Double)] {
            let line = chart.lines[panel]
            let ticks = Self.ticks(line)
            return line.values.enumerated().compactMap { index, value in
                value.map { (index, x(index), (Self.plotHeight - $0.drawable / ticks.top * Self.plotHeight).roundedToTenths) }
            }
        }

        var parts: [String] {
            chart.lines.indices.map(panel) + [axis]
        }

        private func panel(_ index: Int) -> String {
            let line = chart.lines[index]
            let ticks = Self.ticks(line)
            let top = Double(index) * panelHeight + Self.titleHeight
            let bottom = top + Self.plotHeight
            func y(_ value: Double) -> Double { bottom - value / ticks.top * Self.plotHeight }
            var out = "<text x=\"\((-gutter).coordinate)\" y=\"\((top - 12).coordinate)\" font-weight=\"600\">\(line.title.escaped(as: .xml, lineEnds: .spaces))</text>"
            // Faint levels at each tick, the zero line solid, tick values on the left.
            let levels = ticks.values.dropFirst().map { HorizontalRule.line(at: y($0)) }.joined()
            if !levels.isEmpty {
                out += "<g stroke=\"\(ChartPaint.grid)\" stroke-opacity=\"\(ChartPaint.gridOpacity)\">\(levels)</g>"
            }
            out += HorizontalRule.line(at: bottom, extra: " stroke=\"currentColor\"")
            out += "<g font-size=\"\(ChartText.small.coordinate)\" text-anchor=\"end\">" + ticks.values.map {
                "<text x=\"-6\" y=\"\((y($0) + ChartText.small * 0.35).coordinate)\">\(ticks.label($0))</text>"
            }.joined() + "</g>"
            if let goal = line.goal {
                out += HorizontalRule.line(at: y(goal), extra: " stroke=\"currentColor\" stroke-dasharray=\"6 4\"")
                if let words = line.goalText {
                    out += "<text x=\"100%\" y=\"\((y(goal) - 4).coordinate)\" font-size=\"\(ChartText.small.coordinate)\" text-anchor=\"end\">\(words.escaped(as: .xml, lineEnds: .spaces))</text>"
                }
            }
            let points = points(index)
            guard !points.isEmpty else { return out }
            // The final segment is dashed when its point is "so far": the month is not over.
            let last = chart.months.count - 1
            let soFar = chart.lastIsSoFar && points.last?.index == last
            let settled = soFar ? points.dropLast() : points[...]
            let units = { (point: (index: Int, x: Double, y: Double)) in "\((point.x * Self.lineUnits).coordinate) \(point.y.coordinate)" }
            var lines = ""
            let path = settled.enumerated().map { "\($0 == 0 ? "M" : "L")\(units($1))" }.joined()
            if !path.isEmpty {
                lines += "<path d=\"\(path)\" stroke-linejoin=\"round\"\(Self.unstretched)/>"
            }
            if soFar, points.count > 1 {
                lines += "<path d=\"M\(units(points[points.count - 2]))L\(units(points[points.count - 1]))\" stroke-dasharray=\"3 3\"\(Self.unstretched)/>"
            }
            if !lines.isEmpty {
                // Stretched across, one pixel per unit down; the strokes keep their width.
                out += "<svg y=\"\(top.coordinate)\" width=\"100%\" height=\"\(Self.plotHeight.coordinate)\" viewBox=\"0 0 \(Self.lineUnits.coordinate) \(Self.plotHeight.coordinate)\" preserveAspectRatio=\"none\" overflow=\"visible\">"
                    + "<g fill=\"none\" stroke=\"\(ChartPaint.line)\" stroke-width=\"2\">\(lines)</g></svg>"
            }
            let labels = chart.months.padded(to: line.values.count)
            out += "<g fill=\"\(ChartPaint.line)\">" + points.map { point in
                let offset = point.index
                let soFar = chart.lastIsSoFar && offset == last
                let text = (labels[offset].isEmpty ? "" : labels[offset] + (soFar ? " (so far)" : "") + ": ")
                    + (line.valueTexts.indices.contains(offset) ? line.valueTexts[offset] : (line.values[offset] ?? 0).valueText)
                let ring = soFar ? " fill=\"none\" stroke=\"\(ChartPaint.line)\" stroke-width=\"2\"" : ""
                return "<circle cx=\"\(point.x.percentOfWidth)\" cy=\"\((top + point.y).coordinate)\" r=\"\(soFar ? "3.5" : "2.5")\"\(ring)><title>\(text.escaped(as: .xml, lineEnds: .spaces))</title></circle>"
            }.joined() + "</g>"
            return out
        }

        /// The months under the last panel, and "so far" under the unfinished one.
        private var axis: String {
            var ticks = ""
            var texts = ""
            for label in axisLabels.labels {
                let centre = x(label.column)
                let baseline = axisTop + Self.rowHeight * Double(label.row + 1) - 2
                texts += "<text\(AxisText.place(label.text, centre: centre, plotWidth: narrowestPlot)) y=\"\(baseline.coordinate)\">\(label.text.escaped(as: .xml, lineEnds: .spaces))</text>"
                if label.row == 0 { ticks += AxisText.tick(at: centre, from: axisTop) }
            }
            var out = "<g stroke=\"currentColor\">\(ticks)</g>"
                + "<g font-size=\"\(ChartText.small.coordinate)\">\(texts)</g>"
            if chart.lastIsSoFar, !chart.months.isEmpty {
                let place = AxisText.place("so far", centre: x(chart.months.count - 1), plotWidth: narrowestPlot)
                out += "<text\(place) y=\"\((axisTop + Self.rowHeight * Double(axisRows) - 2).coordinate)\" font-size=\"\(ChartText.small.coordinate)\" font-style=\"italic\">so far</text>"
            }
            return out
        }
    }
}
