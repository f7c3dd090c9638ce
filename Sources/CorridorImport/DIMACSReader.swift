import CorridorGraph

/// Reads the shortest-path files of the 9th DIMACS Implementation Challenge: graphs (`.gr`) and node coordinates
/// (`.co`), plain or gzip-compressed (by name or content).
///
/// Format (<http://www.diag.uniroma1.it/challenge9/format.shtml>): `c` lines are comments; a graph has one problem
/// line `p sp N M` before `M` arc lines `a U V W` (1-based node ids, non-negative integer weight); a coordinate file
/// has `p aux sp co N` before lines `v ID X Y`, where `X` is the longitude and `Y` the latitude in millionths of a
/// degree. Every deviation is an ``ImportError`` naming the file, the line and the value.
///
/// Speed and memory: the file is read in 1 MiB chunks and parsed from bytes, without a `String` per line. Memory
/// grows with the lines actually read, never with the counts a problem line announces (reservations are capped
/// at 2²⁰ entries), so a file announcing billions of nodes or arcs costs what it contains. NY (734 k arcs) parses in
/// tens of milliseconds.
public enum DIMACSReader {
    /// Reads the graph at `path`.
    /// - Throws: ``ImportError`` if the file is missing, has no `p sp` line, holds a node id outside `1…N`, a field
    ///   that is not a number, a negative or too-large weight, or a number of arcs other than `M`.
    /// - Complexity: O(file size); memory O(*M*) for the result.
    public static func readGraph(at path: String) throws -> DIMACSGraph {
        var nodeCount = -1
        var declaredArcs = 0
        var arcs: [Arc] = []
        var found = 0
        try LineReader.forEachLine(in: path) { bytes, line in
            guard let first = bytes.first else { return }
            switch first {
            case UInt8(ascii: "a"):
                var scanner = try dataLine(bytes, file: path, line: line, afterProblemLine: nodeCount >= 0)
                let tail = try node(&scanner, "tail node", nodeCount)
                let head = try node(&scanner, "head node", nodeCount)
                let (weight, column) = try scanner.integer("weight")
                guard weight >= 0, weight < Int64(Weight.infinity) else {
                    throw ImportError.weightOutOfRange(file: path, line: line, column: column, value: weight)
                }
                try scanner.expectEnd()
                found += 1
                arcs.append(Arc(tail: tail, head: head, weight: Weight(weight), id: UInt32(truncatingIfNeeded: found)))
            case UInt8(ascii: "c"):
                return
            case UInt8(ascii: "p"):
                var scanner = FieldScanner(bytes, file: path, line: line, position: 1)
                let expected = "p sp <nodes> <arcs>"
                guard nodeCount < 0, scanner.word() == "sp" else {
                    throw ImportError.malformedProblemLine(file: path, line: line, text: scanner.text, expected: expected)
                }
                let (n, nColumn) = try scanner.integer("node count")
                let (m, mColumn) = try scanner.integer("arc count")
                try scanner.expectEnd()
                guard n >= 0, n < Int64(UInt32.max) else {
                    throw ImportError.notANumber(file: path, line: line, column: nColumn, field: "node count (0…\(UInt32.max - 1))", value: String(n))
                }
                guard m >= 0, m < Int64(UInt32.max) else {
                    throw ImportError.notANumber(file: path, line: line, column: mColumn, field: "arc count (0…\(UInt32.max - 1))", value: String(m))
                }
                nodeCount = Int(n)
                declaredArcs = Int(m)
                arcs.reserveCapacity(Int(min(m, 1 << 20)))   // the file may hold fewer arcs than it announces
            default:
                try requireBlank(bytes, file: path, line: line)
            }
        }
        guard nodeCount >= 0 else { throw ImportError.missingProblemLine(file: path, expected: "p sp <nodes> <arcs>") }
        guard found == declaredArcs else {
            throw ImportError.countMismatch(file: path, what: "arcs", declared: declaredArcs, found: found)
        }
        return DIMACSGraph(nodeCount: nodeCount, arcs: arcs)
    }

