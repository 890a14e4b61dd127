import CommonsModel
import CommonsSupport

/// One calendar month of a scope's activity (SPEC §2, `months`).
public struct MonthFigures: Hashable, Sendable {
    public var month: Month
    public var contributions: Int = 0
    /// Hours recorded on the month's contributions (whole, not split by k).
    public var hours: Double = 0
    /// Distinct people with a contribution in the month.
    public var active: Int = 0
    /// People whose first contribution in the scope falls in the month.
    public var new: Int = 0

    public init(month: Month, contributions: Int = 0, hours: Double = 0, active: Int = 0, new: Int = 0) {
        self.month = month
        self.contributions = contributions
        self.hours = hours
        self.active = active
        self.new = new
    }
}

/// One row per calendar month from the scope's first contribution through `last`
/// (the as-of day's month), quiet months included so a chart's gaps are real;
/// empty when the scope has no contributions.
func monthlySeries(_ contributions: [Contribution], through last: Month) -> [MonthFigures] {
    guard let first = contributions.map(\.date).min()?.month, first <= last else { return [] }
    var rows = (first.index...last.index).map { MonthFigures(month: Month(index: $0)) }
    var peopleByMonth = Array(repeating: Set<String>(), count: rows.count)
    var firstMonth: [String: Int] = [:]
    for contribution in contributions {
        let row = contribution.date.month.index - first.index
        guard rows.indices.contains(row) else { continue }
        rows[row].contributions += 1
        rows[row].hours += contribution.hours
        // A person already counted in the month was counted for their first month too.
        for handle in contribution.creditedHandles where peopleByMonth[row].insert(handle).inserted {
            modify(&firstMonth[handle, default: row]) { $0 = min($0, row) }
        }
    }
    for row in rows.indices { rows[row].active = peopleByMonth[row].count }
    for row in firstMonth.values { rows[row].new += 1 }
    return rows
}
