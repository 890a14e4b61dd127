/// Which columns of a `ColumnChart` are labelled under the axis, and with what.
///
/// A series of 200 months has columns two units wide, so most columns go unlabelled.
/// When every label is a month (`YYYY-MM`) the labels fall on calendar steps — every
/// month, 2, 3 or 6 months, with the year written under each January (and under the first
/// labelled month) — or, when even that is too dense, on Januaries only, every 1, 2, 5…
/// years. Other labels are thinned to every Nth column. Either way no two labels on a row
/// are closer than their estimated width.
struct ColumnAxisLabels: Equatable {
    struct Label: Equatable {
        var column: Int
        var text: String
        /// 0 for the line right under the axis, 1 for the years below the months.
        var row: Int
    }

    var labels: [Label]
    /// How many lines of labels there are, to reserve room under the axis.
    var rows: Int { (labels.map(\.row).max() ?? -1) + 1 }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    init(_ texts: [String], columnWidth: Double, fontSize: Double) {
        let gap = fontSize * 0.6
        let months = texts.map(CalendarMonth.init(label:))
        if !texts.isEmpty, months.allSatisfy({ $0 != nil }) {
            labels = Self.calendarLabels(months.map { $0! }, columnWidth: columnWidth, fontSize: fontSize, gap: gap)
        } else {
            labels = Self.everyNth(texts, columnWidth: columnWidth, fontSize: fontSize, gap: gap)
        }
    }

    /// Longest a free-form label may be before it is cut with "…".
    static let maximumLabelWidth = 96.0

    private static func everyNth(_ texts: [String], columnWidth: Double, fontSize: Double, gap: Double) -> [Label] {
        let shown = texts.map { $0.truncated(toWidth: maximumLabelWidth, fontSize: fontSize) }
        let widest = shown.map { estimatedWidth($0, fontSize: fontSize) }.max() ?? 0
        let step = max(1, Int(((widest + gap) / columnWidth).rounded(.up)))
        return stride(from: 0, to: shown.count, by: step)
            .filter { !shown[$0].isEmpty }
            .map { Label(column: $0, text: shown[$0], row: 0) }
    }

    private static func calendarLabels(_ months: [CalendarMonth], columnWidth: Double, fontSize: Double, gap: Double) -> [Label] {
        let monthWidth = monthNames.map { estimatedWidth($0, fontSize: fontSize) }.max()! + gap
        let yearWidth = estimatedWidth("2026", fontSize: fontSize) + gap
        let januaries = months.indices.filter { months[$0].month == 1 }

        if let step = [1, 2, 3, 6].first(where: { Double($0) * columnWidth >= monthWidth }) {
            let labelled = months.indices.filter { (months[$0].month - 1) % step == 0 }
            var labels = labelled.map { Label(column: $0, text: monthNames[months[$0].month - 1], row: 0) }
            labels += januaries.map { Label(column: $0, text: String(months[$0].year), row: 1) }
            // A series that starts mid-year says which year under its first month label,
            // unless that would run into the first January's year.
            if let first = labelled.first, months[first].month != 1,
               Double((januaries.first ?? Int.max / 2) - first) * columnWidth >= yearWidth {
                labels.append(Label(column: first, text: String(months[first].year), row: 1))
            }
            return labels.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        }

        let everyYears = [1, 2, 5, 10, 20, 50, 100].first { Double(12 * $0) * columnWidth >= yearWidth } ?? 100
        return januaries
            .filter { months[$0].year % everyYears == 0 }
            .map { Label(column: $0, text: String(months[$0].year), row: 0) }
    }
}

/// A label of the form `YYYY-MM`, as the monthly series writes its months.
struct CalendarMonth: Equatable {
    var year: Int
    var month: Int

    init?(label: String) {
        let parts = label.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        self.year = year
        self.month = month
    }
}
