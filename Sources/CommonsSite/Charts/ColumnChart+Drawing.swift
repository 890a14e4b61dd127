import CommonsSupport

extension ColumnChart {
    /// Where everything goes and the markup that puts it there, apart from the public
    /// value so tests can check the geometry without parsing SVG.
    struct Drawing {
        static let width = 480.0
        static let height = 240.0
        /// Room above the plot for the unit.
        static let top = 30.0
        static let right = 4.0
        static let rowHeight = 16.0
        /// The widest a column gets, so one or two months don't become slabs.
        static let widestColumn = 40.0

        let chart: ColumnChart
        let values: [Double]
        let ticks: RoundTicks
        let left: Double
        let bottom: Double
        let columnWidth: Double
        let axisLabels: ColumnAxisLabels

        init(_ chart: ColumnChart) {
            self.chart = chart
            values = chart.values.map(\.drawable)
            let wholeNumbers = values.allSatisfy { $0 == $0.rounded() }
            let ticks = RoundTicks(maximum: values.max() ?? 0, wholeNumbers: wholeNumbers)
            self.ticks = ticks
            let widestTick = ticks.values.map { estimatedWidth(ticks.label($0), fontSize: ChartText.small) }.max() ?? 0
            left = (widestTick + 8).rounded(.up)
            columnWidth = (Self.width - Self.right - left) / Double(max(values.count, 1))
            axisLabels = ColumnAxisLabels(chart.labels.padded(to: values.count), columnWidth: columnWidth,
                                          fontSize: ChartText.small)
            bottom = Self.height - 6 - Double(max(axisLabels.rows, 1)) * Self.rowHeight
        }

        var plotHeight: Double { bottom - Self.top }

        /// Below three units a gap between columns is mostly rounding noise: the columns
        /// then touch, edge to edge, and read as one silhouette.
        var columnsTouch: Bool { columnWidth < 3 }
        var right: Double { Self.width - Self.right }

        /// Each column's bar: x, y, width and height, rounded as they are written.
        /// Heights are rounded first and the top derived from them, so equal values get
        /// equal bars and a bar stands exactly on the axis.
        var bars: [(x: Double, y: Double, width: Double, height: Double)] {
            let barWidth = min(columnWidth * 0.8, Self.widestColumn).roundedToTenths
            return values.enumerated().map { index, value in
                var height = value / ticks.top * plotHeight
                // A month with some activity must not look like a month with none.
                if value > 0 { height = max(height, 1) }
                height = height.roundedToTenths
                let y = (bottom - height).roundedToTenths
                if columnsTouch {
                    let start = (left + Double(index) * columnWidth).roundedToTenths
                    let end = (left + Double(index + 1) * columnWidth).roundedToTenths
                    return (start, y, (end - start).roundedToTenths, height)
                }
                let x = (left + (Double(index) + 0.5) * columnWidth - barWidth / 2).roundedToTenths
                return (x, y, barWidth, height)
            }
        }

        var parts: [String] {
            var parts = [grid, tickLabels]
            if values.isEmpty {
                parts.append("<text x=\"\(((left + right) / 2).coordinate)\" y=\"\((Self.top + plotHeight / 2).coordinate)\" text-anchor=\"middle\">No data yet</text>")
            } else {
                parts.append(columns)
                parts.append(columnLabels)
            }
            return parts
        }

        private var grid: String {
            let lines = ticks.values.dropFirst().map { tick in
                "M\(left.coordinate) \(y(tick).coordinate)H\(right.coordinate)"
            }.joined()
            var grid = ""
            if !lines.isEmpty {
                grid += "<path d=\"\(lines)\" fill=\"none\" stroke=\"\(ChartPaint.grid)\" stroke-opacity=\"\(ChartPaint.gridOpacity)\"/>"
            }
            grid += "<path d=\"M\(left.coordinate) \(bottom.coordinate)H\(right.coordinate)\" fill=\"none\" stroke=\"currentColor\"/>"
            return grid
        }

