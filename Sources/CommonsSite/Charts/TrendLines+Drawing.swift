import CommonsSupport

extension TrendLines {
    /// Where each panel, line and label goes, apart from the public value so tests can
    /// check the geometry without parsing SVG.
    struct Drawing {
        static let width = 480.0
        /// A panel: its title line, then the plot.
        static let titleHeight = 30.0
        static let plotHeight = 56.0
        static let gap = 16.0
        static let rowHeight = 16.0
        static let right = 8.0

        let chart: TrendLines
        let left: Double
        let step: Double
        let axisLabels: ColumnAxisLabels

        init(_ chart: TrendLines) {
            self.chart = chart
            let widestTick = chart.lines.flatMap { line in Self.ticks(line).values.map { Self.ticks(line).label($0) } }
                .map { estimatedWidth($0, fontSize: ChartText.small) }.max() ?? 0
            left = (widestTick + 10).rounded(.up)
            step = (Self.width - Self.right - left) / Double(max(chart.months.count, 1))
            axisLabels = ColumnAxisLabels(chart.months, columnWidth: step, fontSize: ChartText.small)
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

        /// The x of the point at `index`: the middle of its month's slot.
        func x(_ index: Int) -> Double { left + (Double(index) + 0.5) * step }

        /// Each panel's points as (index, x, y), rounded as they are written; none where
        /// the value is nil.
        func points(_ panel: Int) -> [(index: Int, x: Double, y: Double)] {
            let line = chart.lines[panel]
            let ticks = Self.ticks(line)
            let bottom = Double(panel) * panelHeight + Self.titleHeight + Self.plotHeight
            return line.values.enumerated().compactMap { index, value in
                value.map { (index, x(index).roundedToTenths, (bottom - $0.drawable / ticks.top * Self.plotHeight).roundedToTenths) }
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
            let right = Self.width - Self.right
            var out = "<text x=\"0\" y=\"\((top - 12).coordinate)\" font-weight=\"600\">\(line.title.escaped(as: .xml, lineEnds: .spaces))</text>"
            // Faint levels at each tick, the zero line solid, tick values on the left.
            let levels = ticks.values.dropFirst().map { "M\(left.coordinate) \(y($0).coordinate)H\(right.coordinate)" }.joined()
            if !levels.isEmpty {
                out += "<path d=\"\(levels)\" fill=\"none\" stroke=\"\(ChartPaint.grid)\" stroke-opacity=\"\(ChartPaint.gridOpacity)\"/>"
            }
            out += "<path d=\"M\(left.coordinate) \(bottom.coordinate)H\(right.coordinate)\" fill=\"none\" stroke=\"currentColor\"/>"
            out += "<g font-size=\"\(ChartText.small.coordinate)\" text-anchor=\"end\">" + ticks.values.map {
                "<text x=\"\((left - 6).coordinate)\" y=\"\((y($0) + ChartText.small * 0.35).coordinate)\">\(ticks.label($0))</text>"
            }.joined() + "</g>"
            if let goal = line.goal {
                out += "<path d=\"M\(left.coordinate) \(y(goal).coordinate)H\(right.coordinate)\" fill=\"none\" stroke=\"currentColor\" stroke-dasharray=\"6 4\"/>"
                if let words = line.goalText {
                    out += "<text x=\"\(right.coordinate)\" y=\"\((y(goal) - 4).coordinate)\" font-size=\"\(ChartText.small.coordinate)\" text-anchor=\"end\">\(words.escaped(as: .xml, lineEnds: .spaces))</text>"
                }
            }
            let points = points(index)
            guard !points.isEmpty else { return out }
            // The final segment is dashed when its point is "so far": the month is not over.
            let last = chart.months.count - 1
            let soFar = chart.lastIsSoFar && points.last?.index == last
            let settled = soFar ? points.dropLast() : points[...]
            let path = settled.enumerated().map { "\($0 == 0 ? "M" : "L")\($1.x.coordinate) \($1.y.coordinate)" }.joined()
            if !path.isEmpty {
                out += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(ChartPaint.line)\" stroke-width=\"2\" stroke-linejoin=\"round\"/>"
            }
            if soFar, points.count > 1 {
                let (a, b) = (points[points.count - 2], points[points.count - 1])
                out += "<path d=\"M\(a.x.coordinate) \(a.y.coordinate)L\(b.x.coordinate) \(b.y.coordinate)\" fill=\"none\" stroke=\"\(ChartPaint.line)\" stroke-width=\"2\" stroke-dasharray=\"3 3\"/>"
            }
            let labels = chart.months.padded(to: line.values.count)
            out += "<g fill=\"\(ChartPaint.line)\">" + points.map { point in
                let offset = point.index
                let soFar = chart.lastIsSoFar && offset == last
                let text = (labels[offset].isEmpty ? "" : labels[offset] + (soFar ? " (so far)" : "") + ": ")
                    + (line.valueTexts.indices.contains(offset) ? line.valueTexts[offset] : (line.values[offset] ?? 0).valueText)
                let ring = soFar ? " fill=\"none\" stroke=\"\(ChartPaint.line)\" stroke-width=\"2\"" : ""
                return "<circle cx=\"\(point.x.coordinate)\" cy=\"\(point.y.coordinate)\" r=\"\(soFar ? "3.5" : "2.5")\"\(ring)><title>\(text.escaped(as: .xml, lineEnds: .spaces))</title></circle>"
            }.joined() + "</g>"
            return out
        }

        /// The months under the last panel, and "so far" under the unfinished one.
        private var axis: String {
            var ticks = ""
            var texts = ""
            for label in axisLabels.labels {
                let centre = x(label.column)
                let half = estimatedWidth(label.text, fontSize: ChartText.small) / 2
                let x = min(max(centre, half), Self.width - half)
                let baseline = axisTop + Self.rowHeight * Double(label.row + 1) - 2
                texts += "<text x=\"\(x.coordinate)\" y=\"\(baseline.coordinate)\">\(label.text.escaped(as: .xml, lineEnds: .spaces))</text>"
                if label.row == 0 { ticks += "M\(centre.coordinate) \(axisTop.coordinate)v4" }
            }
            var out = "<path d=\"\(ticks)\" stroke=\"currentColor\"/>"
                + "<g font-size=\"\(ChartText.small.coordinate)\" text-anchor=\"middle\">\(texts)</g>"
            if chart.lastIsSoFar, !chart.months.isEmpty {
                let last = x(chart.months.count - 1)
                out += "<text x=\"\(min(last, Self.width - estimatedWidth("so far", fontSize: ChartText.small) / 2).coordinate)\" y=\"\((axisTop + Self.rowHeight * Double(axisRows) - 2).coordinate)\" font-size=\"\(ChartText.small.coordinate)\" text-anchor=\"middle\" font-style=\"italic\">so far</text>"
            }
            return out
        }
    }
}
