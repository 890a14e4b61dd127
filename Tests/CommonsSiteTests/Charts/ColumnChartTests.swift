import Testing
@testable import CommonsSite

extension Charts {
    @Suite struct ColumnChartTests {
        func chart(labels: [String], values: [Double], unit: String = "contributions") -> ColumnChart {
            ColumnChart(id: "monthly", title: "Contributions per month", description: "Since 2023.",
                        labels: labels, values: values, unit: unit)
        }

        @Test func isAnAccessibleImageNamedByItsTitleAndDescription() throws {
            let svg = try parseSVG(chart(labels: ["2026-03"], values: [4]).svg())
            #expect(svg.attributes["role"] == "img")
            #expect(svg.attributes["aria-labelledby"] == "monthly-title")
            #expect(svg.attributes["aria-describedby"] == "monthly-desc")
            #expect(svg.attributes["width"] == "100%")
            #expect(svg.attributes["height"] == "240")
            #expect(svg.attributes["viewBox"] == nil)
            let title = try #require(svg.children.first { $0.name == "title" })
            let desc = try #require(svg.children.first { $0.name == "desc" })
            #expect(title.attributes["id"] == "monthly-title" && title.text == "Contributions per month")
            #expect(desc.attributes["id"] == "monthly-desc" && desc.text == "Since 2023.")
        }

        @Test func oneColumnPerValueEachWithATooltip() throws {
            let labels = ChartSamples.months(from: 2025, 6, count: 10)
            let values: [Double] = [3, 14, 0, 1, 7, 7, 2, 0, 9, 12]
            let rects = try parseSVG(chart(labels: labels, values: values).svg()).all("rect")
            #expect(rects.count == values.count)
            #expect(rects[1].tooltip == "2025-07: 14 contributions")
            #expect(rects[2].tooltip == "2025-08: 0 contributions")
        }

        @Test func tooltipsTakeTheRenderersWordingWhenGiven() throws {
            let chart = ColumnChart(id: "c", title: "t", description: "d", labels: ["2026-03", "2026-04"],
                                    values: [1, 2.5], unit: "hours", valueTexts: ["1 hour", "2½ hours"])
            let rects = try parseSVG(chart.svg()).all("rect")
            #expect(rects.map(\.tooltip) == ["2026-03: 1 hour", "2026-04: 2½ hours"])
        }

