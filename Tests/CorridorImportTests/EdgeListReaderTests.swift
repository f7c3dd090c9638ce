import CorridorGraph
import CorridorTestSupport
import CZlib
import Foundation
import Testing
@testable import CorridorImport

/// The error reading `text` throws, or `nil`.
private func readError(_ text: String) throws -> (ImportError?, String) {
    let path = try scratchFile("edges.csv", text)
    do {
        _ = try EdgeListReader.read(at: path)
        return (nil, path)
    } catch let error as ImportError {
        return (error, path)
    }
}

@Suite struct EdgeListReaderTests {
    /// 30 ──1── 10 ──2── 20, edge 3 one way 20 → 30; node ids out of order in the file.
    @Test func readsNodesEdgesCostsAndCoordinates() throws {
        let path = try scratchFile("edges.csv", """
            id,source,target,cost,reverse_cost,x1,y1,x2,y2
            1,30,10,1.5,1.5,76.9,43.2,77.0,43.3
            2,10,20,2.25,-1,77.0,43.3,71.4,51.1

            3,20,30,4,,71.4,51.1,76.9,43.2
            """)
        let list = try EdgeListReader.read(at: path)
        #expect(list.nodeInputIDs == [10, 20, 30])
        #expect(list.edges.map(\.inputID) == [1, 2, 3])
        #expect(list.edges[0].source == NodeID(2) && list.edges[0].target == NodeID(0))
        #expect(list.edges.map(\.cost) == [1.5, 2.25, 4])
        #expect(list.edges.map(\.reverseCost) == [1.5, -1, nil])
        #expect(list.unitScale == 100 && list.exactCosts)
        #expect(list.coordinates == [Coordinate(latitude: 43.3, longitude: 77.0),
                                     Coordinate(latitude: 51.1, longitude: 71.4),
                                     Coordinate(latitude: 43.2, longitude: 76.9)])
        #expect(list.node(forInputID: 20) == NodeID(1))
        #expect(list.node(forInputID: 15) == nil)
        #expect(list.weight(ofCost: 2.25) == 225)
    }

    @Test func directedArcsFollowCostSigns() throws {
        let path = try scratchFile("edges.csv", "id,source,target,cost,reverse_cost\n7,1,2,3,5\n8,2,3,-1,2\n9,3,1,4,-1\n")
        let list = try EdgeListReader.read(at: path)
        let (arcs, edgeIndex) = list.arcs(undirected: false)
        #expect(arcs.map { [$0.tail.rawValue, $0.head.rawValue, $0.weight, $0.id] }
                == [[0, 1, 3, 1], [1, 0, 5, 2], [2, 1, 2, 3], [2, 0, 4, 4]])
        #expect(edgeIndex == [0, 0, 1, 2])
    }

    /// Undirected, as pgRouting: `cost ≥ 0` gives an edge both ways at `cost`, `reverse_cost ≥ 0` another at
    /// `reverse_cost`; a row with cost −1 and reverse cost 4 is an undirected edge of weight 4, not nothing, and a row
    /// whose two costs are equal is one undirected edge.
    @Test func undirectedFollowsPgRouting() throws {
        let path = try scratchFile("edges.csv", "id,source,target,cost,reverse_cost\n1,1,2,3,9\n2,2,3,-1,4\n3,3,1,0.5,\n4,1,3,-1,-1\n5,1,3,2,2\n")
        let list = try EdgeListReader.read(at: path)
        let (arcs, edgeIndex) = list.arcs(undirected: true)
        #expect(arcs.map { [$0.tail.rawValue, $0.head.rawValue, $0.weight, $0.id] }
                == [[0, 1, 30, 1], [1, 0, 30, 2], [1, 0, 90, 3], [0, 1, 90, 4],
                    [2, 1, 40, 5], [1, 2, 40, 6], [2, 0, 5, 7], [0, 2, 5, 8], [0, 2, 20, 9], [2, 0, 20, 10]])
        #expect(edgeIndex == [0, 0, 0, 0, 1, 1, 2, 2, 4, 4])
        #expect(list.arcCosts(undirected: true) == [3, 3, 9, 9, 4, 4, 0.5, 0.5, 2, 2])
        #expect(list.arcCosts(undirected: false) == [3, 9, 4, 0.5, 2, 2])
    }

    @Test func scaleFollowsTheMostDecimals() throws {
        let cases: [(String, Int, Bool)] = [("4\n2,1,2,7", 1, true), ("0.5\n2,1,2,1.25", 100, true),
                                            ("12.345", 1000, true), ("1.5000", 10, true), ("2.5e-2", 1000, true),
                                            ("0.12345", 100_000, true), ("1e2", 1, true), ("1e-9", 1_000_000_000, true)]
        for (costs, scale, exact) in cases {
            let list = try EdgeListReader.read(at: try scratchFile("edges.csv", "id,source,target,cost\n1,1,2,\(costs)\n"))
            #expect(list.unitScale == scale && list.exactCosts == exact, "\(costs)")
        }
        let negative = try EdgeListReader.read(at: try scratchFile("edges.csv", "id,source,target,cost\n1,1,2,-1.123456\n"))
        #expect(negative.unitScale == 1 && negative.exactCosts, "negative costs are no arcs and set no scale")
    }

    @Test func quotedFieldsUnknownColumnsAndGzip() throws {
        let text = "GID,ID,Source,Target,geom,Cost\n9,1,5,6,\"LINESTRING(1 2, 3 4)\",2.5\n"
        for gzip in [false, true] {
            let list = try EdgeListReader.read(at: try scratchFile(gzip ? "e.csv.gz" : "e.csv", text, gzip: gzip))
            #expect(list.nodeInputIDs == [5, 6] && list.edges.map(\.cost) == [2.5] && list.edges[0].inputID == 1)
        }
    }

    @Test func errorsNameFileLineColumnAndValue() throws {
        var (error, path) = try readError("id,source,target,cost\n1,1,2,3\n2,1,x3,4\n")
        #expect(error == .notANumber(file: path, line: 3, column: 5, field: "target", value: "x3"))
        #expect(error?.description == "Cannot import '\(path)', line 3, column 5: the target 'x3' is not a whole number. Write it as digits only.")
        (error, path) = try readError("id,source,target,cost\n1,1,2,3,5\n")
        #expect(error == .extraField(file: path, line: 2, column: 9, value: "5"))
        (error, path) = try readError("id,source,target,cost\n1,1,2\n")
        #expect(error == .missingField(file: path, line: 2, field: "cost"))
        (error, path) = try readError("id,source,target,cost\n1,1,2,1.5e\n")
        #expect(error == .notADecimal(file: path, line: 2, column: 7, field: "cost", value: "1.5e"))
        (error, path) = try readError("id,source,cost\n1,1,2\n")
        #expect(error == .missingColumn(file: path, line: 1, name: "target", header: "id,source,cost"))
        (error, path) = try readError("id,source,target,cost,x1,y1\n")
        #expect(error == .missingColumn(file: path, line: 1, name: "x2", header: "id,source,target,cost,x1,y1"))
        (error, path) = try readError("id,source,target,cost,Cost\n")
        #expect(error == .duplicateColumn(file: path, line: 1, column: 23, name: "cost"))
        (error, path) = try readError("id,source,target,cost,note\n1,1,2,3,\"open\n")
        #expect(error == .unterminatedQuote(file: path, line: 2, column: 9))
        (error, path) = try readError("id,source,target,cost,x1,y1,x2,y2\n1,1,2,3,500000,4,5,6\n")
        #expect(error == .degreesOutOfRange(file: path, line: 2, column: 9, field: "x1", value: "500000", limit: 180))
        (error, path) = try readError("")
        #expect(error == .missingHeader(file: path))
        (error, path) = try readError("id,source,target,cost\n1,1,2,nan\n")
        #expect(error == .notADecimal(file: path, line: 2, column: 7, field: "cost", value: "nan"))
    }

    /// 4294967.294 fits at three decimals (4294967294 < 2³² − 1); one more thousandth does not.
    @Test func refusesCostsBeyondThe32BitWeights() throws {
        var (error, path) = try readError("id,source,target,cost\n1,1,2,1.5\n2,2,3,4294967.294\n")
        #expect(error == nil)
        (error, path) = try readError("id,source,target,cost\n1,1,2,1.5\n2,2,3,4294967.295\n3,3,1,0.001\n")
        #expect(error == .costOutOfRange(file: path, line: 3, column: 7, field: "cost", value: "4294967.295", decimals: 3))
        #expect(error?.description.contains("at most 4294967.294") == true)
        (error, path) = try readError("id,source,target,cost\n1,1,2,4294967295\n")
        #expect(error == .costOutOfRange(file: path, line: 2, column: 7, field: "cost", value: "4294967295", decimals: 0))
    }

    /// Random decimals in many spellings parse to the same double as Foundation's parser.
    @Test(arguments: 0 ..< 20 as Range<UInt64>)
    func decimalParserAgreesWithReference(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0 ..< 200 {
            let whole = String(random.next() % 10_000_000)
            let fraction = String(random.next() % 1_000_000_000_000)
            let exponent = Int(random.next() % 9) - 4
            var text = random.next() % 2 == 0 ? whole : whole + "." + fraction
            if random.next() % 3 == 0 { text += "e\(exponent)" }
            if random.next() % 4 == 0 { text = "-" + text }
            let parsed = Array(text.utf8).withUnsafeBufferPointer { DecimalField.parse($0) }
            #expect(parsed?.value == Double(text), "\(text)")
        }
        for bad in ["", "-", ".", "1.2.3", "1e", "0x10", "inf", "1,5", " 1"] {
            #expect(Array(bad.utf8).withUnsafeBufferPointer { DecimalField.parse($0) } == nil, "\(bad)")
        }
    }
}
