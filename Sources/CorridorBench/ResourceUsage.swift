#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the process has used so far, as the operating system counts it.
public enum ResourceUsage {
    /// The peak resident set size of this process in bytes (`getrusage`'s `ru_maxrss`).
    public static var peakResidentBytes: Int {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024   // Linux reports kilobytes
        #else
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss          // macOS reports bytes
        #endif
    }

    /// Nanoseconds on a monotonic clock, for timing.
    @inline(__always) public static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }
}
