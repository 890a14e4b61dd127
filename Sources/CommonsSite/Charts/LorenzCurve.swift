/// The distribution behind the Gini figure: people sorted from least to most active along
/// x, the cumulative share of the work they did up y. The diagonal is perfect equality;
/// the shaded gap between it and the curve is what the Gini coefficient measures (twice
/// the gap's area).
///
/// Built ahead of time as an SVG string, to be placed inline in a page (see `ChartPaint`
/// for the colours it takes from the page).
public struct LorenzCurve: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var shares: [Double]

    /// - Parameters:
    ///   - id: unique on the page; the chart's `<title>` and `<desc>` get the ids
    ///     `<id>-title` and `<id>-desc`.
    ///   - title: the accessible name, e.g. "How evenly the work is shared".
    ///   - description: what a reader who cannot see the chart should know; the chart adds
    ///     the Gini coefficient to it.
    ///   - shares: each person's share of the work (hours or contributions), in any order
    ///     and any unit; negative or non-finite shares count as 0.
    public init(id: String, title: String, description: String, shares: [Double]) {
        self.id = id
        self.title = title
        self.description = description
        self.shares = shares
    }

    /// The Gini coefficient of the shares, as SPEC §2 defines it and `stats.json` reports it:
    /// Σᵢ (2i − n − 1)·xᵢ / (n·T) over the shares sorted ascending; 0 when n ≤ 1 or T = 0.
    /// Summed in pairs from both ends, as the statistics do, so the chart and the report
    /// print the same digits; written out here because charts depend on no other target.
    public var gini: Double {
        let x = shares.map(\.drawable).sorted()
        let n = x.count
        let total = x.reduce(0, +)
        guard n > 1, total > 0 else { return 0 }
        var sum = 0.0
        for i in 1...(n / 2) {
            sum += (x[n - i] - x[i - 1]) * Double(n + 1 - 2 * i)
        }
        return sum / (Double(n) * total)
    }

    /// The curve in the unit square, from (0, 0) to (1, 1): after the k least active people,
    /// (k/n, their share of the total). Empty when there is no work to share.
    var points: [(x: Double, y: Double)] {
        let sorted = shares.map(\.drawable).sorted()
        let total = sorted.reduce(0, +)
        guard total > 0 else { return [] }
        var points = [(x: 0.0, y: 0.0)]
        var running = 0.0
        for (k, share) in sorted.enumerated() {
            running += share
            points.append((Double(k + 1) / Double(sorted.count), running / total))
        }
        // The running sum can end a hair off the total; the curve ends at (1, 1) by definition.
        points[points.count - 1] = (1, 1)
        return points
    }

    /// The share of the work done by the less active half of the people, read off the
    /// curve (linear between people, as the curve is drawn).
    var lowerHalfShare: Double {
        let points = self.points
        guard let upper = points.firstIndex(where: { $0.x >= 0.5 }) else { return 0 }
        guard upper > 0 else { return points[upper].y }
        let (a, b) = (points[upper - 1], points[upper])
        return a.y + (b.y - a.y) * (0.5 - a.x) / (b.x - a.x)
    }

    public func svg() -> String {
        let hasWork = !points.isEmpty
        let summary = hasWork ? "Gini coefficient: \(gini.fixed(2))." : "No work recorded yet."
        let fullDescription = description.isEmpty ? summary : "\(description) \(summary)"
        let drawing = Drawing(self)
        return SVGDocument(id: id, title: title, description: fullDescription,
                           sizing: .fixed(width: Drawing.width), height: drawing.height, parts: drawing.parts).render()
    }
}
