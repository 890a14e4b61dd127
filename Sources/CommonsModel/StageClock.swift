import Glibc

/// Wall time per named stage, for `build`'s output and the benchmark.
public struct StageClock: Sendable {
    private var last: Double
    public private(set) var laps: [(stage: String, seconds: Double)] = []

    public init() { last = StageClock.now() }

    public mutating func lap(_ stage: String) {
        let now = StageClock.now()
        laps.append((stage, now - last))
        last = now
    }

    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
