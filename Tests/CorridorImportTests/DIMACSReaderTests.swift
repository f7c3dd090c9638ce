import CorridorGraph
import CorridorTestSupport
import CZlib
import Foundation
import Testing
@testable import CorridorImport

/// Reads `text` as a `.gr` file and expects the error `expected(path)`.
private func expectGraphError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation,
                              _ expected: (String) -> ImportError) throws {
    let path = try scratchFile("x.gr", text)
    do {
        _ = try DIMACSReader.readGraph(at: path)
        Issue.record("no error", sourceLocation: sourceLocation)
    } catch let error as ImportError {
        #expect(error == expected(path), sourceLocation: sourceLocation)
    }
}

/// Reads `text` as a `.gr` file and returns the error it throws, if any.
private func graphError(_ text: String, name: String = "x.gr") throws -> ImportError? {
    let path = try scratchFile(name, text)
    do {
        _ = try DIMACSReader.readGraph(at: path)
        return nil
    } catch let error as ImportError {
        return error
    }
}

private let small = """
c a comment
p sp 4 5
a 1 2 7
a 2 3 0
a 3 3 4
a 1 2 3\r
a 4 1 4294967294

"""

@Test(arguments: [false, true])
func readsGraphPlainAndGzip(gzip: Bool) throws {
    let path = try scratchFile(gzip ? "small.gr.gz" : "small.gr", small, gzip: gzip)
    let graph = try DIMACSReader.readGraph(at: path)
    #expect(graph.nodeCount == 4)
    #expect(graph.arcs == [
        Arc(tail: NodeID(0), head: NodeID(1), weight: 7, id: 1),
        Arc(tail: NodeID(1), head: NodeID(2), weight: 0, id: 2),
        Arc(tail: NodeID(2), head: NodeID(2), weight: 4, id: 3),
        Arc(tail: NodeID(0), head: NodeID(1), weight: 3, id: 4),
        Arc(tail: NodeID(3), head: NodeID(0), weight: 4_294_967_294, id: 5),
    ])
}

@Test func readsLinesAcrossChunkBoundaries() throws {
    var text = "p sp 1000 3000\n"
    for i in 0 ..< 3000 { text += "a \(i % 1000 + 1) \((i * 7) % 1000 + 1) \(i)\n" }
    let path = try scratchFile("chunks.gr", text)
    var lines: [String] = []
    try LineReader.forEachLine(in: path, chunkSize: 7) { bytes, number in
        #expect(number == lines.count + 1)
        lines.append(String(decoding: bytes, as: UTF8.self))
    }
    #expect(lines == text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init))
    let graph = try DIMACSReader.readGraph(at: path)
    #expect(graph.arcs.count == 3000)
    #expect(graph.arcs[2999] == Arc(tail: NodeID(999), head: NodeID((2999 * 7) % 1000), weight: 2999, id: 3000))
}

@Test func lastLineWithoutNewline() throws {
    let path = try scratchFile("end.gr", "p sp 2 1\na 1 2 5")
    #expect(try DIMACSReader.readGraph(at: path).arcs == [Arc(tail: NodeID(0), head: NodeID(1), weight: 5, id: 1)])
}

@Test func nodeOutOfRangeNamesFileLineAndValue() throws {
    let error = try #require(try graphError("p sp 3 1\nc\nc\nc\nc\nc\nc\nc\nc\nc\nc\nc\nc\na 1 300000 5\n"))
    #expect(error == .nodeOutOfRange(file: error.file, line: 14, column: 5, value: 300000, nodeCount: 3))
    #expect(error.description.hasPrefix("Cannot import '"))
    #expect(error.description.contains("x.gr', line 14, column 5: node id 300000 is out of range 1…3."))
    try expectGraphError("p sp 3 1\na 0 1 5\n") { .nodeOutOfRange(file: $0, line: 2, column: 3, value: 0, nodeCount: 3) }
}

@Test func missingProblemLine() throws {
    let error = try #require(try graphError("c nothing here\n"))
    guard case .missingProblemLine = error else { Issue.record("\(error)"); return }
    #expect(error.description.contains("no problem line 'p sp <nodes> <arcs>'"))
    try expectGraphError("a 1 2 3\np sp 2 1\n") { .dataBeforeProblemLine(file: $0, line: 1) }
}

@Test func arcCountMismatch() throws {
    let error = try #require(try graphError("p sp 2 3\na 1 2 3\na 2 1 3\n"))
    #expect(error == .countMismatch(file: error.file, what: "arcs", declared: 3, found: 2))
    #expect(error.description.contains("announces 3 arcs but the file holds 2"))
    try expectGraphError("p sp 2 1\na 1 2 3\na 2 1 3\n") { .countMismatch(file: $0, what: "arcs", declared: 1, found: 2) }
}

@Test func fieldThatIsNotANumber() throws {
    let error = try #require(try graphError("p sp 2 1\na 1 2 3.5\n"))
    #expect(error == .notANumber(file: error.file, line: 2, column: 7, field: "weight", value: "3.5"))
    #expect(error.description.contains("line 2, column 7: the weight '3.5' is not a whole number"))
    try expectGraphError("p sp 2 1\na x 2 3\n") { .notANumber(file: $0, line: 2, column: 3, field: "tail node", value: "x") }
    try expectGraphError("p sp two 1\n") { .notANumber(file: $0, line: 1, column: 6, field: "node count", value: "two") }
    try expectGraphError("p sp 2 1\na 1 2\n") { .missingField(file: $0, line: 2, field: "weight") }
    try expectGraphError("p sp 2 1\na 1 2 3 4\n") { .extraField(file: $0, line: 2, column: 9, value: "4") }
}

