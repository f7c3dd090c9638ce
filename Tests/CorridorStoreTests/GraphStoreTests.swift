import CorridorGraph
import CorridorImport
import CorridorTestSupport
import Foundation
import Testing
@testable import CorridorStore

/// Plain graphs: import, read back, ids and units, atomic replacement, failed imports, concurrent readers.
@Suite struct GraphStoreTests {
    /// Expects two graphs to have identical arrays.
    func expectSameArrays(_ a: Graph, _ b: Graph, _ context: String = "") {
        #expect(a.nodeCount == b.nodeCount && a.firstOut == b.firstOut && a.head == b.head && a.weight == b.weight
                && a.inputID == b.inputID && a.firstIn == b.firstIn && a.tail == b.tail
                && a.reverseWeight == b.reverseWeight && a.forwardArc == b.forwardArc, "\(context)")
    }

    /// Writes random arcs as an edge list with three-decimal costs, imports it into an in-memory and an on-disk
    /// database, and checks the stored graph (from the cache and rebuilt from rows) against the reader's own graph
    /// and the reference Dijkstra.
    @Test(arguments: 0 ..< 6 as Range<UInt64>)
    func randomEdgeListRoundTrip(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let arcs = RandomGraph.arcs(nodes: 40, arcs: 150, seed: seed)
        var lines = ["id,source,target,cost,reverse_cost"]
        for arc in arcs {
            let reverse = random.next() % 3 == 0 ? "\(random.next() % 5000).\(random.next() % 10)" : "-1"
            lines.append("\(arc.id * 7),\(Int(arc.tail.rawValue) * 3 + 5),\(Int(arc.head.rawValue) * 3 + 5),"
                         + "\(arc.weight).\(String(format: "%03d", Int(random.next() % 1000))),\(reverse)")
        }
        let folder = try StoreFixtures.folder()
        let csv = try StoreFixtures.file("random.csv", lines.joined(separator: "\n"), in: folder)
        let list = try EdgeListReader.read(at: csv)
        let expected = Graph(nodeCount: list.nodeCount, arcs: list.arcs(undirected: false).arcs)
        for database in [try CorridorDatabase.inMemory(),
                         try CorridorDatabase(path: folder.appendingPathComponent("r.sqlite").path)] {
            let summary = try database.importEdgeList(name: "random", file: csv)
            #expect(summary.unitScale == 1000 && summary.exactCosts && summary.format == .edgeList)
            #expect(summary.nodeCount == list.nodeCount && summary.edgeCount == arcs.count)
            let cached = try database.storedGraph(named: "random")
            #expect(cached.loadedFromCache)
            expectSameArrays(cached.graph, expected, "seed \(seed), cached")
            let forward = try database.storedGraph(named: "random", withReverseArcs: false)
            #expect(forward.loadedFromCache && forward.graph.hasReverseArcs == false && forward.graph.firstIn.isEmpty)
            #expect(forward.graph.nodeCount == expected.nodeCount && forward.graph.firstOut == expected.firstOut
                    && forward.graph.head == expected.head && forward.graph.weight == expected.weight
                    && forward.graph.inputID == expected.inputID, "seed \(seed), forward arcs only")
            var forwardSearch = Dijkstra(forward.graph), fullSearch = Dijkstra(expected)
            for (s, t) in RandomGraph.pairs(in: expected, count: 10, seed: seed) {
                #expect(forwardSearch.shortestPath(from: s, to: t) == fullSearch.shortestPath(from: s, to: t))
            }
            try database.connection.execute("DELETE FROM compiledGraph")
            let rebuilt = try database.storedGraph(named: "random")
            #expect(!rebuilt.loadedFromCache)
            expectSameArrays(rebuilt.graph, expected, "seed \(seed), rebuilt")
            #expect(rebuilt.nodeInputIDs == cached.nodeInputIDs && rebuilt.arcInputIDs == cached.arcInputIDs)
            #expect(try database.storedGraph(named: "random").loadedFromCache, "the cache was written again")

            var search = Dijkstra(cached.graph)
            var reference = ReferenceDijkstra(expected)
            for (s, t) in RandomGraph.pairs(in: expected, count: 10, seed: seed) {
                let path = search.shortestPath(from: s, to: t)
                #expect(path?.weight == reference.distance(from: s, to: t))
                guard let path else { continue }
                cached.graph.expectValid(path, from: s, to: t)
                // Each arc's user edge id names a row whose cost in that direction is the arc's weight.
                var milli: Int64 = 0
                for (i, edgeID) in cached.edgeIDs(of: path).enumerated() {
                    let edge = try #require(list.edges.first { $0.inputID == edgeID })
                    let weight = cached.graph.weight[Int(path.arcs[i])]
                    let forward = edge.source == path.nodes[i] && edge.target == path.nodes[i + 1] && edge.cost >= 0
                        && Weight((edge.cost * 1000).rounded()) == weight
                    let backward = edge.target == path.nodes[i] && edge.source == path.nodes[i + 1]
                        && (edge.reverseCost ?? -1) >= 0 && Weight((edge.reverseCost! * 1000).rounded()) == weight
                    #expect(forward || backward, "edge \(edgeID)")
                    milli += Int64(((forward ? edge.cost : edge.reverseCost ?? 0) * 1000).rounded())
                }
                #expect(cached.costText(of: path) == StoredGraph.decimalText(milli, scale: 1000))
            }
        }
    }

    /// 10 ──1.125── 20 ──2.25── 30, and the user's ids map both ways.
    @Test func idsAndUnitsMapBackToTheUser() throws {
        let csv = try StoreFixtures.file("e.csv", "id,source,target,cost,x1,y1,x2,y2\n501,10,20,1.125,76.9,43.2,77,43.3\n502,20,30,2.25,77,43.3,71.4,51.1\n")
        let database = try CorridorDatabase.inMemory()
        try database.importEdgeList(name: "line", file: csv, undirected: true)
        let stored = try database.storedGraph(named: "line")
        #expect(stored.graph.arcCount == 4 && stored.unitScale == 1000)
        let from = try #require(stored.node(forInputID: 30)), to = try #require(stored.node(forInputID: 10))
        var search = Dijkstra(stored.graph)
        let found = search.shortestPath(from: from, to: to)
        let path = try #require(found)
        #expect(stored.edgeIDs(of: path) == [502, 501])
        #expect(path.nodes.map(stored.inputID(of:)) == [30, 20, 10])
        #expect(stored.costText(of: path) == "3.375" && stored.cost(of: path) == 3.375)
        #expect(stored.coordinates?[from.index] == Coordinate(latitude: 51.1, longitude: 71.4))
        #expect(try database.storedGraph(named: "line", withCoordinates: false).coordinates == nil)
        #expect(stored.node(forInputID: 11) == nil)
    }

    /// Costs with four decimals are kept exactly: the weights count ten-thousandths.
    @Test func costsWithFourDecimalsAreExact() throws {
        let csv = try StoreFixtures.file("e.csv", "id,source,target,cost\n1,1,2,0.0004\n2,2,3,0.0004\n3,3,4,1.0001\n")
        let database = try CorridorDatabase.inMemory()
        let summary = try database.importEdgeList(name: "fine", file: csv)
        #expect(summary.exactCosts && summary.unitScale == 10_000)
        let stored = try database.storedGraph(named: "fine")
        var search = Dijkstra(stored.graph)
        let found = search.shortestPath(from: NodeID(0), to: NodeID(3))
        let path = try #require(found)
        #expect(path.weight == 10_009 && stored.costText(of: path) == "1.0009")
    }

    /// A graph stored by an earlier version, which rounded costs beyond three decimals, routes on its rounded
    /// weights but reports the sum of the costs as given.
    @Test func costsBeyondThreeDecimalsAreReportedFromTheGivenValues() throws {
        let list = EdgeList(nodeInputIDs: [1, 2, 3, 4], edges: [
            EdgeList.Edge(inputID: 1, source: NodeID(0), target: NodeID(1), cost: 0.0004, reverseCost: nil),
            EdgeList.Edge(inputID: 2, source: NodeID(1), target: NodeID(2), cost: 0.0004, reverseCost: nil),
            EdgeList.Edge(inputID: 3, source: NodeID(2), target: NodeID(3), cost: 1.0001, reverseCost: nil),
        ], coordinates: nil, unitScale: 1000, exactCosts: false)
        let database = try CorridorDatabase.inMemory()
        let summary = try database.importGraph(list, name: "fine", sourceFile: "e.csv", format: .edgeList, undirected: false)
        #expect(!summary.exactCosts && summary.unitScale == 1000)
        for pass in 0 ..< 2 {
            let stored = try database.storedGraph(named: "fine")
            #expect(stored.loadedFromCache == (pass == 0))
            var search = Dijkstra(stored.graph)
            let found = search.shortestPath(from: NodeID(0), to: NodeID(3))
            let path = try #require(found)
            #expect(path.weight == 1000, "rounded: 0 + 0 + 1000")
            #expect(abs(stored.cost(of: path) - 1.0009) < 1e-12)
            #expect(stored.costText(of: path) == "1.001")
            try database.connection.execute("DELETE FROM compiledGraph")
        }
    }

    /// Rows whose costs are all negative give a graph without arcs that still round-trips.
    @Test func graphsWithoutArcsRoundTrip() throws {
        let database = try CorridorDatabase.inMemory()
        for (name, text, nodes) in [("closed", "id,source,target,cost\n1,4,5,-1\n", 2)] {
            let summary = try database.importEdgeList(name: name, file: try StoreFixtures.file("e.csv", text))
            #expect(summary.nodeCount == nodes && summary.arcCount == 0)
            let cached = try database.storedGraph(named: name)
            #expect(cached.loadedFromCache && cached.graph.nodeCount == nodes && cached.graph.arcCount == 0)
            try database.connection.execute("DELETE FROM compiledGraph")
            #expect(try database.storedGraph(named: name).graph.firstOut == cached.graph.firstOut)
        }
    }

    @Test func dimacsImportKeepsFileIDsAndCoordinates() throws {
        let folder = try StoreFixtures.folder()
        let gr = try StoreFixtures.file("t.gr", "c tiny\np sp 3 3\na 1 2 5\na 2 3 7\na 3 1 2\n", in: folder)
        let co = try StoreFixtures.file("t.co", "p aux sp co 3\nv 1 -73000000 40000000\nv 2 -73500000 40500000\nv 3 -74000000 41000000\n", in: folder)
        let database = try CorridorDatabase.inMemory()
        let summary = try database.importDIMACS(name: "tiny", graph: gr, coordinatesFile: co)
        #expect(summary.sourceFile == "t.gr" && summary.format == .dimacs && summary.arcCount == 3 && summary.unitScale == 1)
        let stored = try database.storedGraph(named: "tiny")
        #expect(Array(stored.nodeInputIDs) == [1, 2, 3] && Array(stored.arcInputIDs) == [1, 2, 3])
        #expect(stored.coordinates?[2] == Coordinate(latitude: 41, longitude: -74))
        var search = Dijkstra(stored.graph)
        let from = try #require(stored.node(forInputID: 3))
        let found = search.shortestPath(from: from, to: NodeID(1))
        let path = try #require(found)
        #expect(stored.edgeIDs(of: path) == [3, 1] && stored.costText(of: path) == "7")
    }

    @Test func takenNameIsRefusedUnlessReplacing() throws {
        let database = try CorridorDatabase.inMemory()
        let small = try StoreFixtures.file("a.csv", StoreFixtures.ringEdgeList(nodes: 4))
        let large = try StoreFixtures.file("b.csv", StoreFixtures.ringEdgeList(nodes: 9))
        let first = try database.importEdgeList(name: "ring", file: small)
        let error = #expect(throws: StoreError.self) { try database.importEdgeList(name: "ring", file: large) }
        #expect(error?.description == "A graph named 'ring' already exists in ':memory:'. Choose another name or ask to replace it.")
        #expect(try database.graphs() == [first])
        let second = try database.importEdgeList(name: "ring", file: large, replace: true)
        #expect(second.contentVersion > first.contentVersion && second.nodeCount == 9)
        #expect(try database.graphs().map(\.name) == ["ring"])
        #expect(try database.storedGraph(named: "ring").graph.nodeCount == 9)
        try database.deleteGraph(named: "ring")
        #expect(try database.graphs().isEmpty)
        #expect(try database.connection.integer("SELECT count(*) FROM graphEdge") == 0)
        #expect(try database.connection.integer("SELECT count(*) FROM compiledGraph") == 0)
    }

    /// A malformed file, and an import that fails inside its transaction, leave every byte of the file as it was.
    @Test func failedImportLeavesTheFileIdentical() throws {
        let folder = try StoreFixtures.folder()
        let path = folder.appendingPathComponent("corridor.sqlite").path
        let good = try StoreFixtures.file("good.csv", StoreFixtures.ringEdgeList(nodes: 50), in: folder)
        let bad = try StoreFixtures.file("bad.csv", StoreFixtures.ringEdgeList(nodes: 50) + "999,1,2,three\n", in: folder)
        let database = try CorridorDatabase(path: path)
        try database.importEdgeList(name: "ring", file: good)
        database.close()
        let before = try StoreFixtures.digest(path)
        #expect(!StoreFixtures.hasWAL(path))

        struct Interrupted: Error {}
        for attempt in 0 ..< 3 {
            let writer = try CorridorDatabase(path: path)
            if attempt == 0 {
                #expect(throws: ImportError.self) { try writer.importEdgeList(name: "other", file: bad) }
            } else {
                // Fails after every row is written, just before the commit: a new graph, then a replacement.
                writer.beforeCommit = { throw Interrupted() }
                #expect(throws: Interrupted.self) {
                    try writer.importEdgeList(name: attempt == 1 ? "other" : "ring", file: good, replace: true)
                }
            }
            #expect(try writer.graphs().map(\.name) == ["ring"])
            writer.close()
            #expect(try StoreFixtures.digest(path) == before, "attempt \(attempt)")
            #expect(!StoreFixtures.hasWAL(path))
        }
        let writer = try CorridorDatabase(path: path)   // the control: a successful import does change the file
        try writer.importEdgeList(name: "other", file: good)
        writer.close()
        #expect(try StoreFixtures.digest(path) != before)
    }

    /// A reader on a second connection sees the old graph while a replacement is written, and the new one after.
    @Test func readerKeepsWorkingDuringAnImport() throws {
        let folder = try StoreFixtures.folder()
        let path = folder.appendingPathComponent("corridor.sqlite").path
        let small = try StoreFixtures.file("a.csv", StoreFixtures.ringEdgeList(nodes: 4), in: folder)
        let large = try StoreFixtures.file("b.csv", StoreFixtures.ringEdgeList(nodes: 30), in: folder)
        let writer = try CorridorDatabase(path: path)
        let old = try writer.importEdgeList(name: "ring", file: small)
        let reader = try CorridorDatabase(path: path, readOnly: true)
        var checkedMidway = false
        writer.beforeCommit = {
            #expect(try reader.graphs() == [old])
            let seen = try reader.storedGraph(named: "ring")
            #expect(seen.graph.nodeCount == 4 && seen.contentVersion == old.contentVersion && seen.loadedFromCache)
            #expect(throws: StoreError.self) { try reader.storedGraph(named: "extra") }
            checkedMidway = true
        }
        try writer.importEdgeList(name: "ring", file: large, replace: true)
        writer.beforeCommit = nil
        try writer.importEdgeList(name: "extra", file: small)
        #expect(checkedMidway)
        #expect(try reader.storedGraph(named: "ring").graph.nodeCount == 30)
        #expect(try reader.graphs().map(\.name) == ["extra", "ring"])
    }
}
