import CorridorGraph
import CorridorImport
import FuzzSupport

/// Fuzzes the pgRouting edge-list reader (plain, or gzip when the input starts with gzip's magic bytes). An edge
/// list that reads is turned into arcs both ways (directed and undirected), built and searched with Dijkstra and
/// bidirectional Dijkstra, which must agree. Errors are expected; crashes, traps and sanitizer reports are findings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEdgeList(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = ScratchFiles.write(UnsafeBufferPointer(start: data, count: size), as: "input.csv")
    guard let list = try? EdgeListReader.read(at: file) else { return 0 }
    for undirected in [false, true] {
        let (arcs, edgeIndex) = list.arcs(undirected: undirected)
        precondition(arcs.count == edgeIndex.count && arcs.count == list.arcCosts(undirected: undirected).count)
        let graph = Graph(nodeCount: list.nodeCount, arcs: arcs)
        guard graph.nodeCount > 0 else { continue }
        var dijkstra = Dijkstra(graph), bidirectional = BidirectionalDijkstra(graph)
        let source = NodeID(0), target = NodeID(graph.nodeCount - 1)
        let one = dijkstra.shortestPath(from: source, to: target)
        let other = bidirectional.shortestPath(from: source, to: target)
        precondition(one?.weight == other?.weight, "Dijkstra and bidirectional Dijkstra disagree")
    }
    return 0
}
