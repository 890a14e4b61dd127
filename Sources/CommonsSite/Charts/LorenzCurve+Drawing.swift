extension LorenzCurve {
    /// Where everything goes: a square plot, the Gini figure and a legend under it, drawn
    /// at the size it is shown (`SVGDocument.Sizing.fixed`) and no wider than the
    /// narrowest page column, so the curve keeps its true proportions and its text its size.
    struct Drawing {
        static let width = ChartColumn.narrowest
        static let left = 48.0
        static let top = 10.0
        static let size = 220.0
        /// Where the Gini figure and the legend start, under the plot's axis titles.
        static let legendTop = 290.0

        let curve: LorenzCurve
        let points: [(x: Double, y: Double)]

        init(_ curve: LorenzCurve) {
            self.curve = curve
            points = curve.points
        }

        static var bottom: Double { top + size }
        static var right: Double { left + size }
        /// The plot and its axes; the legend when there is a curve; the reading of the
        /// less active half when there are two people or more.
        var height: Double {
            points.isEmpty ? Self.legendTop - 10 : curve.shares.count > 1 ? Self.legendTop + 158 : Self.legendTop + 118
        }

        /// A point of the unit square in viewBox coordinates.
        static func position(_ point: (x: Double, y: Double)) -> (x: Double, y: Double) {
            ((left + point.x * size).roundedToTenths, (bottom - point.y * size).roundedToTenths)
        }

        /// The curve's points as drawn: rounded to tenths, with points dropped that are
        /// less than a unit from the last one kept (the curve is convex, so the chord
        /// strays less than that) or that continue a straight run — a thousand people who
        /// each did one hour draw as one segment, and five thousand as a few hundred.
        var drawnPoints: [(x: Double, y: Double)] {
            var drawn: [(x: Double, y: Double)] = []
            let positions = points.map(Self.position)
            for (index, point) in positions.enumerated() {
                if let last = drawn.last, last == point { continue }
                if let last = drawn.last, index < positions.count - 1,
                   abs(point.x - last.x) < 1, abs(point.y - last.y) < 1 { continue }
                if drawn.count >= 2 {
                    let (a, b) = (drawn[drawn.count - 2], drawn[drawn.count - 1])
                    // Collinear in whole tenths, compared exactly.
                    let ab = (x: Int(((b.x - a.x) * 10).rounded()), y: Int(((b.y - a.y) * 10).rounded()))
                    let bc = (x: Int(((point.x - b.x) * 10).rounded()), y: Int(((point.y - b.y) * 10).rounded()))
                    if ab.x * bc.y == ab.y * bc.x, ab.x * bc.x + ab.y * bc.y > 0 {
                        drawn[drawn.count - 1] = point
                        continue
                    }
                }
                drawn.append(point)
            }
            return drawn
        }

        var parts: [String] {
            var parts = [axisLabels]
            if points.isEmpty {
                parts.insert(axes, at: 0)
                let (x, y) = Self.position((0.5, 0.5))
                parts.append("<text x=\"\(x.coordinate)\" y=\"\(y.coordinate)\" text-anchor=\"middle\">No work recorded yet</text>")
                return parts
            }
            parts.insert(grid + axes, at: 0)
            let path = drawnPoints.enumerated().map { index, point in
                (index == 0 ? "M" : index == 1 ? "L" : " ") + "\(point.x.coordinate) \(point.y.coordinate)"
            }.joined()
            parts.append("<path d=\"\(path)Z\" fill=\"\(ChartPaint.area)\" fill-opacity=\"\(ChartPaint.areaOpacity)\"/>")
            parts.append("<path d=\"\(path)\" fill=\"none\" stroke=\"\(ChartPaint.line)\" stroke-width=\"3\" stroke-linejoin=\"round\"/>")
            // Over the curve, so where they coincide (one person, equal shares) both show.
            parts.append(equalityLine)
            parts.append(legend)
            return parts
        }

        private var equalityLine: String {
            "<path d=\"M\(Self.left.coordinate) \(Self.bottom.coordinate)L\(Self.right.coordinate) \(Self.top.coordinate)\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>"
        }

        private var grid: String {
            let quarters = [0.25, 0.5, 0.75, 1.0]
            let lines = quarters.map { q -> String in
                let (x, y) = Self.position((q, q))
                return "M\(Self.left.coordinate) \(y.coordinate)H\(Self.right.coordinate)M\(x.coordinate) \(Self.top.coordinate)V\(Self.bottom.coordinate)"
            }.joined()
            return "<path d=\"\(lines)\" fill=\"none\" stroke=\"\(ChartPaint.grid)\" stroke-opacity=\"\(ChartPaint.gridOpacity)\"/>"
        }

        private var axes: String {
            "<path d=\"M\(Self.left.coordinate) \(Self.top.coordinate)V\(Self.bottom.coordinate)H\(Self.right.coordinate)\" fill=\"none\" stroke=\"currentColor\"/>"
        }

        private var axisLabels: String {
            let small = ChartText.small
            let percentages = [0.0, 0.25, 0.5, 0.75, 1.0]
            let yTicks = percentages.map { q -> String in
                let y = Self.position((0, q)).y + small * 0.35
                return "<text x=\"\((Self.left - 6).coordinate)\" y=\"\(y.coordinate)\">\(Int(q * 100))%</text>"
            }.joined()
            let xTicks = percentages.map { q -> String in
                "<text x=\"\(Self.position((q, 0)).x.coordinate)\" y=\"\((Self.bottom + 18).coordinate)\">\(Int(q * 100))%</text>"
            }.joined()
            let middle = Self.position((0.5, 0.5))
            return "<g font-size=\"\(small.coordinate)\" text-anchor=\"end\">\(yTicks)</g>"
                + "<g font-size=\"\(small.coordinate)\" text-anchor=\"middle\">\(xTicks)</g>"
                + "<g text-anchor=\"middle\">"
                + "<text x=\"\(middle.x.coordinate)\" y=\"\((Self.bottom + 40).coordinate)\">share of people, least active first</text>"
                + "<text transform=\"rotate(-90)\" x=\"\((-middle.y).coordinate)\" y=\"14\">share of work</text>"
                + "</g>"
        }

        private var legend: String {
            let top = Self.legendTop
            func y(_ offset: Double) -> String { (top + offset).coordinate }
            let small = ChartText.small.coordinate
            // The figure with what its ends mean beside it, then one row per kind of mark.
            var legend = "<text x=\"0\" y=\"\(y(14))\">Gini coefficient</text>"
                + "<text x=\"0\" y=\"\(y(50))\" font-size=\"30\" class=\"chart-figure\">\(curve.gini.fixed(2))</text>"
                + "<g font-size=\"\(small)\"><text x=\"84\" y=\"\(y(34))\">0: all share equally</text>"
                + "<text x=\"84\" y=\"\(y(50))\">1: one person does all</text></g>"
                + "<path d=\"M0 \(y(75))H22\" stroke=\"\(ChartPaint.line)\" stroke-width=\"3\"/>"
                + "<text x=\"28\" y=\"\(y(80))\">actual shares</text>"
                + "<path d=\"M144 \(y(75))H166\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>"
                + "<text x=\"172\" y=\"\(y(80))\">equal shares</text>"
                + "<rect x=\"0\" y=\"\(y(94))\" width=\"22\" height=\"14\" fill=\"\(ChartPaint.area)\" fill-opacity=\"\(ChartPaint.areaOpacity)\"/>"
                + "<text x=\"28\" y=\"\(y(106))\">inequality</text>"
            // Half of one person is no one: the reading only means something from two people on.
            if curve.shares.count > 1 {
                let half = Int((curve.lowerHalfShare * 100).rounded())
                legend += "<g font-size=\"\(small)\">"
                    + "<text x=\"0\" y=\"\(y(134))\">The less active half</text>"
                    + "<text x=\"0\" y=\"\(y(150))\">did \(half)% of the work.</text></g>"
            }
            return legend
        }
    }
}
