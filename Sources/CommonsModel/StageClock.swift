import Glibc

/// Seconds on a clock that only goes forward, for timing a pipeline's steps.
public enum StageClock {
    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