@Test func badWeightsAndLines() throws {
    try expectGraphError("p sp 2 1\na 1 2 -1\n") { .weightOutOfRange(file: $0, line: 2, column: 7, value: -1) }
    try expectGraphError("p sp 2 1\na 1 2 4294967295\n") { .weightOutOfRange(file: $0, line: 2, column: 7, value: 4_294_967_295) }
    try expectGraphError("p sp 2 1\nx 1 2 3\n") { .unexpectedLine(file: $0, line: 2, text: "x 1 2 3") }
    try expectGraphError("p sp 2 1\np sp 2 1\n") { .malformedProblemLine(file: $0, line: 2, text: "p sp 2 1", expected: "p sp <nodes> <arcs>") }
    try expectGraphError("p max 2 1\n") { .malformedProblemLine(file: $0, line: 1, text: "p max 2 1", expected: "p sp <nodes> <arcs>") }
}

@Test func missingFile() throws {
    do {
        _ = try DIMACSReader.readGraph(at: "/nonexistent/folder/nothing.gr")
        Issue.record("a missing file was read")
    } catch let error as ImportError {
        #expect(error == .cannotOpen(file: "/nonexistent/folder/nothing.gr", reason: "no such file"))
        #expect(error.description == "Cannot import '/nonexistent/folder/nothing.gr': no such file. Check the path and the file's permissions.")
    }
}

@Test func truncatedGzipIsAnError() throws {
    var text = "p sp 100 20000\n"
    for i in 0 ..< 20000 { text += "a \(i % 100 + 1) \(i % 97 + 1) \(i * 31 % 1000)\n" }
    let path = try scratchFile("cut.gr.gz", text, gzip: true)
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
    #expect(throws: ImportError.self) { try DIMACSReader.readGraph(at: path) }
}

@Test func readsCoordinates() throws {
    let path = try scratchFile("x.co", "c coords\np aux sp co 3\nv 2 -73530538 41086098\nv 1 69279700 41311100\nv 3 0 -90000000\n")
    let coordinates = try DIMACSReader.readCoordinates(at: path, nodeCount: 3)
    #expect(coordinates == [
        Coordinate(latitude: 41.3111, longitude: 69.2797),
        Coordinate(latitude: 41.086098, longitude: -73.530538),
        Coordinate(latitude: -90, longitude: 0),
    ])
}

@Test func coordinateErrors() throws {
    func expectError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation, _ expected: (String) -> ImportError) throws {
        let path = try scratchFile("x.co", text)
        do {
            _ = try DIMACSReader.readCoordinates(at: path, nodeCount: 2)
            Issue.record("no error", sourceLocation: sourceLocation)
        } catch let error as ImportError {
            #expect(error == expected(path), sourceLocation: sourceLocation)
        }
    }
    try expectError("p aux sp co 3\n") { .nodeCountMismatch(file: $0, line: 1, found: 3, expected: 2) }
    try expectError("p aux sp co 2\nv 1 0 0\n") { .countMismatch(file: $0, what: "coordinates", declared: 2, found: 1) }
    try expectError("p aux sp co 2\nv 1 0 0\nv 1 5 5\n") { .duplicateCoordinate(file: $0, line: 3, node: 1, firstLine: 2) }
    try expectError("p aux sp co 2\nv 3 0 0\n") { .nodeOutOfRange(file: $0, line: 2, column: 3, value: 3, nodeCount: 2) }
    try expectError("p aux sp co 2\nv 1 181000000 0\n") { .coordinateOutOfRange(file: $0, line: 2, column: 5, field: "longitude", value: 181_000_000) }
    try expectError("p aux sp co 2\nv 1 1 x\n") { .notANumber(file: $0, line: 2, column: 7, field: "latitude", value: "x") }
    try expectError("c\n") { .missingProblemLine(file: $0, expected: "p aux sp co <nodes>") }
}

@Test(.enabled(if: SharedData.has("data/dimacs/USA-road-d.NY.gr.gz", "data/dimacs/USA-road-d.NY.co.gz"),
               SharedData.missing("data/dimacs/USA-road-d.NY.gr.gz", "data/dimacs/USA-road-d.NY.co.gz")))
func newYorkFiles() throws {
    let gr = try #require(SharedData.path("data/dimacs/USA-road-d.NY.gr.gz"))
    let co = try #require(SharedData.path("data/dimacs/USA-road-d.NY.co.gz"))
    let graph = try DIMACSReader.readGraph(at: gr)
    #expect(graph.nodeCount == 264_346)
    #expect(graph.arcs.count == 733_846)
    #expect(graph.arcs.first == Arc(tail: NodeID(0), head: NodeID(1), weight: 803, id: 1))
    let coordinates = try DIMACSReader.readCoordinates(at: co, nodeCount: graph.nodeCount)
    #expect(coordinates[0] == Coordinate(latitude: 41.085396, longitude: -73.530767))
}

extension ImportError {
    /// The file an error names (tests compare whole cases built from it).
    var file: String {
        switch self {
        case let .cannotOpen(file, _), let .cannotRead(file, _), let .missingProblemLine(file, _),
             let .malformedProblemLine(file, _, _, _), let .dataBeforeProblemLine(file, _), let .unexpectedLine(file, _, _),
             let .notANumber(file, _, _, _, _), let .missingField(file, _, _), let .extraField(file, _, _, _),
             let .nodeOutOfRange(file, _, _, _, _), let .weightOutOfRange(file, _, _, _),
             let .coordinateOutOfRange(file, _, _, _, _), let .countMismatch(file, _, _, _),
             let .nodeCountMismatch(file, _, _, _), let .duplicateCoordinate(file, _, _, _):
            return file
        default:
            return ""
        }
    }
}
