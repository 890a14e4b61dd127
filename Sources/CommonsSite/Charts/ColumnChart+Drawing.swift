import CommonsSupport

extension ColumnChart {
    /// Where everything goes and the markup that puts it there, apart from the public
    /// value so tests can check the geometry without parsing SVG.
    ///
    /// The chart stretches with its column (see `SVGDocument.Sizing.fluid`): across, a
    /// column's place is a fraction of the plot's width; down, everything is in pixels.
    /// The value axis's labels sit in a gutter left of the plot.
    struct Drawing {
        static let height = 240.0
        /// Room above the plot for the unit.
        static let top = 30.0
        static let rowHeight = 16.0
        /// The most room a month gets across: a chart of two months is not a page wide,
        /// so its columns do not become slabs.
        static let widestSlot = 56.0

        let chart: ColumnChart
        let values: [Double]
        let ticks: RoundTicks
        /// Pixels left of the plot, for the value labels.
        let gutter: Double
        let bottom: Double
        /// Each column's share of the plot's width.
        let slot: Double
        /// The plot's width in pixels in the narrowest column: labels are chosen to fit it.
        let narrowestPlot: Double
        let axisLabels: ColumnAxisLabels

        init(_ chart: ColumnChart) {
            self.chart = chart
            values = chart.values.map(\.drawable)
            let wholeNumbers = values.allSatisfy { $0 == $0.rounded() }
            let ticks = RoundTicks(maximum: values.max() ?? 0, wholeNumbers: wholeNumbers)
            self.ticks = ticks
            gutter = (ticks.widestLabel + 8).rounded(.up)
            slot = 1 / Double(max(values.count, 1))
            narrowestPlot = min(ChartColumn.narrowest - gutter, Self.widest(values.count))
            axisLabels = ColumnAxisLabels(chart.labels.padded(to: values.count), columnWidth: narrowestPlot * slot,
                                          fontSize: ChartText.small)
            bottom = Self.height - 6 - Double(max(axisLabels.rows, 1)) * Self.rowHeight
        }

        /// The widest the plot is drawn, in pixels: a slot per month, and room for three so
        /// the unit and "No data yet" fit above and in a chart of one.
        static func widest(_ count: Int) -> Double { Double(max(count, 3)) * widestSlot }
        var widest: Double { Self.widest(values.count) }

        var plotHeight: Double { bottom - Self.top }

        /// Below three pixels a gap between columns is mostly rounding noise: the columns
        /// then touch, edge to edge, and read as one silhouette.
        var columnsTouch: Bool { narrowestPlot * slot < 3 }

        /// Each column's bar: x and width as fractions of the plot's width, y and height in
        /// pixels, rounded as they are written. Heights are rounded first and the top
        /// derived from them, so equal values get equal bars and a bar stands exactly on
        /// the axis.
        var bars: [(x: Double, y: Double, width: Double, height: Double)] {
            // 80 % of a slot, and of a full slot in a chart of fewer than three months.
            let barWidth = (min(slot, Self.widestSlot / widest) * 0.8).roundedToPercentHundredths
            return values.enumerated().map { index, value in
                var height = value / ticks.top * plotHeight
                // A month with some activity must not look like a month with none.
                if value > 0 { height = max(height, 1) }
                height = height.roundedToTenths
                let y = (bottom - height).roundedToTenths
                if columnsTouch {
                    let start = (Double(index) * slot).roundedToPercentHundredths
                    let end = (Double(index + 1) * slot).roundedToPercentHundredths
                    return (start, y, (end - start).roundedToPercentHundredths, height)
                }
                let x = ((Double(index) + 0.5) * slot - barWidth / 2).roundedToPercentHundredths
                return (x, y, barWidth, height)
            }
        }

        var parts: [String] {
            var parts = [grid, tickLabels]
            if values.isEmpty {
                parts.append("<text x=\"50%\" y=\"\((Self.top + plotHeight / 2).coordinate)\" text-anchor=\"middle\">No data yet</text>")
            } else {
                parts.append(columns)
                parts.append(columnLabels)
            }
            return parts
        }

        private var grid: String {
            let lines = ticks.values.dropFirst().map { HorizontalRule.line(at: y($0)) }.joined()
            var grid = ""
            if !lines.isEmpty {
                grid += "<g stroke=\"\(ChartPaint.grid)\" stroke-opacity=\"\(ChartPaint.gridOpacity)\">\(lines)</g>"
            }
            return grid + HorizontalRule.line(at: bottom, extra: " stroke=\"currentColor\"")
        }

        private var tickLabels: String {
            let labels = ticks.values.map { tick in
                "<text x=\"-6\" y=\"\((y(tick) + ChartText.small * 0.35).coordinate)\">\(ticks.label(tick))</text>"
            }.joined()
            let unit = chart.unit.truncated(toWidth: ChartColumn.narrowest, fontSize: ChartText.size)
            return "<g font-size=\"\(ChartText.small.coordinate)\" text-anchor=\"end\">\(labels)</g>"
                + "<text x=\"\((-gutter).coordinate)\" y=\"\((Self.top - 16).coordinate)\">\(unit.escaped(as: .xml, lineEnds: .spaces))</text>"
        }

        private var columns: String {
            let labels = chart.labels.padded(to: values.count)
            let rect = { (bar: (x: Double, y: Double, width: Double, height: Double), index: Int, extra: String) in
                "<rect x=\"\(bar.x.percentOfWidth)\" y=\"\(bar.y.coordinate)\" width=\"\(bar.width.percentOfWidth)\" height=\"\(bar.height.coordinate)\"\(extra)><title>\(self.tooltip(label: labels[index], index: index).escaped(as: .xml, lineEnds: .spaces))</title></rect>"
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
                // Above every column the words span in the narrowest column: they are wider
                // than a column, and in a wider one they span fewer.
                let centre = last.x + last.width / 2
                let place = AxisText.place("so far", centre: centre, plotWidth: narrowestPlot)
                let words = estimatedWidth("so far", fontSize: ChartText.small) / narrowestPlot
                let start = place.contains("end") ? 1 - words : centre - words / 2
                let top = bars.filter { $0.x + $0.width >= start }.map(\.y).min() ?? last.y
                out += "<text\(place) y=\"\(max(top - 4, ChartText.small).coordinate)\" font-size=\"\(ChartText.small.coordinate)\" font-style=\"italic\">so far</text>"
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
                let centre = (Double(label.column) + 0.5) * slot
                let place = AxisText.place(label.text, centre: centre, plotWidth: narrowestPlot)
                let baseline = bottom + Self.rowHeight * Double(label.row + 1) - 2
                texts += "<text\(place) y=\"\(baseline.coordinate)\">\(label.text.escaped(as: .xml, lineEnds: .spaces))</text>"
                if label.row == 0 { ticks += AxisText.tick(at: centre, from: bottom) }
            }
            return "<g stroke=\"currentColor\">\(ticks)</g>"
                + "<g font-size=\"\(ChartText.small.coordinate)\">\(texts)</g>"
        }

        /// The y of a value on the axis.
        func y(_ value: Double) -> Double { bottom - value / ticks.top * plotHeight }
    }
}
