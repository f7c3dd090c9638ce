// What the lean drivers share: a monotonic clock, medians, a pairs-file reader. Links no Foundation, so a driver's
// peak memory stays that of the graph and its searches.
import CorridorGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The command line of a driver, `GRAPH [--name value]…`: the graph's path and the options by name. Prints `usage`
/// and exits with status 2 when no graph is given.
public func driverArguments(usage: String) -> (path: String, options: [String: String]) {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard let path = arguments.first else {
        print("usage: \(usage)")
        exit(2)
    }
    var options: [String: String] = [:]
    var i = 1
    while i + 1 < arguments.count { options[arguments[i]] = arguments[i + 1]; i += 2 }
    return (path, options)
}

/// The `--runs` option: how many times a driver times each figure (`defaultRuns` if absent); anything but a whole
/// number from 1 on ends the driver with a sentence and exit status 2.
public func runsOption(_ options: [String: String], default defaultRuns: Int) -> Int {
    guard let text = options["--runs"] else { return defaultRuns }
    guard let runs = Int(text), runs >= 1 else {
        print("--runs must be a whole number from 1 on, not '\(text)'")
        exit(2)
    }
    return runs
}

/// Nanoseconds on the monotonic clock.
public func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// Milliseconds elapsed since `start`, a reading of `now()`.
public func milliseconds(since start: UInt64) -> Double { Double(now() - start) / 1e6 }

/// The median of `values`; the mean of the two middle values when their count is even.
/// - Precondition: `values` is not empty.
public func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// `value` rounded to two decimals, as the drivers print it.
public func text(_ value: Double) -> String { String((value * 100).rounded() / 100) }

/// Reads a pairs file: `S T` per line, 1-based, `#` comments; returned 0-based.
public func readPairs(_ path: String) -> [(NodeID, NodeID)] {
    guard let file = fopen(path, "r") else { fatalError("cannot open \(path)") }
    defer { fclose(file) }
    var pairs: [(NodeID, NodeID)] = []
    var line: UnsafeMutablePointer<CChar>?
    var capacity = 0
    while getline(&line, &capacity, file) > 0 {
        let text = String(cString: line!)
        if text.hasPrefix("#") { continue }
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).compactMap { Int($0) }
        if fields.count >= 2 { pairs.append((NodeID(fields[0] - 1), NodeID(fields[1] - 1))) }
    }
    free(line)
    return pairs
}
