import Testing
@testable import CommonsSite

extension Charts {
    @Suite struct ColumnAxisLabelsTests {
        func labels(_ texts: [String], columnWidth: Double) -> ColumnAxisLabels {
            ColumnAxisLabels(texts, columnWidth: columnWidth, fontSize: 13)
        }

        @Test func wideColumnsLabelEveryMonthAndEachJanuaryWithItsYear() {
            let axis = labels(ChartSamples.months(from: 2025, 11, count: 4), columnWidth: 60)
            #expect(axis.labels.filter { $0.row == 0 }.map(\.text) == ["Nov", "Dec", "Jan", "Feb"])
            #expect(axis.labels.filter { $0.row == 1 }.map(\.text) == ["2025", "2026"])
            #expect(axis.labels.filter { $0.row == 1 }.map(\.column) == [0, 2])
        }

        @Test func narrowColumnsLabelCalendarStepsThatIncludeJanuary() {
            let axis = labels(ChartSamples.months(from: 2023, 4, count: 36), columnWidth: 14)
            let months = axis.labels.filter { $0.row == 0 }.map(\.text)
            #expect(Set(months) == ["Jan", "Apr", "Jul", "Oct"])
            #expect(axis.labels.filter { $0.row == 1 }.map(\.text) == ["2023", "2024", "2025", "2026"])
        }

        @Test func veryNarrowColumnsLabelOnlyYears() {
            let axis = labels(ChartSamples.months(from: 2009, 8, count: 200), columnWidth: 2.1)
            #expect(axis.rows == 1)
            #expect(axis.labels.allSatisfy { $0.text.count == 4 })
            // Every labelled column is a January.
            let texts = ChartSamples.months(from: 2009, 8, count: 200)
            #expect(axis.labels.allSatisfy { texts[$0.column].hasSuffix("-01") })
        }

        @Test func noTwoLabelsOnARowOverlap() {
            for count in [1, 2, 7, 13, 25, 48, 61, 120, 200] {
                let columnWidth = 430 / Double(count)
                let axis = labels(ChartSamples.months(from: 2010, 3, count: count), columnWidth: columnWidth)
                for row in 0..<axis.rows {
                    let onRow = axis.labels.filter { $0.row == row }
                    for (a, b) in zip(onRow, onRow.dropFirst()) {
                        let room = Double(b.column - a.column) * columnWidth
                        let needed = (estimatedWidth(a.text, fontSize: 13) + estimatedWidth(b.text, fontSize: 13)) / 2
                        #expect(room >= needed, "\(count) months: \(a.text) and \(b.text) overlap")
                    }
                }
            }
        }

        @Test func otherLabelsAreThinnedToEveryNth() {
            let texts = (1...40).map { "week \($0)" }
            let axis = labels(texts, columnWidth: 10)
            let columns = axis.labels.map(\.column)
            #expect(columns.first == 0)
            let step = columns[1] - columns[0]
            #expect(step > 1)
            #expect(zip(columns, columns.dropFirst()).allSatisfy { $1 - $0 == step })
        }

        @Test func notQuiteMonthsAreOtherLabels() {
            #expect(CalendarMonth(label: "2026-03") == CalendarMonth(label: "2026-03"))
            #expect(CalendarMonth(label: "2026-13") == nil)
            #expect(CalendarMonth(label: "2026-3") == nil)
            #expect(CalendarMonth(label: "２０２６-03") == nil)
            #expect(CalendarMonth(label: "2026-03-01") == nil)
        }
    }
}
