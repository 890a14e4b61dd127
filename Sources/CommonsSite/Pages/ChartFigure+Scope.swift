import CommonsAnalysis
import CommonsModel

/// The charts a scope (the commons, one project) draws from its figures.
extension ChartFigure {
    /// Contributions per month, with hours, people active and newcomers in the table; the
    /// as-of day's month, unless the day is its last, is marked "so far".
    static func months(_ scope: ScopeFigures, id: String, of name: String, asOf: Day) -> ChartFigure {
        let months = scope.months
        let soFar = asOf.adding(days: 1).month == asOf.month && months.last?.month == asOf.month
        let most = months.map(\.contributions).max() ?? 0
        let busiest = months.filter { $0.contributions == most }
        let span = months.first.map { "from \(monthWords($0.month)) to \(monthWords(months.last!.month))" } ?? "no months yet"
        // A tie is said as one: naming only the first of four equal months misleads.
        let peak = switch busiest.count {
        case 0: "."
        case 1: "; the busiest month was \(monthWords(busiest[0].month)) with \(Words.plural(most, "contribution"))."
        case 2: "; the busiest months were \(monthWords(busiest[0].month)) and \(monthWords(busiest[1].month)), with \(Words.plural(most, "contribution")) each."
        default: "; \(busiest.count) months tie as the busiest, with \(Words.plural(most, "contribution")) each, the first \(monthWords(busiest[0].month))."
        }
        let description = "Contributions to \(name) per month, \(span)" + peak
            + (soFar ? " \(monthWords(asOf.month)) is counted up to \(asOf.inWords), so far." : "")
        return ChartFigure(
            id: id, title: "Contributions per month", description: description,
            drawing: .columns(labels: months.map { $0.month.description }, values: months.map { Double($0.contributions) },
                              unit: "contributions", valueTexts: months.map { Words.plural($0.contributions, "contribution") },
                              lastIsSoFar: soFar),
            columns: ["Month", "Contributions", "Hours", "People active", "New people"],
            rows: months.map { ($0.month.description + (soFar && $0.month == asOf.month ? " (so far)" : ""), [Words.count($0.contributions), Words.hours($0.hours),
                                                      Words.count($0.active), Words.count($0.new)]) })
    }

    /// Work by kind, measured on the scope's basis, largest first.
    static func kinds(_ scope: ScopeFigures, id: String) -> ChartFigure {
        let kinds = scope.kinds.sorted {
            let a = scope.basis == .hours ? $0.value.hours : Double($0.value.contributions)
            let b = scope.basis == .hours ? $1.value.hours : Double($1.value.contributions)
            return a != b ? a > b : $0.key < $1.key
        }
        let values = kinds.map { scope.basis == .hours ? $0.value.hours : Double($0.value.contributions) }
        let unit = scope.basis == .hours ? "hours" : "contributions"
        return ChartFigure(
            id: id, title: "Work by kind (\(unit))",
            description: "How the \(unit) divide between kinds of work"
                + (kinds.first.map { "; the most is \($0.key.rawValue)." } ?? "."),
            drawing: .bars(labels: kinds.map { $0.key.rawValue }, values: values,
                           valueTexts: values.map { scope.basis == .hours ? Words.hours($0) : Words.count(Int($0)) }),
            columns: ["Kind", "Contributions", "Hours"],
            rows: kinds.map { ($0.key.rawValue, [Words.count($0.value.contributions), Words.hours($0.value.hours)]) })
    }

    /// Unpaid, stipend and paid shares.
    static func compensation(_ scope: ScopeFigures, id: String) -> ChartFigure {
        let shares = Compensation.allCases.map { scope.compensation[$0] }
        let of = scope.basis == .hours ? "hours" : "contributions"
        return ChartFigure(
            id: id, title: "Paid and unpaid work (share of \(of))",
            description: "\(Words.percent(scope.compensation.unpaid)) of the \(of) were unpaid, "
                + "\(Words.percent(scope.compensation.stipend)) on a stipend and \(Words.percent(scope.compensation.paid)) paid.",
            drawing: .bars(labels: Compensation.allCases.map(\.rawValue), values: shares.map { $0 * 100 },
                           valueTexts: shares.map(Words.percent)),
            columns: ["Compensation", "Share of \(of)"],
            rows: Compensation.allCases.map { ($0.rawValue, [Words.percent(scope.compensation[$0])]) })
    }

    /// The Lorenz curve: people from the smallest share to the largest against the part
    /// of the work they hold together. The table lists the same shares by tenths.
    static func lorenz(_ scope: ScopeFigures, id: String) -> ChartFigure {
        let ascending = scope.ranking.map(\.share).reversed().map { $0 }
        let n = ascending.count
        let total = ascending.reduce(0, +)
        // The curve's points: every person when there are few, else every tenth of them.
        var rows: [(String, [String])] = []
        if n > 0 && total > 0 {
            let marks = n <= 10 ? Array(1...n) : (1...10).map { ($0 * n + 9) / 10 }
            var running = 0.0
            var next = 0
            for (index, share) in ascending.enumerated() {
                running += share
                guard next < marks.count, index + 1 == marks[next] else { continue }
                let head = n <= 10 ? "\(index + 1) of \(n)" : "\((next + 1) * 10) % of people"
                rows.append((head, [Words.count(index + 1), Words.percent(running / total)]))
                next += 1
            }
        }
        return ChartFigure(
            id: id, title: "How evenly the work is shared (Lorenz curve)",
            description: "The curve shows the part of the work held by the people with the smallest shares; "
                + "the straight diagonal is a perfectly even split, and the further the curve sags below it, the less even the work.",
            drawing: .lorenz(shares: ascending),
            columns: ["People, smallest shares first", "How many", "Their part of the work"],
            rows: rows)
    }

    private static func monthWords(_ month: Month) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August",
                     "September", "October", "November", "December"]
        return "\(names[month.number - 1]) \(month.year)"
    }
}
