import Testing
@testable import CommonsSite

extension Charts {
    @Suite struct TrendLinesTests {
        let chart = TrendLines(id: "t", title: "Trends", description: "",
                               months: ChartSamples.months(from: 2025, 1, count: 4),
                               lines: [.init(title: "Active people", values: [nil, 2, 4, 3],
                                             valueTexts: ["", "2 people", "4 people", "3 people"], wholeNumbers: true,
                                             goal: 3, goalText: "goal: 3")],
                               lastIsSoFar: true)

        @Test func pointsSitInTheMiddleOfTheirMonthAcrossAnyWidth() throws {
            let svg = try parseSVG(chart.svg())
            let circles = svg.all("circle")
            #expect(circles.map { $0.attributes["cx"] } == ["37.5%", "62.5%", "87.5%"])
            #expect(circles.map(\.tooltip) == ["2025-02: 2 people", "2025-03: 4 people", "2025-04 (so far): 3 people"])
        }

        @Test func linesStretchAcrossButTheirStrokesDoNot() throws {
            let svg = try parseSVG(chart.svg())
            let plot = try #require(svg.all("svg").first)
            #expect(plot.attributes["preserveAspectRatio"] == "none" && plot.attributes["width"] == "100%")
            let paths = plot.all("path")
            // The settled line, then the dashed segment to the unfinished month.
            #expect(paths.count == 2 && paths[1].attributes["stroke-dasharray"] == "3 3")
            #expect(paths.allSatisfy { $0.attributes["vector-effect"] == "non-scaling-stroke" })
            #expect(paths[0].attributes["d"]!.hasPrefix("M375 "))
        }

        @Test func theGoalIsALevelAcrossTheWholePlot() throws {
            let svg = try parseSVG(chart.svg())
            let goal = try #require(svg.all("line").first { $0.attributes["stroke-dasharray"] == "6 4" })
            #expect(goal.attributes["x1"] == "0" && goal.attributes["x2"] == "100%")
            #expect(svg.all("text").contains { $0.text == "goal: 3" && $0.attributes["x"] == "100%" })
        }
    }
}
