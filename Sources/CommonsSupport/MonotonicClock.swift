import Glibc

/// Seconds on a clock that only goes forward, for timing how long work takes; the
/// seconds mean nothing on their own, only the difference between two readings.
public enum MonotonicClock {
    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