        @Test func heightsAreProportionalAndBarsStandOnTheAxis() throws {
            let monthly = chart(labels: ChartSamples.months(from: 2026, 1, count: 4), values: [5, 10, 20, 0])
            let drawing = ColumnChart.Drawing(monthly)
            let bars = drawing.bars
            #expect(drawing.ticks.top == 20)
            #expect(bars[2].height == drawing.plotHeight.roundedToTenths)
            #expect(abs(bars[1].height * 2 - bars[2].height) <= 0.15)
            #expect(abs(bars[0].height * 4 - bars[2].height) <= 0.25)
            #expect(bars[3].height == 0)
            for bar in bars { #expect(abs(bar.y + bar.height - drawing.bottom) < 0.05) }
            // The rects say the same.
            let rects = try parseSVG(monthly.svg()).all("rect")
            #expect(rects.compactMap { $0.number("height") } == bars.map(\.height))
        }

        @Test func someActivityIsNeverDrawnAsNone() {
            let bars = ColumnChart.Drawing(chart(labels: [], values: [1000, 1])).bars
            #expect(bars[1].height >= 1)
        }

        @Test func columnsStayInsideThePlotAndDoNotOverlap() {
            for count in [1, 2, 12, 37, 200] {
                let drawing = ColumnChart.Drawing(chart(labels: ChartSamples.months(from: 2000, 1, count: count),
                                                      values: ChartSamples.series(count: count, scale: 50)))
                let bars = drawing.bars
                #expect(bars.first!.x >= 0)
                #expect(bars.last!.x + bars.last!.width <= 1)
                #expect(zip(bars, bars.dropFirst()).allSatisfy { ($0.x + $0.width).roundedToPercentHundredths <= $1.x })
                // No slabs: at its widest a column is at most 80 % of its 56 px (all of it
                // when columns touch).
                let most = (drawing.columnsTouch ? 1 : 0.8) * ColumnChart.Drawing.widestSlot + 0.1
                #expect(bars.allSatisfy { $0.width > 0 && $0.width * drawing.widest <= most }, "\(count)")
            }
        }

        @Test func manyMonthsTouchEdgeToEdge() {
            let drawing = ColumnChart.Drawing(chart(labels: ChartSamples.months(from: 2009, 8, count: 200),
                                                    values: ChartSamples.series(count: 200, scale: 300)))
            let bars = drawing.bars
            #expect(drawing.columnsTouch)
            #expect(zip(bars, bars.dropFirst()).allSatisfy { abs($0.x + $0.width - $1.x) < 0.00005 })
        }

        @Test func zerosAndNothingDrawWithoutDividingByZero() throws {
            let zeros = try parseSVG(chart(labels: ChartSamples.months(from: 2026, 1, count: 3), values: [0, 0, 0]).svg())
            #expect(zeros.all("rect").allSatisfy { $0.attributes["height"] == "0" })
            let empty = try parseSVG(chart(labels: [], values: []).svg())
            #expect(empty.all("rect").isEmpty)
            #expect(empty.all("text").contains { $0.text == "No data yet" })
            let odd = try parseSVG(chart(labels: ["a"], values: [.nan, -4, .infinity]).svg())
            #expect(odd.all("rect").count == 3)
            #expect(!odd.descendants.contains { $0.attributes.values.contains { $0.contains("nan") || $0.contains("inf") } })
        }

        @Test func userTextIsEscaped() throws {
            let chart = ColumnChart(id: "x", title: "<b>Hours</b> & co", description: "\"quoted\"",
                                    labels: ["<script>"], values: [1], unit: "h & m")
            let svg = chart.svg()
            #expect(!svg.contains("<b>") && !svg.contains("<script>"))
            let parsed = try parseSVG(svg)
            #expect(parsed.children.first { $0.name == "title" }?.text == "<b>Hours</b> & co")
            #expect(parsed.all("rect").first?.tooltip == "<script>: 1 h & m")
        }

        @Test func theSameInputIsTheSameBytes() {
            let make = { chart(labels: ChartSamples.months(from: 2020, 5, count: 70),
                               values: ChartSamples.series(count: 70, scale: 33.3).map { $0 / 3 }, unit: "hours").svg() }
            #expect(make() == make())
        }

        @Test func coordinatesCarryAtMostOneDecimalOfAPixelOrTwoOfAPercent() {
            let svg = chart(labels: ChartSamples.months(from: 2020, 5, count: 70),
                            values: ChartSamples.series(count: 70, scale: 33.3).map { $0 / 3 }).svg()
            #expect(svg.firstMatch(of: /\d\.\d\d[^%\d]/) == nil)
            #expect(svg.firstMatch(of: /\d\.\d\d\d/) == nil)
        }

        @Test func stretchesWithItsColumnButNotPastWhatItsMonthsNeed() throws {
            let few = try parseSVG(chart(labels: ChartSamples.months(from: 2026, 1, count: 2), values: [1, 2]).svg())
            let style = try #require(few.attributes["style"])
            #expect(style.contains("overflow:visible") && style.contains("height:240px"))
            // Two months get the room of three, not a desktop's width.
            let drawing = ColumnChart.Drawing(chart(labels: ChartSamples.months(from: 2026, 1, count: 2), values: [1, 2]))
            #expect(style.contains("max-width:\(drawing.widest.coordinate)px"))
            #expect(drawing.widest == 3 * ColumnChart.Drawing.widestSlot)
            let many = ColumnChart.Drawing(chart(labels: ChartSamples.months(from: 2020, 1, count: 40), values: ChartSamples.series(count: 40, scale: 9)))
            #expect(many.widest == 40 * ColumnChart.Drawing.widestSlot)
            // The value labels hang left of the plot, in its gutter.
            #expect(style.contains("margin-left:\(drawing.gutter.coordinate)px;width:calc(100% - \(drawing.gutter.coordinate)px)"))
            #expect(few.all("text").contains { $0.attributes["x"] == "-6" && $0.text == "2" })
        }
    }
}
