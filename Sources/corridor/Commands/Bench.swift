import ArgumentParser
import CorridorBench
import CorridorGraph
import CorridorImport
import CorridorStore
import Foundation

/// `corridor bench`: times the shortest-path algorithms on a graph, checks that they agree, and reports.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time the shortest-path algorithms on a graph and check that they agree.",
        discussion: """
            The graph is a DIMACS file (--dimacs), a stored graph (--network) or a generated one (--generate \
            grid:WxH or random:N,M). Every algorithm answers the same queries, taking turns in blocks of 50, and the report gives per \
            algorithm the preprocessing time, queries per second, p50/p95/p99 latency, mean settled nodes and memory. \
            If any two algorithms return different distances the report says so and the command exits with status 1. \
            With --one-to-all SOURCE it times full shortest-path trees instead and prints the checksum of distances \
            that the peer engines print. Node ids are 1-based, as in DIMACS files. Progress goes to standard error \
            when it is a terminal.
            """
    )

    @Option(help: ArgumentHelp("A DIMACS road graph (.gr or .gr.gz).", valueName: "file"))
    var dimacs: String?

    @Option(help: ArgumentHelp("DIMACS coordinates (.co[.gz]) for A*; found beside --dimacs when left out.", valueName: "file"))
    var coordinates: String?

    @Option(help: ArgumentHelp("A graph stored in the database (see 'corridor network list').", valueName: "name"))
    var network: String?

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Generate the graph: grid:WIDTHxHEIGHT or random:NODES,ARCS (seeded by --seed).", valueName: "spec"))
    var generate: String?

    @Option(help: ArgumentHelp("Query pairs: 'SOURCE TARGET' per line, 1-based ids.", valueName: "file"))
    var pairs: String?

    @Option(help: "How many random query pairs to draw when no --pairs file is given.")
    var queries: Int = 1000

    @Option(help: "Seed for random pairs and generated graphs.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Comma-separated: \(AlgorithmKind.allCases.map(\.rawValue).joined(separator: ",")) (default: all that apply but ch).", valueName: "list"))
    var algorithms: String?

    @Option(help: ArgumentHelp("Inflate A*'s bound by this factor (weighted A*: faster, inexact above 1).", valueName: "factor"))
    var astarWeight: Double = 1

    @Option(help: "Report format.")
    var format: ReportFormatArgument = .table

    @Option(name: .customLong("one-to-all"), help: ArgumentHelp("Time full shortest-path trees from this node instead.", valueName: "source"))
    var oneToAllSource: Int?

    @Option(help: "How many one-to-all runs to time.")
    var runs: Int = 5

    @Option(help: ArgumentHelp("Draw the latency distribution of each algorithm into this SVG file.", valueName: "file"))
    var svg: String?

    @Flag(help: "With --svg, replace the file if it is already there.")
    var force = false

    /// The most random queries one run makes (their pairs and latencies take about 40 bytes each).
    static let maximumQueries = 10_000_000

    func validate() throws {
        let inputs = [dimacs, network, generate].compactMap { $0 }
        if inputs.count != 1 { throw ValidationError("Choose one graph: --dimacs FILE, --network NAME or --generate SPEC.") }
        if queries < 1 || queries > Bench.maximumQueries {
            throw ValidationError("--queries must be between 1 and \(Bench.maximumQueries), not \(queries).")
        }
        if runs < 1 { throw ValidationError("--runs must be at least 1.") }
        if !(astarWeight >= 1) || !astarWeight.isFinite { throw ValidationError("--astar-weight must be 1 or more.") }
        if coordinates != nil && dimacs == nil { throw ValidationError("--coordinates goes with --dimacs.") }
        if oneToAllSource != nil && (pairs != nil || algorithms != nil || svg != nil) {
            throw ValidationError("--one-to-all times Dijkstra trees; leave out --pairs, --algorithms and --svg.")
        }
        _ = try requestedAlgorithms()
    }

    /// The algorithms named by --algorithms, or `nil` for the default.
    func requestedAlgorithms() throws -> [AlgorithmKind]? {
        guard let algorithms else { return nil }
        var kinds: [AlgorithmKind] = []
        for name in algorithms.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let kind = AlgorithmKind(rawValue: name.lowercased()) else {
                throw ValidationError("Unknown algorithm '\(name)'. Choose from \(AlgorithmKind.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        if kinds.isEmpty { throw ValidationError("--algorithms names no algorithm.") }
        return kinds
    }

    func run() throws {
        do {
            try runBenchmark()
        } catch let error as BenchError {
            switch error {
            case .unknownGenerator, .sourceOutOfRange: throw CommandFailure(.usage, error.description)
            default: throw CommandFailure(.dataError, error.description)
            }
        }
    }

    private func runBenchmark() throws {
        if let svg { try OutputFile.refuseExisting(svg, force: force) }
        let progress = ProgressBar()
        let input = try BenchInput.load(dimacs: dimacs, coordinates: coordinates, network: network, generate: generate,
                                        seed: seed, database: database, lean: oneToAllSource != nil, progress: progress)
        if let source = oneToAllSource {
            guard source >= 1 && source <= input.graph.nodeCount else {
                throw BenchError.sourceOutOfRange(value: source, nodeCount: input.graph.nodeCount)
            }
            let report = try BenchRunner.oneToAll(graph: input.graph, info: input.info, source: NodeID(source - 1), runs: runs) {
                progress.update("one-to-all", $0, $1)
            }
            progress.finish()
            Terminal.write(report.formatted(format.value))
            return
        }
        var kinds = try requestedAlgorithms() ?? AlgorithmKind.allCases.filter { $0.runsByDefault && (!$0.needsCoordinates || input.coordinates != nil) }
        if input.coordinates == nil, kinds.contains(where: \.needsCoordinates) {
            throw CommandFailure(.usage, "A* needs node coordinates, and this graph has none.",
                                 hint: dimacs != nil ? "Pass --coordinates FILE.co, or leave astar out of --algorithms." : "Leave astar out of --algorithms.")
        }
        if kinds.isEmpty { kinds = [.dijkstra] }
        let querySet = try pairs.map { try QuerySet.read(file: $0, nodeCount: input.graph.nodeCount) }
            ?? QuerySet.random(count: queries, seed: seed, nodeCount: input.graph.nodeCount)
        let graph = input.graph, weight = astarWeight
        var bound: GeographicBound?
        let makers: [() -> any ShortestPathAlgorithm] = kinds.map { kind in
            {
                if kind.needsCoordinates, bound == nil { bound = GeographicBound(graph: graph, coordinates: input.coordinates!) }
                return kind.make(graph: graph, bound: bound, heuristicWeight: weight)
            }
        }
        let report = BenchRunner(graph: input.info, queries: querySet, algorithms: makers).run {
            progress.update("queries", $0, $1)
        }
        progress.finish()
        Terminal.write(report.formatted(format.value))
        if let svg {
            try OutputFile.write(LatencyPlot.svg(for: report), to: svg, force: force)
        }
        if !report.allAgree {
            throw CommandFailure(.failure, "The algorithms disagree on \(report.mismatches.count) of \(report.queryCount) queries.",
                                 hint: astarWeight > 1 ? "Weighted A* (--astar-weight above 1) trades exactness for speed." : nil)
        }
    }
}

/// `--format`: an argument wrapper for the library's ``ReportFormat``.
enum ReportFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
    var value: ReportFormat { ReportFormat(rawValue: rawValue)! }
}
