import CommonsAnalysis
import CommonsModel

extension ChartFigure {
    /// A scope's trends: the bus factor, the active people and the unpaid share at each
    /// month end of two years and on the as-of day, with the commons' goals where they
    /// reach the scope. The table gives every point; the unfinished month says "so far".
    static func trends(_ points: [TrendPoint], checks: [HealthCheck], id: String, of name: String) -> ChartFigure {
        func goal(_ figure: HealthGoal.Figure) -> (Double?, String?) {
            guard let check = checks.first(where: { $0.figure == figure }) else { return (nil, nil) }
            let value = figure.isCeiling ? check.goal * 100 : check.goal
            return (value, "goal: " + (figure.isCeiling ? "at most " : "") + figure.words(check.goal))
        }
        let (busGoal, busWords) = goal(.busFactor)
        let (activeGoal, activeWords) = goal(.activePeople)
        let (unpaidGoal, unpaidWords) = goal(.unpaidShare)
        let lines = [
            TrendLines.Line(title: "Bus factor", values: points.map { $0.hasWork ? Double($0.busFactor) : nil },
                            valueTexts: points.map { Words.plural($0.busFactor, "person", "people") },
                            wholeNumbers: true, goal: busGoal, goalText: busWords),
            TrendLines.Line(title: "Active people", values: points.map { $0.hasWork ? Double($0.activeContributors) : nil },
                            valueTexts: points.map { Words.plural($0.activeContributors, "person", "people") },
                            wholeNumbers: true, goal: activeGoal, goalText: activeWords),
            TrendLines.Line(title: "Unpaid share (%)", values: points.map { $0.hasWork ? $0.unpaidShare * 100 : nil },
                            valueTexts: points.map { Words.percent($0.unpaidShare) },
                            wholeNumbers: false, goal: unpaidGoal, goalText: unpaidWords),
        ]
        let soFar = points.last?.soFar ?? false
        var description = "The bus factor, the people active and the unpaid share of \(name) at the end of each month"
        // Before the first work every figure is 0 for want of a scope: not drawn, not listed.
        let worked = points.drop { !$0.hasWork }
        if let first = worked.first, let last = worked.last {
            description += " from \(first.asOf.inWords) to \(last.asOf.inWords)"
                + (soFar ? ", the last point so far, as the month is not over" : "")
                + ": " + Self.change("the bus factor", first.busFactor, last.busFactor) + ", "
                + Self.change("the active people", first.activeContributors, last.activeContributors) + "."
        }
        return ChartFigure(
            id: id, title: "Trends over two years", description: description,
            drawing: .lines(months: points.map { $0.asOf.month.description }, lines: lines, lastIsSoFar: soFar),
            columns: ["Day", "Bus factor", "Active people", "Unpaid"],
            rows: worked.map { point in
                (point.asOf.description + (point.soFar ? " (so far)" : ""),
                 [Words.count(point.busFactor), Words.count(point.activeContributors), Words.percent(point.unpaidShare)])
            })
    }

    /// "the bus factor went from 3 to 4", or "… was 4 at both ends" rather than "went
    /// from 4 to 4", which reads as a slip (it may have moved in between: the table says).
    static func change(_ figure: String, _ first: Int, _ last: Int) -> String {
        first == last ? "\(figure) was \(first) at both ends" : "\(figure) went from \(first) to \(last)"
    }
}
