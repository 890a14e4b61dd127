import Testing
@testable import CommonsSite

extension Charts {
    @Suite struct BarListTests {
        func list(_ labels: [String], _ values: [Double], valueTexts: [String]? = nil) -> BarList {
            BarList(id: "kinds", title: "Work by kind", description: "Hours by kind.", labels: labels, values: values,
                    valueTexts: valueTexts)
        }

        @Test func oneBarPerValueInTheOrderGiven() throws {
            let svg = try parseSVG(list(["code", "docs", "care"], [40, 10, 20]).svg())
            let rects = svg.all("rect")
            #expect(rects.map(\.tooltip) == ["code: 40", "docs: 10", "care: 20"])
            #expect(svg.attributes["viewBox"] == nil)
            #expect(svg.attributes["height"] == "120")
            #expect(svg.attributes["aria-labelledby"] == "kinds-title")
        }

        @Test func lengthsAreProportionalToTheLargest() {
            let drawing = BarList.Drawing(list(["a", "b", "c", "d"], [40, 10, 20, 0]))
            let lengths = drawing.barLengths
            #expect(lengths == [1, 0.25, 0.5, 0])
        }

        @Test func valueTextsEndTheirLabelsLine() throws {
            let svg = try parseSVG(list(["unpaid", "paid"], [0.7, 0.3], valueTexts: ["70 %", "30 %"]).svg())
            let texts = svg.all("text")
            #expect(texts.map(\.text) == ["unpaid", "paid", "70 %", "30 %"])
            #expect(texts.map { $0.attributes["x"] } == ["0", "0", "100%", "100%"])
            #expect(texts[0].attributes["y"] == texts[2].attributes["y"])
            #expect(svg.all("rect").map(\.tooltip) == ["unpaid: 70 %", "paid: 30 %"])
        }

        @Test func longLabelsAreCutButTheTooltipKeepsThemWhole() throws {
            let long = String(repeating: "a very long project title ", count: 6)
            let svg = try parseSVG(list([long], [1]).svg())
            let shown = svg.all("text")[0].text
            #expect(shown.hasSuffix("…") && shown.count < long.count)
            #expect(svg.all("rect")[0].tooltip == "\(long): 1")
        }

        @Test func zerosAndNothingDrawWithoutDividingByZero() throws {
            let zeros = try parseSVG(list(["a", "b"], [0, 0]).svg())
            #expect(zeros.all("rect").allSatisfy { $0.attributes["width"] == "0%" })
            let empty = try parseSVG(list([], []).svg())
            #expect(empty.all("rect").isEmpty)
            #expect(empty.all("text").map(\.text) == ["No data yet"])
            let odd = try parseSVG(list(["a"], [.nan, -1]).svg())
            #expect(odd.all("rect").count == 2)
        }

        @Test func userTextIsEscaped() throws {
            let svg = list(["Ada <Lovelace> & \"friends\""], [3]).svg()
            #expect(!svg.contains("<Lovelace>"))
            #expect(try parseSVG(svg).all("text")[0].text == "Ada <Lovelace> & \"friends\"")
        }

        @Test func theSameInputIsTheSameBytes() {
            #expect(list(["x", "y"], [1.234, 5.678]).svg() == list(["x", "y"], [1.234, 5.678]).svg())
        }
    }
}
