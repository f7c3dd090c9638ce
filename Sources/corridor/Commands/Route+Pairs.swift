import CorridorModel
import CorridorService
import Foundation

/// `corridor route --pairs FILE`: many routes in one process, one TSV line per pair.
extension Route {
    /// The largest pairs file read (256 MiB, some ten million pairs).
    static let maximumPairsFileSize = 256 << 20

    /// `route --pairs FILE --scenario NAME`: per pair (per route with `--alternatives`), the fields of the plain
    /// run on the scenario, then the exact differences from the best route on the compared network (metres,
    /// minutes, cents, grams, typical values) and whether the route is the same; empty where either side has none.
    func runPairs(file: String, on network: Network, whatIf: WhatIf) throws {
        let trip = self.trip
        let differenceHeader = ["delta_distance_m", "delta_time_min", "delta_cost_cents", "delta_co2_g", "same_route"]
        func differenceFields(_ d: PlanDifference?) -> [String] {
            guard let d else { return Array(repeating: "", count: differenceHeader.count) }
            return ["\(d.distance)", "\(d.time.typical)", "\(d.cost.typical)", "\(d.co2.typical)", d.sameRoute ? "yes" : "no"]
        }
        let plainHeader = RoutePlanFormatter.pairsHeader(trip.objective)
        try runPairs(file: file, check: { _ = try network.place(matching: $0) }) { from, to in
            let request = try network.request(from: from, to: to, options: trip)
            do {
                if let alternatives {
                    let comparison = try AlternativesDifference(request, count: alternatives, whatIf: whatIf, maxDetour: trip.maxDetour)
                    return comparison.result.plans.enumerated().map { rank, plan in
                        ["\(rank + 1)"] + RoutePlanFormatter(plan: plan, network: network).pairsFields()
                            + differenceFields(comparison.difference(of: plan))
                    }
                }
                let comparison = try RouteDifference(request, whatIf: whatIf, maxDetour: trip.maxDetour)
                guard let plan = comparison.plan else { return [] }
                return [RoutePlanFormatter(plan: plan, network: network).pairsFields() + differenceFields(comparison.difference)]
            } catch ServiceError.noRoute {
                return []
            }
        } header: {
            (alternatives == nil ? plainHeader : ["from", "to", "rank"] + plainHeader.dropFirst(2)) + differenceHeader
        }
    }

    /// Reads `FROM TO` pairs from `file` ('-' for standard input) and prints a header, then one TSV line per pair:
    /// the two names as written, then the fields of each row `route` returns, or empty fields when it returns none.
    ///
    /// Blank lines and lines starting with `#` are skipped. A line holding a tab is split at tabs (names may then
    /// hold spaces); otherwise at runs of spaces. The whole file is read, and every name passed to `check`, before
    /// anything is printed, so a malformed line or an unknown name stops the run with no output. A pair that `route`
    /// then cannot answer (it throws) gets empty fields and a message naming its line on standard error, and the
    /// run ends with the first such failure once every pair is printed.
    /// - Throws: a bad-data failure naming the file and line for a line without exactly two names, or for a name
    ///   `check` rejects; a missing-input failure for a missing file; the first failure of `route`, at the end.
    func runPairs(file: String, check: (String) throws -> Void, route: (String, String) throws -> [[String]],
                  header: () -> [String]) throws {
        let handle: FileHandle
        if file == "-" {
            handle = FileHandle.standardInput
        } else {
            guard FileManager.default.fileExists(atPath: file) else {
                throw CommandFailure(.missingInput, "Cannot read '\(file)': no such file.",
                                     hint: "Check the path given to --pairs.")
            }
            guard let opened = FileHandle(forReadingAtPath: file) else {
                throw CommandFailure(.failure, "Cannot read '\(file)'.", hint: "Check the file's permissions.")
            }
            handle = opened
        }
        // Read in pieces up to a limit, so that an endless input (a device, a stream of zeros) is refused.
        var data = Data()
        while let piece = try? handle.read(upToCount: 1 << 20), !piece.isEmpty {
            data.append(piece)
            if data.count > Route.maximumPairsFileSize {
                throw CommandFailure(.dataError, "Cannot read '\(file)': it is larger than the "
                                     + "\(Route.maximumPairsFileSize >> 20) MiB a pairs file may have.",
                                     hint: "Split the pairs into several files.")
            }
        }
        let text = String(decoding: data, as: UTF8.self)
        var pairs: [(line: Int, names: [String])] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let names = line.contains("\t")
                ? line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
                : line.split(whereSeparator: { $0 == " " }).map(String.init)
            guard names.count == 2 else {
                throw CommandFailure(.dataError, "Cannot read '\(file)', line \(index + 1): expected two places, "
                                     + "found \(names.count) ('\(line)'); nothing was routed.",
                                     hint: "Write one 'FROM TO' pair per line; separate names holding spaces by a tab.")
            }
            do {
                try check(names[0])
                try check(names[1])
            } catch {
                var failure = error as? CommandFailure ?? CommandFailure(error)
                failure.message = "In '\(file)', line \(index + 1): " + failure.message + " Nothing was routed."
                throw failure
            }
            pairs.append((index + 1, names))
        }
        let columns = header()
        var output = Delimited.tsvLine(columns)
        var firstFailure: CommandFailure?
        for pair in pairs {
            var rows: [[String]] = []
            do {
                rows = try route(pair.names[0], pair.names[1])
            } catch {
                var failure = error as? CommandFailure ?? CommandFailure(error)
                failure.message = "In '\(file)', line \(pair.line): " + failure.message
                Terminal.writeError("error: \(Terminal.printable(failure.message))\n")
                if firstFailure == nil { firstFailure = failure }
            }
            for fields in rows.isEmpty ? [Array(repeating: "", count: columns.count - 2)] : rows {
                output += Delimited.tsvLine(pair.names + fields)
            }
            if output.utf8.count > 1 << 16 {
                Terminal.write(output)
                output = ""
            }
        }
        Terminal.write(output)
        if var failure = firstFailure {
            failure.message = "Some pairs of '\(file)' could not be answered; their lines have empty fields. The first: "
                + failure.message
            throw failure
        }
    }
}
