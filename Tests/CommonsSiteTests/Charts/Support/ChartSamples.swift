@testable import CommonsSite

/// Charts with realistic data, shared by the previews and the well-formedness tests.
enum ChartSamples {
    /// `count` month labels from `year`-`month` on.
    static func months(from year: Int, _ month: Int, count: Int) -> [String] {
        (0..<count).map { offset in
            let index = year * 12 + month - 1 + offset
            let m = index % 12 + 1
            return "\(index / 12)-\(m < 10 ? "0" : "")\(m)"
        }
    }

    /// A deterministic wobbly series, so the samples look like a real commons.
    static func series(count: Int, scale: Double) -> [Double] {
        (0..<count).map { i in
            let growth = Double(i) / Double(max(count, 1))
            let wobble = Double((i * 7919) % 13) / 13
            return ((0.2 + growth) * scale * (0.5 + wobble)).rounded()
        }
    }

    static let shares: [Double] = [120, 2, 5, 1, 40, 8, 0.5, 13, 3, 60, 1, 1, 22, 4, 2, 9, 1, 3, 0, 7]

    static var all: [(String, String)] {
        [
            ("columns-36", ColumnChart(id: "contributions", title: "Contributions per month",
                                       description: "Contributions each month from April 2023 to March 2026.",
                                       labels: months(from: 2023, 4, count: 36),
                                       values: series(count: 36, scale: 20), unit: "contributions").svg()),
            ("columns-200", ColumnChart(id: "hours", title: "Hours per month",
                                        description: "Hours recorded each month.",
                                        labels: months(from: 2009, 8, count: 200),
                                        values: series(count: 200, scale: 300), unit: "hours").svg()),
            ("columns-14", ColumnChart(id: "hours14", title: "Hours per month", description: "",
                                       labels: months(from: 2025, 2, count: 14),
                                       values: series(count: 14, scale: 6.5).map { $0 / 2 }, unit: "hours").svg()),
            ("columns-1", ColumnChart(id: "one", title: "Contributions per month", description: "",
                                      labels: ["2026-03"], values: [1], unit: "contributions").svg()),
            ("columns-zero", ColumnChart(id: "zero", title: "Contributions per month", description: "",
                                         labels: months(from: 2026, 1, count: 3), values: [0, 0, 0],
                                         unit: "contributions").svg()),
            ("columns-empty", ColumnChart(id: "empty", title: "Contributions per month", description: "",
                                          labels: [], values: [], unit: "contributions").svg()),
            ("columns-categories", ColumnChart(id: "weeks", title: "By weekday", description: "",
                                               labels: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
                                               values: [12, 30, 22, 18, 9, 3, 1], unit: "contributions").svg()),
            ("lorenz", LorenzCurve(id: "gini", title: "How evenly the work is shared",
                                   description: "Hours of the 20 contributors.", shares: shares).svg()),
            ("lorenz-equal", LorenzCurve(id: "even", title: "How evenly the work is shared", description: "",
                                         shares: Array(repeating: 3, count: 1000)).svg()),
            ("lorenz-1", LorenzCurve(id: "solo", title: "How evenly the work is shared", description: "",
                                     shares: [7]).svg()),
            ("lorenz-empty", LorenzCurve(id: "none", title: "How evenly the work is shared", description: "",
                                         shares: []).svg()),
            ("bars-kinds", BarList(id: "kinds", title: "Work by kind", description: "Hours by kind of work.",
                                   labels: ["code", "docs", "review", "translation", "care", "organizing", "other"],
                                   values: [420, 130, 96, 40, 22, 7.5, 0.2]).svg()),
            ("bars-compensation", BarList(id: "pay", title: "Compensation", description: "",
                                          labels: ["unpaid", "stipend", "paid"], values: [0.62, 0.08, 0.3],
                                          valueTexts: ["62 %", "8 %", "30 %"]).svg()),
            ("bars-people", BarList(id: "people", title: "Who carries the project", description: "",
                                    labels: ["Ada <Lovelace> & \"friends\"", "Grace Hopper",
                                             "A contributor with a very long name that goes on and on beyond any reasonable width",
                                             "李小龍", "Zoë"],
                                    values: [1204, 310, 22, 8, 0]).svg()),
            ("trends", TrendLines(id: "trends", title: "Trends over two years", description: "",
                                  months: months(from: 2024, 12, count: 24),
                                  lines: [.init(title: "Bus factor", values: [nil, nil] + series(count: 22, scale: 4).map { $0 },
                                                valueTexts: [], wholeNumbers: true, goal: 3, goalText: "goal: at least 3"),
                                          .init(title: "Unpaid share (%)", values: series(count: 24, scale: 80).map { $0 },
                                                valueTexts: [], wholeNumbers: false)],
                                  lastIsSoFar: true).svg()),
            ("bars-empty", BarList(id: "nobars", title: "Work by kind", description: "", labels: [], values: []).svg()),
        ]
    }
}
