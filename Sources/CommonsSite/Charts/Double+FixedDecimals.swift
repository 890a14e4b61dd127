extension Double {
    /// The number rounded to `decimals` places and written with digits only — no locale,
    /// no exponent, no "-0" — so the same chart is the same bytes on every machine.
    /// With `trimmed`, a fraction of zeros is left off ("120", not "120.0"): coordinates
    /// are the bulk of an SVG and most of them are whole.
    func fixed(_ decimals: Int, trimmed: Bool = false) -> String {
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (self * Double(scale)).rounded()
        // Non-finite or absurdly large values never reach a chart; keep the output defined anyway.
        guard scaled.isFinite, abs(scaled) < 9e15 else { return "0" }
        let units = Int64(scaled)
        let whole = String(abs(units) / scale)
        var fraction = ""
        if decimals > 0 {
            let digits = String(abs(units) % scale)
            fraction = String(repeating: "0", count: decimals - digits.count) + digits
        }
        if trimmed {
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        let sign = units < 0 ? "-" : ""
        return fraction.isEmpty ? sign + whole : sign + whole + "." + fraction
    }

    /// A coordinate or length in the viewBox: a tenth of a unit is finer than any screen
    /// shows at the sizes these charts are drawn.
    var coordinate: String { fixed(1, trimmed: true) }

    /// A value as a reader sees it in a tooltip or beside a bar: "14", "12.5".
    var valueText: String { fixed(1, trimmed: true) }

    /// The value itself when it is a finite number ≥ 0, else 0: charts draw amounts, and a
    /// NaN or a negative amount must not bend the scale for the others.
    var drawable: Double { isFinite && self > 0 ? self : 0 }

    /// Rounded to the tenth that `coordinate` writes, so geometry computed in code and
    /// geometry written in the SVG agree.
    var roundedToTenths: Double { (self * 10).rounded() / 10 }
}
