import CommonsSupport
import Testing

@Suite struct MonotonicClockTests {
    @Test func neverGoesBack() {
        var last = MonotonicClock.now()
        for _ in 0..<1000 {
            let now = MonotonicClock.now()
            #expect(now >= last)
            last = now
        }
    }
}
