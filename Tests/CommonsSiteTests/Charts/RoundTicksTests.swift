import Testing
@testable import CommonsSite

extension Charts {
    @Suite struct RoundTicksTests {
        @Test func stepsAreOneTwoOrFiveTimesAPowerOfTen() {
            #expect(RoundTicks(maximum: 14, wholeNumbers: true).values == [0, 5, 10, 15])
            #expect(RoundTicks(maximum: 21, wholeNumbers: true).values == [0, 5, 10, 15, 20, 25])
        #expect(RoundTicks(maximum: 9999, wholeNumbers: true).values == [0, 2000, 4000, 6000, 8000, 10000])
            #expect(RoundTicks(maximum: 420, wholeNumbers: false).values == [0, 100, 200, 300, 400, 500])
            #expect(RoundTicks(maximum: 8, wholeNumbers: true).values == [0, 2, 4, 6, 8])
        }

        @Test func aMaximumOnATickIsTheTop() {
            #expect(RoundTicks(maximum: 20, wholeNumbers: true).top == 20)
            #expect(RoundTicks(maximum: 0.3, wholeNumbers: false).top == 0.3)
        }

        @Test func countsNeverGetFractionalTicks() {
            #expect(RoundTicks(maximum: 1, wholeNumbers: true).values == [0, 1])
            #expect(RoundTicks(maximum: 3, wholeNumbers: true).values == [0, 1, 2, 3])
        }

        @Test func fractionalValuesGetFractionalLabels() {
            let ticks = RoundTicks(maximum: 0.7, wholeNumbers: false)
            #expect(ticks.step == 0.2)
            #expect(ticks.values.map(ticks.label) == ["0", "0.2", "0.4", "0.6", "0.8"])
        }

        @Test func anEmptyOrZeroAxisStillRunsToOne() {
            for maximum in [0, -5, Double.nan, .infinity] {
                let ticks = RoundTicks(maximum: maximum, wholeNumbers: true)
                #expect(ticks.top == 1)
                #expect(ticks.values == [0, 1])
            }
        }
    }
}
