import Testing
@testable import CommonsSite

extension Charts {
    @Suite struct FixedDecimalsTests {
        @Test func roundsToTheGivenPlaces() {
            #expect(0.426.fixed(2) == "0.43")
            #expect(3.0.fixed(2) == "3.00")
            #expect(12.25.fixed(1) == "12.3")
            #expect((-1.26).fixed(1) == "-1.3")
        }

        @Test func coordinatesDropAFractionOfZeros() {
            #expect(120.0.coordinate == "120")
            #expect(120.04.coordinate == "120")
            #expect(52.345.coordinate == "52.3")
            #expect(0.05.coordinate == "0.1")
        }

        @Test func neverWritesMinusZeroOrAnExponent() {
            #expect((-0.01).coordinate == "0")
            #expect(1e-9.coordinate == "0")
            #expect(1234567.0.coordinate == "1234567")
            #expect(Double.nan.coordinate == "0")
        }

        @Test func onlyFiniteAmountsAboveZeroAreDrawn() {
            #expect(Double.nan.drawable == 0)
            #expect(Double.infinity.drawable == 0)
            #expect((-3.0).drawable == 0)
            #expect(2.5.drawable == 2.5)
        }
    }
}
