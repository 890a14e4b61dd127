import Testing
@testable import CommonsSite

extension Charts {
    @Suite struct LorenzCurveTests {
        func curve(_ shares: [Double], description: String = "Hours of each contributor.") -> LorenzCurve {
            LorenzCurve(id: "gini", title: "How evenly the work is shared", description: description, shares: shares)
        }

        @Test func runsFromNothingToEverything() throws {
            let points = curve([5, 1, 3, 1]).points
            #expect(points.first! == (0, 0))
            #expect(points.last! == (1, 1))
            // Least active first: the curve never rises faster than it will later.
            let slopes = zip(points, points.dropFirst()).map { ($1.y - $0.y) / ($1.x - $0.x) }
            #expect(zip(slopes, slopes.dropFirst()).allSatisfy { $0 <= $1 })
            #expect(points.map(\.y)[1...3] == [0.1, 0.2, 0.5])
        }

        @Test func endpointsAreThePlotsCorners() throws {
            let svg = try parseSVG(curve([5, 1, 3, 1]).svg())
            let curvePath = try #require(svg.all("path").first { $0.attributes["stroke"] == ChartPaint.line && $0.attributes["d"]!.count > 20 })
            let numbers = pathNumbers(curvePath.attributes["d"]!)
            let L = LorenzCurve.Drawing.self
            #expect(Array(numbers.prefix(2)) == [L.left, L.bottom])
            #expect(Array(numbers.suffix(2)) == [L.right, L.top])
        }

        @Test func giniMatchesTheSpecFormula() {
            #expect(curve([]).gini == 0)
            #expect(curve([7]).gini == 0)
            #expect(curve([2, 2, 2]).gini == 0)
            #expect(abs(curve([0, 0, 0, 10]).gini - 0.75) < 1e-12)
            // Σ (2i − n − 1)·xᵢ / (n·T) for 1, 3, 5, 1 sorted: (−3·1 − 1·1 + 1·3 + 3·5) / (4·10)
            #expect(abs(curve([5, 1, 3, 1]).gini - 0.35) < 1e-12)
        }

        @Test func theDescriptionCarriesTheGini() throws {
            let svg = try parseSVG(curve([0, 0, 0, 10]).svg())
            #expect(svg.children.first { $0.name == "desc" }?.text == "Hours of each contributor. Gini coefficient: 0.75.")
            let bare = try parseSVG(curve([1, 1], description: "").svg())
            #expect(bare.children.first { $0.name == "desc" }?.text == "Gini coefficient: 0.00.")
        }

        @Test func axesAreLabelled() throws {
            let texts = try parseSVG(curve([1, 2]).svg()).all("text").map(\.text)
            #expect(texts.contains("share of people, least active first"))
            #expect(texts.contains("share of work"))
        }

        @Test func noOneDrawsAnEmptyChartWithANote() throws {
            for shares in [[], [0, 0], [Double.nan]] {
                let svg = try parseSVG(curve(shares).svg())
                #expect(svg.all("text").contains { $0.text == "No work recorded yet" })
                #expect(svg.children.first { $0.name == "desc" }?.text == "Hours of each contributor. No work recorded yet.")
                #expect(curve(shares).points.isEmpty)
            }
        }

        @Test func onePersonIsTheLineOfEquality() throws {
            #expect(curve([7]).points.count == 2)
            let texts = try parseSVG(curve([7]).svg()).all("text").map(\.text)
            #expect(texts.contains("0.00"))
            #expect(!texts.contains { $0.contains("half") })
        }

        @Test func theLessActiveHalfIsReadOffTheCurve() {
            #expect(abs(curve([1, 3]).lowerHalfShare - 0.25) < 1e-12)
            #expect(abs(curve([5, 1, 3, 1]).lowerHalfShare - 0.2) < 1e-12)
            // Three people: halfway between the first (1/3, 0.1) and the second (2/3, 0.3).
            #expect(abs(curve([1, 2, 7]).lowerHalfShare - 0.2) < 1e-12)
        }

        @Test func manyEqualSharesDrawAsOneSegment() {
            let drawing = LorenzCurve.Drawing(curve(Array(repeating: 3, count: 1000)))
            #expect(drawing.drawnPoints.count == 2)
            let skewed = LorenzCurve.Drawing(curve((1...5000).map(Double.init)))
            #expect(skewed.drawnPoints.count < 600)
        }

        @Test func theSameInputIsTheSameBytes() {
            #expect(curve(ChartSamples.shares).svg() == curve(ChartSamples.shares.reversed()).svg())
        }
    }
}
