/// pgRouting's own documented sample graph and the answers its documentation prints for it, so that an import of
/// the same edges can be checked against pgRouting's `pgr_dijkstra` and `pgr_KSP`.
///
/// Sources (pgRouting 3.x manual; the vertex ids are the ones `pgr_extractVertices` gives, as the manual shows):
/// - edges: https://docs.pgrouting.org/latest/en/sampledata.html ("Edges", ids 1–18)
/// - shortest paths: https://docs.pgrouting.org/latest/en/pgr_dijkstra.html (its examples, directed and undirected)
/// - k shortest paths: https://docs.pgrouting.org/latest/en/pgr_KSP.html (K = 2; directed, and `directed => false`;
///   the examples with `heap_paths => true` are left out, since they list extra paths from Yen's candidate heap)
///
/// When several paths tie, pgRouting's choice among them is whatever its search met first (its manual even prints
/// two different shortest paths from 6 to 17 in two examples), so a check compares the exact path only where the
/// documented one is the only loopless path of its cost (and, for `pgr_KSP`, of its number of edges).
public enum PgRoutingSample {
    /// The `edges` table as an edge-list CSV in pgRouting's convention.
    public static let edges = """
        id,source,target,cost,reverse_cost
        1,5,6,1,1
        2,6,10,-1,1
        3,10,15,-1,1
        4,6,7,1,1
        5,10,11,1,-1
        6,1,3,1,1
        7,3,7,1,1
        8,7,11,1,1
        9,11,16,1,1
        10,7,8,1,1
        11,11,12,1,-1
        12,8,12,1,-1
        13,12,17,1,-1
        14,8,9,1,1
        15,16,17,1,1
        16,15,16,1,1
        17,2,4,1,1
        18,13,14,1,1

        """

    /// One documented answer: the `rank`-th path (1-based) of a query, with its total cost, nodes and edge ids.
    public struct Answer: Sendable {
        public var function: String   // "pgr_dijkstra" or "pgr_KSP"
        public var directed: Bool
        public var source: Int64
        public var target: Int64
        public var rank: Int
        public var cost: Int
        public var nodes: [Int64]
        public var edges: [Int64]
    }

    /// The documented answers: `function directed|undirected source target rank cost nodes edges`.
    /// A query whose documented result is empty (6 → 14) has no line; ``emptyQueries`` lists it.
    static let table = """
        pgr_dijkstra directed 6 10 1 5 6,7,11,16,15,10 4,8,9,16,3
        pgr_dijkstra directed 6 17 1 4 6,7,11,16,17 4,8,9,15
        pgr_dijkstra directed 1 17 1 5 1,3,7,11,12,17 6,7,8,11,13
        pgr_dijkstra directed 7 10 1 4 7,11,16,15,10 8,9,16,3
        pgr_dijkstra directed 7 15 1 3 7,11,16,15 8,9,16
        pgr_dijkstra directed 10 7 1 2 10,11,7 5,8
        pgr_dijkstra directed 10 15 1 3 10,11,16,15 5,9,16
        pgr_dijkstra directed 15 7 1 3 15,16,11,7 16,9,8
        pgr_dijkstra directed 15 10 1 1 15,10 3
        pgr_dijkstra directed 6 7 1 1 6,7 4
        pgr_dijkstra directed 12 10 1 4 12,17,16,15,10 13,15,16,3
        pgr_dijkstra directed 12 7 1 4 12,17,16,11,7 13,15,9,8
        pgr_dijkstra undirected 1 10 1 4 1,3,7,6,10 6,7,4,2
        pgr_dijkstra undirected 1 17 1 5 1,3,7,11,16,17 6,7,8,9,15
        pgr_dijkstra undirected 6 10 1 1 6,10 2
        pgr_dijkstra undirected 6 17 1 4 6,7,11,12,17 4,8,11,13
        pgr_dijkstra undirected 5 6 1 1 5,6 1
        pgr_dijkstra undirected 5 10 1 2 5,6,10 1,2
        pgr_dijkstra undirected 6 5 1 1 6,5 1
        pgr_dijkstra undirected 6 15 1 2 6,10,15 2,3
        pgr_KSP directed 6 17 1 4 6,7,8,12,17 4,10,12,13
        pgr_KSP directed 6 17 2 4 6,7,11,16,17 4,8,9,15
        pgr_KSP directed 6 10 1 5 6,7,11,16,15,10 4,8,9,16,3
        pgr_KSP directed 6 10 2 7 6,7,8,12,17,16,15,10 4,10,12,13,15,16,3
        pgr_KSP directed 1 17 1 5 1,3,7,8,12,17 6,7,10,12,13
        pgr_KSP directed 1 17 2 5 1,3,7,11,16,17 6,7,8,9,15
        pgr_KSP directed 1 10 1 6 1,3,7,11,16,15,10 6,7,8,9,16,3
        pgr_KSP directed 1 10 2 8 1,3,7,8,12,17,16,15,10 6,7,10,12,13,15,16,3
        pgr_KSP directed 5 6 1 1 5,6 1
        pgr_KSP directed 5 10 1 6 5,6,7,11,16,15,10 1,4,8,9,16,3
        pgr_KSP directed 5 10 2 8 5,6,7,8,12,17,16,15,10 1,4,10,12,13,15,16,3
        pgr_KSP directed 6 5 1 1 6,5 1
        pgr_KSP directed 6 15 1 4 6,7,11,16,15 4,8,9,16
        pgr_KSP directed 6 15 2 6 6,7,8,12,17,16,15 4,10,12,13,15,16
        pgr_KSP undirected 1 17 1 5 1,3,7,8,12,17 6,7,10,12,13
        pgr_KSP undirected 1 17 2 5 1,3,7,11,16,17 6,7,8,9,15
        pgr_KSP undirected 6 17 1 4 6,7,8,12,17 4,10,12,13
        pgr_KSP undirected 6 17 2 4 6,7,11,12,17 4,8,11,13
        """

    /// Queries whose documented answer is no path at all: (function, directed, source, target).
    public static let emptyQueries: [(String, Bool, Int64, Int64)] = [("pgr_KSP", true, 6, 14)]

    /// Every documented path, in the table's order.
    public static let answers: [Answer] = table.split(separator: "\n").map { line in
        let f = line.split(separator: " ")
        func ids(_ s: Substring) -> [Int64] { s.split(separator: ",").map { Int64($0)! } }
        return Answer(function: String(f[0]), directed: f[1] == "directed", source: Int64(f[2])!, target: Int64(f[3])!,
                      rank: Int(f[4])!, cost: Int(f[5])!, nodes: ids(f[6]), edges: ids(f[7]))
    }
}