        private var tickLabels: String {
            let labels = ticks.values.map { tick in
                "<text x=\"\((left - 6).coordinate)\" y=\"\((y(tick) + ChartText.small * 0.35).coordinate)\">\(ticks.label(tick))</text>"
            }.joined()
            let unit = "<text x=\"0\" y=\"\((Self.top - 16).coordinate)\">\(chart.unit.truncated(toWidth: Self.width, fontSize: ChartText.size).escaped(as: .xml, lineEnds: .spaces))</text>"
            return "<g font-size=\"\(ChartText.small.coordinate)\" text-anchor=\"end\">\(labels)</g>" + unit
        }

        private var columns: String {
            let labels = chart.labels.padded(to: values.count)
            let rect = { (bar: (x: Double, y: Double, width: Double, height: Double), index: Int, extra: String) in
                "<rect x=\"\(bar.x.coordinate)\" y=\"\(bar.y.coordinate)\" width=\"\(bar.width.coordinate)\" height=\"\(bar.height.coordinate)\"\(extra)><title>\(self.tooltip(label: labels[index], index: index).escaped(as: .xml, lineEnds: .spaces))</title></rect>"
            }
            let bars = bars
            let soFar = chart.lastIsSoFar && !bars.isEmpty
            let settled = soFar ? bars.count - 1 : bars.count
            let rects = (0..<settled).map { rect(bars[$0], $0, "") }.joined()
            // Touching columns drawn with anti-aliasing show a pale seam at every edge.
            let crisp = columnsTouch ? " shape-rendering=\"crispEdges\"" : ""
            var out = "<g fill=\"\(ChartPaint.bar)\"\(crisp)>\(rects)</g>"
            if soFar, let last = bars.last {
                // The unfinished month: an outline, dashed, and the words above it.
                let outline = " fill=\"\(ChartPaint.bar)\" fill-opacity=\"\(ChartPaint.areaOpacity)\" stroke=\"\(ChartPaint.bar)\" stroke-dasharray=\"3 2\""
                out += rect(last, bars.count - 1, outline)
                // Above the taller of the last two columns: the words are wider than a column.
                let top = min(last.y, bars.dropLast().last?.y ?? last.y)
                let half = estimatedWidth("so far", fontSize: ChartText.small) / 2
                let centre = min(last.x + last.width / 2, Self.width - half)
                out += "<text x=\"\(centre.coordinate)\" y=\"\(max(top - 4, ChartText.small).coordinate)\" font-size=\"\(ChartText.small.coordinate)\" text-anchor=\"middle\" font-style=\"italic\">so far</text>"
            }
            return out
        }

        private func tooltip(label: String, index: Int) -> String {
            let value: String
            if let texts = chart.valueTexts, texts.indices.contains(index) {
                value = texts[index]
            } else {
                value = chart.unit.isEmpty ? values[index].valueText : "\(values[index].valueText) \(chart.unit)"
            }
            let soFar = chart.lastIsSoFar && index == values.count - 1 ? " (so far)" : ""
            return label.isEmpty ? value + soFar : "\(label)\(soFar): \(value)"
        }

        private var columnLabels: String {
            var ticks = ""
            var texts = ""
            for label in axisLabels.labels {
                let centre = left + (Double(label.column) + 0.5) * columnWidth
                let half = estimatedWidth(label.text, fontSize: ChartText.small) / 2
                // Kept inside the viewBox: the first and last labels would otherwise be cut.
                let x = min(max(centre, half), Self.width - half)
                let baseline = bottom + Self.rowHeight * Double(label.row + 1) - 2
                texts += "<text x=\"\(x.coordinate)\" y=\"\(baseline.coordinate)\">\(label.text.escaped(as: .xml, lineEnds: .spaces))</text>"
                if label.row == 0 { ticks += "M\(centre.coordinate) \(bottom.coordinate)v4" }
            }
            return "<path d=\"\(ticks)\" stroke=\"currentColor\"/>"
                + "<g font-size=\"\(ChartText.small.coordinate)\" text-anchor=\"middle\">\(texts)</g>"
        }

        /// The y of a value on the axis.
        func y(_ value: Double) -> Double { bottom - value / ticks.top * plotHeight }
    }
}
