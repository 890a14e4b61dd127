import CommonsAnalysis
import CommonsModel
import CommonsSupport
import CommonsReport

/// Numbers and days as a reader sees them. Figures are rounded the way `commons report`
/// rounds them (ReportNumber); stats.json keeps them whole.
enum Words {
    /// "7", "1 204", "52 310": thousands set apart by a narrow no-break space, the
    /// grouping every language reads.
    static func count(_ n: Int) -> String {
        if n > -10_000 && n < 10_000 { return String(n) }
        let digits = String(abs(n))
        guard digits.count > 4 else { return String(n) }
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += "\u{202F}" }
            grouped.append(digit)
        }
        return (n < 0 ? "-" : "") + grouped
    }

    /// "12", "3.5", "1 204.3": one decimal at most, as everywhere (`ReportNumber.hours`).
    /// Hours are on every row of every table: the usual ones are written from whole
    /// tenths, without the text `ReportNumber` makes (a sixth of a person page's values).
    static func hours(_ value: Double) -> String {
        if value >= 0 && value < 1e15 {
            let tenths = Int((value * 10).rounded())
            if tenths == 0 { return value > 0 ? "< 0.1" : "0" }
            return tenths % 10 == 0 ? count(tenths / 10) : count(tenths / 10) + "." + String(tenths % 10)
        }
        let text = ReportNumber.hours(value)
        guard let point = text.firstIndex(of: "."), let whole = Int(text[..<point]) else {
            return Int(text).map(count) ?? text
        }
        return count(whole) + text[point...]
    }

    /// "43.7 %".
    static func percent(_ value: Double) -> String { ReportNumber.percent(value) }

    /// "0.43".
    static func fraction(_ value: Double) -> String { ReportNumber.fraction(value) }

    /// "1 contribution", "3 contributions".
    static func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(count(n)) \(n == 1 ? one : many ?? one + "s")"
    }

    /// A day for a `<time>` element: the ISO form for machines, words for people.
    static func day(_ day: Day) -> [String: Any] {
        ["iso": Shown(day.description), "words": Shown(day.inWords)]
    }

    /// "3 h", "" when no hours were recorded.
    static func hoursOrNothing(_ value: Double) -> String? {
        value > 0 ? hours(value) : nil
    }
}
