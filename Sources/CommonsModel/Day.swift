/// A calendar day, as the content format writes it (`YYYY-MM-DD`).
///
/// Stored as days since 1970-01-01 so that comparing, adding and counting days
/// is integer arithmetic; no time zones are involved anywhere in `commons`.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// A real day of the proleptic Gregorian calendar, or nil (2026-02-30 is nil).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146097 + doe - 719468
    }

    /// Parses exactly `YYYY-MM-DD`; nil for any other shape or an impossible day.
    public init?(parsing text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let digit = Int(bytes[i]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var month: Month {
        let c = components
        return Month(year: c.year, month: c.month)
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    public var description: String {
        let c = components
        return Day.pad(c.year, 4) + "-" + Day.pad(c.month, 2) + "-" + Day.pad(c.day, 2)
    }

    /// The UTC day of a Unix time (`SOURCE_DATE_EPOCH`, or now).
    public init(unixTime seconds: Int) {
        ordinal = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
    }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

/// A calendar month (`YYYY-MM`), the unit of the monthly series.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// year × 12 + (month − 1): consecutive months are consecutive integers.
    public let index: Int

    public init(year: Int, month: Int) { index = year * 12 + month - 1 }
    public init(index: Int) { self.index = index }

    public var year: Int { index / 12 }
    public var number: Int { index % 12 + 1 }
    public var firstDay: Day { Day(year: year, month: number, day: 1)! }
    public func next() -> Month { Month(index: index + 1) }

    public var description: String { Day.pad(year, 4) + "-" + Day.pad(number, 2) }
    public static func < (a: Month, b: Month) -> Bool { a.index < b.index }
}
