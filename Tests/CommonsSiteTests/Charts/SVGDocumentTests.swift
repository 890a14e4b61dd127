import Testing
@testable import CommonsSite

extension Charts {
    @Suite struct SVGDocumentTests {
        @Test func idsAreSafeForHTMLAndAriaLists() {
            #expect(SVGDocument.elementID("project-commons_1") == "project-commons_1")
            #expect(SVGDocument.elementID("a b\"<é") == "a-b---")
            #expect(SVGDocument.elementID("") == "chart")
        }

        @Test func everySampleIsWellFormedXML() throws {
            for (name, svg) in ChartSamples.all {
                let root = try parseSVG(svg)
                #expect(root.name == "svg", "\(name)")
                #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg", "\(name)")
            }
        }

        @Test func everySampleIsSelfContainedAndThemable() {
            for (name, svg) in ChartSamples.all {
                #expect(!svg.contains("<script") && !svg.contains("font-family") && !svg.contains("<style"), "\(name)")
                // Colours come from currentColor or a --chart-* property; no hard-coded colour stands alone.
                let colours = svg.matches(of: /#[0-9a-f]{6}/).count
                let themed = svg.matches(of: /var\(--chart-[a-z]+, #[0-9a-f]{6}\)/).count
                #expect(colours == themed, "\(name)")
            }
        }

        @Test func textIsNeverSmallerThanTwelve() throws {
            for (name, svg) in ChartSamples.all {
                let root = try parseSVG(svg)
                let sizes = ([root] + root.descendants).compactMap { $0.number("font-size") }
                #expect(sizes.allSatisfy { $0 >= 12 }, "\(name)")
            }
        }
    }
}
