import CorridorGraph
import CorridorImport
import FuzzSupport

/// Fuzzes the DIMACS readers. An input is a graph file, optionally followed by the byte 0x1E and a coordinate file.
/// A graph that reads is built and searched (Dijkstra, and A* with the geographic bound when the coordinates read
/// too), so the readers' promises (node ids in range, weights below infinity, one coordinate per node) are checked
/// by the code that relies on them. Errors are expected; crashes, traps and sanitizer reports are findings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDIMACS(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let parts = ScratchFiles.parts(of: UnsafeBufferPointer(start: data, count: size), limit: 2)
    let graphFile = ScratchFiles.write(parts[0], as: "input.gr")
    guard let parsed = try? DIMACSReader.readGraph(at: graphFile) else { return 0 }
    var coordinates: [Coordinate]?
    if parts.count > 1 {
        let file = ScratchFiles.write(parts[1], as: "input.co")
        coordinates = try? DIMACSReader.readCoordinates(at: file, nodeCount: parsed.nodeCount)
    }
    let list = EdgeList(parsed, coordinates: coordinates)
    let (arcs, _) = list.arcs(undirected: false)
    let graph = Graph(nodeCount: list.nodeCount, arcs: arcs)
    guard graph.nodeCount > 0 else { return 0 }
    let source = NodeID(0), target = NodeID(graph.nodeCount - 1)
    var dijkstra = Dijkstra(graph)
    let path = dijkstra.shortestPath(from: source, to: target)
    if let placed = list.coordinates, placed.allSatisfy({ $0 != nil }) {
        let bound = GeographicBound(graph: graph, coordinates: placed.map { $0! })
        var astar = AStar(graph)
        let other = astar.shortestPath(from: source, to: target, heuristic: bound.heuristic(to: target))
        precondition(other?.weight == path?.weight, "A* and Dijkstra disagree")
    }
    return 0
}
