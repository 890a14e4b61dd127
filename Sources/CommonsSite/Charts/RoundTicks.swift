import Foundation

/// The values marked on a value axis: 0 and a few round steps (1, 2 or 5 × 10ᵏ) up to
/// the first one at or above the largest value, so a reader can read heights off the grid.
struct RoundTicks: Equatable {
    /// The step is `multiple` × 10^`exponent`, kept apart so ticks are computed as
    /// k·multiple / 10ⁿ — 0.3, not 3 × 0.1 = 0.30000000000000004.
    private let multiple: Int
    private let exponent: Int
    /// How many steps from 0 to the top of the axis.
    let count: Int

    /// The smallest round step that needs at most `maximumIntervals` steps to reach
    /// `maximum`. With `wholeNumbers` (counts of contributions, people) the step is never
    /// below 1: "0.5 contributions" is not a thing. An axis with nothing above 0 still runs
    /// from 0 to 1, so the grid is drawn and no height is divided by zero.
    init(maximum: Double, wholeNumbers: Bool, maximumIntervals: Int = 5) {
        guard maximum.isFinite, maximum > 0 else {
            (multiple, exponent, count) = (1, 0, 1)
            return
        }
        var exponent = Int(log10(maximum / Double(maximumIntervals)).rounded(.down))
        if wholeNumbers { exponent = max(exponent, 0) }
        // The tolerance keeps a maximum of exactly 0.3 from needing a fourth step of 0.1.
        func steps(_ multiple: Int, _ exponent: Int) -> Int {
            max(1, Int((maximum / Self.value(multiple, exponent) - 1e-9).rounded(.up)))
        }
        // At most 10 × 10ᵉ is needed: maximum / 10ᵉ < 10 × maximumIntervals by the choice of e.
        let (multiple, e) = [(1, exponent), (2, exponent), (5, exponent), (1, exponent + 1), (2, exponent + 1)]
            .first { steps($0.0, $0.1) <= maximumIntervals } ?? (5, exponent + 1)
        self.multiple = multiple
        self.exponent = e
        count = steps(multiple, e)
    }

    private static func value(_ units: Int, _ exponent: Int) -> Double {
        exponent >= 0 ? Double(units) * pow(10, Double(exponent)) : Double(units) / pow(10, Double(-exponent))
    }

    /// The distance between two ticks.
    var step: Double { Self.value(multiple, exponent) }

    /// The top of the axis, the value drawn at full height.
    var top: Double { Self.value(count * multiple, exponent) }

    /// The tick values from 0 to `top`.
    var values: [Double] { (0...count).map { Self.value($0 * multiple, exponent) } }

    /// A tick value as printed: as many decimals as the step needs, trailing zeros dropped.
    func label(_ value: Double) -> String {
        value.fixed(max(0, -exponent), trimmed: true)
    }
}

extension RoundTicks {
    /// The widest of its labels as chart text draws them: the room a value axis needs
    /// beside the plot.
    var widestLabel: Double { values.map { estimatedWidth(label($0), fontSize: ChartText.small) }.max() ?? 0 }
}
