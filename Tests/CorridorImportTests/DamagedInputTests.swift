import CZlib
import CorridorGraph
import Foundation
import Testing
@testable import CorridorImport

/// Inputs damaged in transit or made to exhaust memory: each is refused with a sentence, never read as something
/// smaller or allowed to grow without end.
@Suite struct DamagedInputTests {
    /// Cuts the last `count` bytes off the file at `path`.
    static func cut(_ path: String, bytes count: Int) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try data.prefix(data.count - count).write(to: URL(fileURLWithPath: path))
    }

    /// A gzip DIMACS graph missing its last 12 bytes (most of the stream's trailer and a piece of the last line)
    /// would otherwise read as a graph whose last arc weighs 12345.
    @Test func gzipGraphMissingItsLastBytesIsTruncated() throws {
        let path = try scratchFile("cut.gr.gz", "p sp 1000 1\na 1000 1 123456789\n", gzip: true)
        _ = try DIMACSReader.readGraph(at: path)
        for count in [4, 8, 12] {
            try Self.cut(path, bytes: 4)
            let error = #expect(throws: ImportError.self, "cut \(count)") { try DIMACSReader.readGraph(at: path) }
            #expect(error == .truncated(file: path))
            #expect(error?.description == "Cannot import '\(path)': the compressed file ends in the middle of its data, so it is truncated. Download or copy it again.")
        }
    }

    /// An edge list of 20,000 rows cut at half its compressed size.
    @Test func gzipEdgeListCutInHalfIsTruncated() throws {
        var text = "id,source,target,cost\n"
        for i in 0 ..< 20_000 { text += "\(i),\(i % 500),\((i * 7) % 500),\(i % 97).5\n" }
        let path = try scratchFile("edges.csv.gz", text, gzip: true)
        #expect(try EdgeListReader.read(at: path).edges.count == 20_000)
        let size = try Data(contentsOf: URL(fileURLWithPath: path)).count
        try Self.cut(path, bytes: size / 2)
        #expect(throws: ImportError.truncated(file: path)) { try EdgeListReader.read(at: path) }
    }

    /// A problem line cut short by a truncated download is reported as truncation, not as a missing field.
    @Test func truncationIsReportedBeforeTheCutLineIsParsed() throws {
        var text = "c a comment long enough to be compressed on its own line\np sp 1000 7\n"
        text += String(repeating: "c filler\n", count: 50)
        let path = try scratchFile("cut.gr.gz", text, gzip: true)
        try Self.cut(path, bytes: 10)
        #expect(throws: ImportError.truncated(file: path)) { try DIMACSReader.readGraph(at: path) }
    }

    /// A line longer than the limit (a stream of zeros without line breaks) stops the read with the line number.
    @Test func overlongLineIsRefusedWithoutBufferingItAll() throws {
        let path = try scratchFile("zeros.csv.gz", "id,source,target,cost\n", gzip: true)
        let file = try #require(gzopen(path, "ab"))
        let zeros = [UInt8](repeating: 0, count: 1 << 20)
        for _ in 0 ..< (LineReader.maximumLineLength >> 20) + 2 {
            #expect(gzwrite(file, zeros, UInt32(zeros.count)) == Int32(zeros.count))
        }
        gzclose(file)
        let error = #expect(throws: ImportError.self) { try EdgeListReader.read(at: path) }
        #expect(error == .lineTooLong(file: path, line: 2, limit: LineReader.maximumLineLength))
        #expect(error?.description.contains("line 2: the line is longer than 16777216 bytes") == true)
    }
}

/// DIMACS files announcing far more than they hold cost what they hold.
@Suite struct AnnouncedSizeTests {
    /// `p sp 4000000000 1` once reserved memory for the announced counts (32 GB) before reading a line.
    @Test func hugeProblemLineWithOneArcIsReadInProportion() throws {
        let path = try scratchFile("huge.gr", "p sp 4000000000 1\na 1 3999999999 5\n")
        let graph = try DIMACSReader.readGraph(at: path)
        #expect(graph.nodeCount == 4_000_000_000 && graph.arcs.count == 1 && graph.isSparse)
        let list = EdgeList(graph, coordinates: nil)
        #expect(list.nodeInputIDs == [1, 3_999_999_999])
        #expect(list.edges == [EdgeList.Edge(inputID: 1, source: NodeID(0), target: NodeID(1), cost: 5, reverseCost: nil)])
    }

    /// A dense graph keeps every node 1…n, isolated ones included.
    @Test func denseGraphKeepsItsIsolatedNodes() throws {
        let path = try scratchFile("small.gr", "p sp 5 2\na 1 2 3\na 2 3 4\n")
        let list = EdgeList(try DIMACSReader.readGraph(at: path), coordinates: nil)
        #expect(list.nodeInputIDs == [1, 2, 3, 4, 5])
    }

    /// A coordinate file announcing billions of nodes is read line by line, then refused for what is missing.
    @Test func coordinateFileAnnouncingBillionsIsRefusedWithoutReservingThem() throws {
        let path = try scratchFile("huge.co", "p aux sp co 4000000000\nv 1 0 0\n")
        #expect(throws: ImportError.countMismatch(file: path, what: "coordinates", declared: 4_000_000_000, found: 1)) {
            try DIMACSReader.readCoordinates(at: path, nodeCount: 4_000_000_000)
        }
    }
}
