import CorridorBench
import CorridorGraph
import CorridorImport
import CorridorService
import CorridorStore
import Foundation

/// The graph a benchmark runs on, with its coordinates (if any) and what loading it cost.
struct BenchInput {
    var graph: Graph
    var coordinates: [Coordinate]?
    var info: BenchReport.GraphInfo

    /// Loads the one graph the options name. `lean` skips the coordinates (one-to-all does not need them) so that
    /// the memory figure is that of the graph and the search alone.
    static func load(dimacs: String?, coordinates: String?, network: String?, generate: String?, seed: UInt64,
                     database: DatabaseOptions, lean: Bool, progress: ProgressBar) throws -> BenchInput {
        if let dimacs {
            progress.note("reading \(dimacs)")
            let start = ResourceUsage.now()
            var parsed: DIMACSGraph? = try DIMACSReader.readGraph(at: dimacs)
            let loaded = ResourceUsage.now()
            let nodeCount = parsed!.nodeCount
            if parsed!.isSparse {
                throw CommandFailure(.dataError, "Cannot bench '\(dimacs)': its problem line announces "
                                     + "\(nodeCount) nodes but its \(parsed!.arcs.count) arcs touch at most "
                                     + "\(2 * parsed!.arcs.count); the benchmark needs the graph it describes.",
                                     hint: "Fix the node count on the 'p sp' line, or import it and bench --network NAME.")
            }
            let arcs = parsed!.arcs
            parsed = nil   // the graph build below then holds the only reference and frees the arcs early
            let graph = Graph(nodeCount: nodeCount, arcs: consume arcs)
            let built = ResourceUsage.now()
            var points: [Coordinate]?
            if !lean, let file = coordinates ?? coordinatesBeside(dimacs) {
                points = try DIMACSReader.readCoordinates(at: file, nodeCount: nodeCount)
            }
            let name = dimacs.split(separator: "/").last.map(String.init) ?? dimacs
            return BenchInput(graph: graph, coordinates: points, info: .init(
                name: name, nodeCount: nodeCount, arcCount: graph.arcCount,
                loadMilliseconds: Double(loaded - start) / 1e6, buildMilliseconds: Double(built - loaded) / 1e6))
        }
        if let network {
            let start = ResourceUsage.now()
            let stored = try database.openForReading().storedGraph(named: network, withCoordinates: !lean)
            let loaded = ResourceUsage.now()
            let points = stored.completeCoordinates
            return BenchInput(graph: stored.graph, coordinates: points, info: .init(
                name: network, nodeCount: stored.graph.nodeCount, arcCount: stored.graph.arcCount,
                loadMilliseconds: Double(loaded - start) / 1e6, buildMilliseconds: 0))
        }
        let spec = generate ?? ""
        let start = ResourceUsage.now()
        let generated = try GeneratedGraph(spec, seed: seed)
        let done = ResourceUsage.now()
        return BenchInput(graph: generated.graph, coordinates: generated.coordinates, info: .init(
            name: "\(spec) (seed \(seed))", nodeCount: generated.graph.nodeCount, arcCount: generated.graph.arcCount,
            loadMilliseconds: Double(done - start) / 1e6, buildMilliseconds: 0))
    }

    /// The coordinate file that usually sits beside a DIMACS graph: `X.co[.gz]` for `X.gr[.gz]`; the travel-time
    /// graph `USA-road-t.X` shares the coordinates of `USA-road-d.X`.
    static func coordinatesBeside(_ graphFile: String) -> String? {
        let url = URL(fileURLWithPath: graphFile)
        var name = url.lastPathComponent
        if name.hasSuffix(".gz") { name.removeLast(3) }
        guard name.hasSuffix(".gr") else { return nil }
        let stem = String(name.dropLast(3))
        var stems = [stem]
        if let t = stem.range(of: "-t.", options: .backwards) { stems.append(stem.replacingCharacters(in: t, with: "-d.")) }
        let folder = url.deletingLastPathComponent()
        let candidates = stems.flatMap { [folder.appendingPathComponent($0 + ".co").path, folder.appendingPathComponent($0 + ".co.gz").path] }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }
}
