import Foundation

/// How `corridor bench` writes its report: an aligned table for people, JSON or CSV for scripts.
public enum ReportFormat: String, CaseIterable, Sendable {
    case table, json, csv
}

extension BenchReport {
    /// The report in `format`, ending with a newline.
    public func formatted(_ format: ReportFormat) -> String {
        switch format {
        case .table: return table
        case .json: return Self.json(self)
        case .csv: return csv
        }
    }

    var table: String {
        var lines: [String] = []
        lines.append("graph \(graph.name): \(graph.nodeCount) nodes, \(graph.arcCount) arcs; "
            + "loaded in \(fixed(graph.loadMilliseconds, 1)) ms, built in \(fixed(graph.buildMilliseconds, 1)) ms")
        lines.append("queries: \(queries) (\(queryCount), \(unreachableCount) unreachable)")
        let header = ["algorithm", "prep ms", "queries/s", "p50 µs", "p95 µs", "p99 µs", "mean settled", "scratch MB", "checksum"]
        var rows = [header]
        for a in algorithms {
            rows.append([a.name, fixed(a.preprocessingMilliseconds, 1), fixed(a.queriesPerSecond, 1),
                         fixed(a.latency.p50, 1), fixed(a.latency.p95, 1), fixed(a.latency.p99, 1),
                         fixed(a.meanSettled, 0), fixed(Double(a.scratchBytes) / 1e6, 1), String(a.checksum)])
        }
        lines += aligned(rows)
        lines.append(agreement)
        lines.append("peak memory: \(fixed(Double(peakResidentBytes) / 1e6, 1)) MB resident")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One sentence on whether the algorithms agree, naming the first disagreement.
    public var agreement: String {
        let names = algorithms.map(\.name)
        guard let first = mismatches.first else {
            return names.count == 1
                ? "agreement: only \(names[0]) ran, nothing to compare"
                : "agreement: all \(names.count) algorithms return the same distance on all \(queryCount) queries"
        }
        let answers = names.map { "\($0) \(first.distances[$0].flatMap { $0 }.map(String.init) ?? "unreachable")" }
        return "MISMATCH: the algorithms disagree on \(mismatches.count) of \(queryCount) queries; first, query \(first.query) "
            + "(\(first.source) → \(first.target)): " + answers.joined(separator: ", ")
    }

    var csv: String {
        var lines = ["algorithm,preprocessing_ms,total_ms,queries_per_second,mean_us,p50_us,p95_us,p99_us,max_us,mean_settled,scratch_bytes,checksum,queries,unreachable,mismatches,graph,nodes,arcs,load_ms,build_ms"]
        for a in algorithms {
            let fields: [String] = [
                a.name, fixed(a.preprocessingMilliseconds, 3), fixed(a.totalMilliseconds, 3), fixed(a.queriesPerSecond, 3),
                fixed(a.latency.mean, 3), fixed(a.latency.p50, 3), fixed(a.latency.p95, 3), fixed(a.latency.p99, 3),
                fixed(a.latency.max, 3), fixed(a.meanSettled, 1), String(a.scratchBytes), String(a.checksum),
                String(queryCount), String(unreachableCount), String(mismatches.count),
                graph.name, String(graph.nodeCount), String(graph.arcCount),
                fixed(graph.loadMilliseconds, 3), fixed(graph.buildMilliseconds, 3),
            ]
            lines.append(fields.map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension OneToAllReport {
    /// The report in `format`, ending with a newline.
    public func formatted(_ format: ReportFormat) -> String {
        switch format {
        case .json: return BenchReport.json(self)
        case .csv:
            let header = "graph,nodes,arcs,load_ms,build_ms,source,runs,median_ms,min_ms,checksum,reached,settled,scratch_bytes,peak_resident_bytes"
            let row = [graph.name, String(graph.nodeCount), String(graph.arcCount), fixed(graph.loadMilliseconds, 3),
                       fixed(graph.buildMilliseconds, 3), String(source), String(runMilliseconds.count),
                       fixed(medianMilliseconds, 3), fixed(runMilliseconds.min() ?? 0, 3), String(checksum), String(reached),
                       String(settled), String(scratchBytes), String(peakResidentBytes)]
            return header + "\n" + row.map(csvField).joined(separator: ",") + "\n"
        case .table:
            return """
                graph \(graph.name): \(graph.nodeCount) nodes, \(graph.arcCount) arcs; loaded in \(fixed(graph.loadMilliseconds, 1)) ms, built in \(fixed(graph.buildMilliseconds, 1)) ms
                one-to-all dijkstra from node \(source): \(runMilliseconds.count) runs, median \(fixed(medianMilliseconds, 2)) ms (runs: \(runMilliseconds.map { fixed($0, 2) }.joined(separator: ", ")))
                checksum \(checksum) (sum of finite distances), reached \(reached), settled \(settled)
                peak memory: \(fixed(Double(peakResidentBytes) / 1e6, 1)) MB resident

                """
        }
    }
}

/// `value` with `digits` decimals.
func fixed(_ value: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", value)
}

/// A CSV field, quoted when it holds a comma, quote or line break.
func csvField(_ text: String) -> String {
    text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
}

/// Rows as lines with columns padded: the first column left-aligned, the others right-aligned.
func aligned(_ rows: [[String]]) -> [String] {
    guard let columns = rows.map(\.count).max() else { return [] }
    var widths = [Int](repeating: 0, count: columns)
    for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
    return rows.map { row in
        row.enumerated().map { i, cell in
            let pad = String(repeating: " ", count: widths[i] - cell.count)
            return i == 0 ? cell + pad : pad + cell
        }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
}
