/// Numbers as people read them — in reports, warnings and pages: rounded. stats.json keeps them whole.
public enum ReportNumber {
    /// Hours as people read them everywhere — pages, reports, the feed: at most one
    /// decimal, no trailing zeros — "25.8", "27" — and "< 0.1" for a little work that
    /// would round to none. A second decimal ("25.83") is precision nobody recorded.
    public static func hours(_ value: Double) -> String {
        let text = trimmed(fixed(value, places: 1))
        return text == "0" && value > 0 ? "< 0.1" : text
    }

    /// Two decimals: "0.59".
    public static func fraction(_ value: Double) -> String {
        fixed(value, places: 2)
    }

    /// A share as a percentage with at most one decimal: "43.7 %", "30 %".
    public static func percent(_ value: Double) -> String {
        trimmed(fixed(value * 100, places: 1)) + " %"
    }

    /// `value` rounded half away from zero to `places` decimals, written out in full.
    public static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let whole = String(scaled / scale)
        let sign = value < 0 && scaled > 0 ? "-" : ""
        guard places > 0 else { return sign + whole }
        let fraction = String(scaled % scale)
        return sign + whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    private static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var text = Substring(text)
        while text.hasSuffix("0") { text = text.dropLast() }
        if text.hasSuffix(".") { text = text.dropLast() }
        return String(text)
    }
}