    /// Reads the coordinates at `path` for a graph of `nodeCount` nodes; element `i` belongs to node `i`
    /// (the file's node `i + 1`).
    /// - Throws: ``ImportError`` if the file is missing, has no `p aux sp co` line, describes another node count,
    ///   holds a node id out of range, a coordinate outside ±180°/±90°, a field that is not a number, a node twice,
    ///   or misses a node.
    /// - Complexity: O(file size + *n* log *n*); memory O(lines read).
    public static func readCoordinates(at path: String, nodeCount: Int) throws -> [Coordinate] {
        var problemLineSeen = false
        var entries: [(node: UInt32, line: UInt32, coordinate: Coordinate)] = []
        entries.reserveCapacity(min(nodeCount, 1 << 20))   // grows with the lines read, not the count announced
        try LineReader.forEachLine(in: path) { bytes, line in
            guard let first = bytes.first else { return }
            switch first {
            case UInt8(ascii: "v"):
                var scanner = try dataLine(bytes, file: path, line: line, afterProblemLine: problemLineSeen)
                let id = try node(&scanner, "node", nodeCount)
                let (longitude, xColumn) = try scanner.integer("longitude")
                let (latitude, yColumn) = try scanner.integer("latitude")
                try scanner.expectEnd()
                guard abs(longitude) <= 180_000_000 else {
                    throw ImportError.coordinateOutOfRange(file: path, line: line, column: xColumn, field: "longitude", value: longitude)
                }
                guard abs(latitude) <= 90_000_000 else {
                    throw ImportError.coordinateOutOfRange(file: path, line: line, column: yColumn, field: "latitude", value: latitude)
                }
                entries.append((id.rawValue, UInt32(truncatingIfNeeded: line),
                                Coordinate(latitude: Double(latitude) / 1_000_000, longitude: Double(longitude) / 1_000_000)))
            case UInt8(ascii: "c"):
                return
            case UInt8(ascii: "p"):
                var scanner = FieldScanner(bytes, file: path, line: line, position: 1)
                let expected = "p aux sp co <nodes>"
                guard !problemLineSeen, scanner.word() == "aux", scanner.word() == "sp", scanner.word() == "co" else {
                    throw ImportError.malformedProblemLine(file: path, line: line, text: scanner.text, expected: expected)
                }
                let (n, _) = try scanner.integer("node count")
                try scanner.expectEnd()
                guard n == Int64(nodeCount) else {
                    throw ImportError.nodeCountMismatch(file: path, line: line, found: Int(clamping: n), expected: nodeCount)
                }
                problemLineSeen = true
            default:
                try requireBlank(bytes, file: path, line: line)
            }
        }
        guard problemLineSeen else { throw ImportError.missingProblemLine(file: path, expected: "p aux sp co <nodes>") }
        // By node, then line: a node given twice shows as two neighbours, the first line first.
        entries.sort { ($0.node, $0.line) < ($1.node, $1.line) }
        var duplicate: (node: UInt32, line: UInt32, firstLine: UInt32)?
        for i in entries.indices.dropFirst() where entries[i].node == entries[i - 1].node {
            if duplicate == nil || entries[i].line < duplicate!.line {
                duplicate = (entries[i].node, entries[i].line, entries[i - 1].line)
            }
        }
        if let duplicate {
            throw ImportError.duplicateCoordinate(file: path, line: Int(duplicate.line), node: Int64(duplicate.node) + 1,
                                                  firstLine: Int(duplicate.firstLine))
        }
        guard entries.count == nodeCount else {
            throw ImportError.countMismatch(file: path, what: "coordinates", declared: nodeCount, found: entries.count)
        }
        return entries.map(\.coordinate)   // one per node 0 ..< nodeCount, in order, since none is missing or twice
    }

    /// A scanner positioned after the letter of a data line (`a …`, `v …`).
    /// - Throws: ``ImportError/dataBeforeProblemLine(file:line:)`` before the problem line, and
    ///   ``ImportError/unexpectedLine(file:line:text:)`` when the letter does not stand alone (`arc 1 2 7`).
    @inline(__always)
    static func dataLine(_ bytes: UnsafeBufferPointer<UInt8>, file: String, line: Int,
                         afterProblemLine: Bool) throws -> FieldScanner {
        guard afterProblemLine else { throw ImportError.dataBeforeProblemLine(file: file, line: line) }
        let scanner = FieldScanner(bytes, file: file, line: line, position: 1)
        guard bytes.count > 1, FieldScanner.isSpace(bytes[1]) else {
            throw ImportError.unexpectedLine(file: file, line: line, text: scanner.text)
        }
        return scanner
    }

    /// Accepts a line of blanks; any other line of an unknown kind is ``ImportError/unexpectedLine(file:line:text:)``.
    static func requireBlank(_ bytes: UnsafeBufferPointer<UInt8>, file: String, line: Int) throws {
        if bytes.allSatisfy(FieldScanner.isSpace) { return }
        throw ImportError.unexpectedLine(file: file, line: line, text: FieldScanner(bytes, file: file, line: line).text)
    }

    /// Reads a 1-based node id and returns it 0-based.
    @inline(__always)
    static func node(_ scanner: inout FieldScanner, _ field: String, _ nodeCount: Int) throws -> NodeID {
        let (value, column) = try scanner.integer(field)
        guard value >= 1, value <= Int64(nodeCount) else {
            throw ImportError.nodeOutOfRange(file: scanner.file, line: scanner.line, column: column, value: value, nodeCount: nodeCount)
        }
        return NodeID(UInt32(truncatingIfNeeded: value - 1))
    }
}
