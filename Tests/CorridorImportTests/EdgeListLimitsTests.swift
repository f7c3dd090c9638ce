import Foundation
import Testing
@testable import CorridorImport

/// Edge lists at the edges of what can be read exactly: decimals, huge numbers, no edges, ids given twice.
@Suite struct EdgeListLimitsTests {
    func readError(_ text: String) throws -> (ImportError?, String) {
        let path = try scratchFile("edges.csv", text)
        do { _ = try EdgeListReader.read(at: path); return (nil, path) } catch let error as ImportError { return (error, path) }
    }

    /// Costs 0.0014, 0.0006 and 0.0006 are kept at four decimals, so 1 → 3 → 2 (0.0012) beats 1 → 2 (0.0014);
    /// rounded to three decimals they tied the wrong way.
    @Test func fourDecimalsAreKeptExactly() throws {
        let path = try scratchFile("edges.csv", "id,source,target,cost\n1,1,2,0.0014\n2,1,3,0.0006\n3,3,2,0.0006\n")
        let list = try EdgeListReader.read(at: path)
        #expect(list.unitScale == 10_000 && list.exactCosts)
        let (arcs, _) = list.arcs(undirected: false)
        #expect(arcs.map(\.weight) == [14, 6, 6])
    }

    @Test func moreDecimalsThanTheRouterKeepsAreRefused() throws {
        var (error, path) = try readError("id,source,target,cost\n1,1,2,1.5\n2,2,3,0.0000000001\n")
        #expect(error == .tooManyDecimals(file: path, line: 3, column: 7, field: "cost", value: "0.0000000001", limit: 9))
        #expect(error?.description == "Cannot import '\(path)', line 3, column 7: the cost 0.0000000001 has more decimals than the 9 the router keeps exactly. Round the costs to at most 9 decimals, or use a smaller unit.")
        (error, path) = try readError("id,source,target,cost\n1,1,2,500000\n2,2,3,0.0014\n")
        #expect(error == .costOutOfRange(file: path, line: 2, column: 7, field: "cost", value: "500000", decimals: 4))
    }

    /// `1e309` is a number, just too large: said so, not "not a number".
    @Test func numbersBeyondTheDoublesAreTooLarge() throws {
        var (error, path) = try readError("id,source,target,cost\n1,1,2,1e309\n")
        #expect(error == .costOutOfRange(file: path, line: 2, column: 7, field: "cost", value: "1e309", decimals: 0))
        #expect(error?.description.contains("the cost 1e309 is too large") == true)
        (error, path) = try readError("id,source,target,cost,x1,y1,x2,y2\n1,1,2,3,1e400,4,5,6\n")
        #expect(error == .degreesOutOfRange(file: path, line: 2, column: 9, field: "x1", value: "1e400", limit: 180))
    }

    @Test func headerWithoutEdgesIsRefused() throws {
        let (error, path) = try readError("id,source,target,cost\n\n")
        #expect(error == .noEdges(file: path, header: "id,source,target,cost"))
        #expect(error?.description == "Cannot import '\(path)': it has the header 'id,source,target,cost' but no edges. Add one line per edge, or check that the right file was given.")
    }

    @Test func edgeIDGivenTwiceIsRefused() throws {
        let (error, path) = try readError("id,source,target,cost\n7,1,2,1\n8,2,3,1\n7,3,4,1\n8,4,5,1\n")
        #expect(error == .duplicateEdgeID(file: path, line: 4, id: 7, firstLine: 2))
        #expect(error?.description == "Cannot import '\(path)', line 4: edge id 7 is already used on line 2. Give every edge its own id.")
    }
}
