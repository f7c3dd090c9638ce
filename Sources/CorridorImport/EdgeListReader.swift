import CorridorGraph

/// Reads an edge list in the pgRouting convention, plain or gzip-compressed:
/// ```
/// id,source,target,cost,reverse_cost,x1,y1,x2,y2
/// 1,10,11,120.5,-1,76.94,43.25,76.95,43.26
/// ```
/// The first line names the columns (any order, any case; unknown columns such as a geometry are skipped): `id`,
/// `source`, `target` and `cost` are required, `reverse_cost` is optional, and `x1,y1,x2,y2` (longitude and latitude
/// of source and target, WGS 84 degrees) come all four or not at all. Ids are whole numbers; costs are decimals
/// (`12`, `0.25`, `1.5e3`); a negative cost means no arc in that direction, an empty `reverse_cost` means none given.
/// How rows become arcs (directed or undirected) is ``EdgeList/arcs(undirected:)``.
/// Fields may be quoted (`"…"`, with `""` for a quote) but not span lines; blank lines are skipped.
///
/// The costs' decimals set the weight scale: 10^d for the most decimals any non-negative cost uses (see
/// ``EdgeList/unitScale``), so every cost is kept exactly. A file is refused, naming the line, when a cost needs more
/// than ``maximumDecimals`` decimals, or when its largest cost at that scale would not fit the router's 32-bit
/// weights. A file without edges (a header alone) and an edge id used twice are refused too.
/// - Complexity: O(*m* log *m*) for *m* rows (the node ids are sorted); memory O(*m*).
public enum EdgeListReader {
    /// The most decimals a cost may have: 10⁹ is the largest power of ten below the 32-bit weights' range.
    public static let maximumDecimals = 9

    /// Reads the edge list at `path`.
    /// - Throws: ``ImportError`` naming the file, line, column (in bytes, from 1) and value of the first problem.
    public static func read(at path: String) throws -> EdgeList {
        var parser = Parser(file: path)
        try LineReader.forEachLine(in: path) { line, number in try parser.consume(line, lineNumber: number) }
        return try parser.finish()
    }

    /// The column names this reader understands.
    enum Column: String, CaseIterable {
        case id, source, target, cost
        case reverseCost = "reverse_cost"
        case x1, y1, x2, y2
    }

    /// One edge as read, before node ids are numbered densely.
    struct RawEdge {
        var inputID: Int64
        var source: Int64
        var target: Int64
        var cost: Double
        var reverseCost: Double?
        var line: Int
    }

    /// The reader's state across lines.
    struct Parser {
        let file: String
        /// Field index of each known column, once the header is read.
        var columns: [Column: Int] = [:]
        var fieldCount = 0
        var headerNames: [String] = []
        var sawHeader = false
        var edges: [RawEdge] = []
        var coordinates: [Int64: Coordinate] = [:]
        var hasCoordinates = false
        var decimals = 0
        /// The largest non-negative cost and where it was, to check it against the final scale.
        var largest: (value: Double, text: String, line: Int, column: Int, field: String)?
        /// The first non-negative cost with the most decimals, and where it was.
        var mostDecimals: (text: String, line: Int, column: Int, field: String)?
        /// Reused field boundaries: (start, end, quoted) per field of the current line.
        var fields: [(start: Int, end: Int)] = []

        init(file: String) { self.file = file }

        mutating func consume(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int) throws {
            try split(line, lineNumber: lineNumber)
            if fields.count == 1 && fields[0].start == fields[0].end { return }   // blank line
            if !sawHeader {
                try readHeader(line, lineNumber: lineNumber)
            } else {
                try readRow(line, lineNumber: lineNumber)
            }
        }

        /// Splits `line` at commas outside quotes into `fields` (quotes and surrounding blanks trimmed).
        mutating func split(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int) throws {
            fields.removeAll(keepingCapacity: true)
            var position = 0
            while true {
                var start = position
                while start < line.count && (line[start] == 0x20 || line[start] == 0x09) { start += 1 }
                var end: Int
                if start < line.count && line[start] == 0x22 {   // quoted field
                    var closing = start + 1
                    while true {
                        guard closing < line.count else {
                            throw ImportError.unterminatedQuote(file: file, line: lineNumber, column: start + 1)
                        }
                        if line[closing] == 0x22 {
                            if closing + 1 < line.count && line[closing + 1] == 0x22 { closing += 2; continue }
                            break
                        }
                        closing += 1
                    }
                    fields.append((start + 1, closing))
                    end = closing + 1
                    while end < line.count && line[end] != 0x2C { end += 1 }
                } else {
                    end = start
                    while end < line.count && line[end] != 0x2C { end += 1 }
                    var trimmed = end
                    while trimmed > start && (line[trimmed - 1] == 0x20 || line[trimmed - 1] == 0x09) { trimmed -= 1 }
                    fields.append((start, trimmed))
                }
                if end >= line.count { return }
                position = end + 1
            }
        }

        func text(_ line: UnsafeBufferPointer<UInt8>, _ field: Int) -> String {
            let (start, end) = fields[field]
            return String(decoding: UnsafeBufferPointer(rebasing: line[start ..< min(end, start + 40)]), as: UTF8.self)
        }

        mutating func readHeader(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int) throws {
            sawHeader = true
            fieldCount = fields.count
            for index in fields.indices {
                var name = text(line, index).lowercased()
                if index == 0 && name.hasPrefix("\u{FEFF}") { name.removeFirst() }   // a byte-order mark
                headerNames.append(name)
                guard let column = Column(rawValue: name) else { continue }
                if columns[column] != nil {
                    throw ImportError.duplicateColumn(file: file, line: lineNumber, column: fields[index].start + 1, name: name)
                }
                columns[column] = index
            }
            let header = headerNames.joined(separator: ",")
            for required in [Column.id, .source, .target, .cost] where columns[required] == nil {
                throw ImportError.missingColumn(file: file, line: lineNumber, name: required.rawValue, header: header)
            }
            let placed = [Column.x1, .y1, .x2, .y2].filter { columns[$0] != nil }
            if !placed.isEmpty, let absent = [Column.x1, .y1, .x2, .y2].first(where: { columns[$0] == nil }) {
                throw ImportError.missingColumn(file: file, line: lineNumber, name: absent.rawValue, header: header)
            }
            hasCoordinates = !placed.isEmpty
        }

        mutating func readRow(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int) throws {
            if fields.count < fieldCount {
                throw ImportError.missingField(file: file, line: lineNumber, field: headerNames[fields.count])
            }
            if fields.count > fieldCount {
                let extra = fields[fieldCount]
                throw ImportError.extraField(file: file, line: lineNumber, column: extra.start + 1, value: text(line, fieldCount))
            }
            let id = try integer(line, .id, lineNumber)
            let source = try integer(line, .source, lineNumber)
            let target = try integer(line, .target, lineNumber)
            let cost = try decimal(line, .cost, lineNumber)!
            let reverseCost = try decimal(line, .reverseCost, lineNumber)
            edges.append(RawEdge(inputID: id, source: source, target: target, cost: cost, reverseCost: reverseCost,
                                 line: lineNumber))
            if hasCoordinates,
               let x1 = try degrees(line, .x1, lineNumber, limit: 180), let y1 = try degrees(line, .y1, lineNumber, limit: 90),
               let x2 = try degrees(line, .x2, lineNumber, limit: 180), let y2 = try degrees(line, .y2, lineNumber, limit: 90) {
                if coordinates[source] == nil { coordinates[source] = Coordinate(latitude: y1, longitude: x1) }
                if coordinates[target] == nil { coordinates[target] = Coordinate(latitude: y2, longitude: x2) }
            }
        }

        /// The whole number in `column` of this row.
        func integer(_ line: UnsafeBufferPointer<UInt8>, _ column: Column, _ lineNumber: Int) throws -> Int64 {
            let (start, end) = fields[columns[column]!]
            var position = start
            var negative = false
            if position < end && (line[position] == 0x2D || line[position] == 0x2B) {
                negative = line[position] == 0x2D
                position += 1
            }
            var value: Int64 = 0
            var valid = position < end
            while position < end && valid {
                let digit = line[position] &- 0x30
                if digit > 9 { valid = false; break }
                let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int64(digit))
                if overflow1 || overflow2 { valid = false; break }
                value = sum
                position += 1
            }
            guard valid else {
                throw ImportError.notANumber(file: file, line: lineNumber, column: start + 1, field: column.rawValue,
                                             value: text(line, columns[column]!))
            }
            return negative ? -value : value
        }

        /// The decimal in `column` of this row, or `nil` if the column is absent or the field empty (only
        /// `reverse_cost` may be). Records the decimals and the largest value of non-negative costs.
        mutating func decimal(_ line: UnsafeBufferPointer<UInt8>, _ column: Column, _ lineNumber: Int) throws -> Double? {
            guard let index = columns[column] else { return nil }
            let (start, end) = fields[index]
            if start == end && column == .reverseCost { return nil }
            guard let (value, places) = DecimalField.parse(UnsafeBufferPointer(rebasing: line[start ..< end])) else {
                throw ImportError.notADecimal(file: file, line: lineNumber, column: start + 1, field: column.rawValue,
                                              value: text(line, index))
            }
            if value >= 0 {
                if places > decimals || mostDecimals == nil {
                    mostDecimals = (text(line, index), lineNumber, start + 1, column.rawValue)
                }
                decimals = max(decimals, places)
                if value > (largest?.value ?? -1) {
                    largest = (value, text(line, index), lineNumber, start + 1, column.rawValue)
                }
            }
            return value
        }

        /// The coordinate in `column`, or `nil` if the field is empty; refuses values beyond ±`limit` degrees.
        func degrees(_ line: UnsafeBufferPointer<UInt8>, _ column: Column, _ lineNumber: Int, limit: Double) throws -> Double? {
            let index = columns[column]!
            let (start, end) = fields[index]
            if start == end { return nil }
            guard let (value, _) = DecimalField.parse(UnsafeBufferPointer(rebasing: line[start ..< end])) else {
                throw ImportError.notADecimal(file: file, line: lineNumber, column: start + 1, field: column.rawValue,
                                              value: text(line, index))
            }
            guard abs(value) <= limit else {
                throw ImportError.degreesOutOfRange(file: file, line: lineNumber, column: start + 1, field: column.rawValue,
                                                    value: text(line, index), limit: Int(limit))
            }
            return value
        }

        /// Checks that there are edges and their ids are unique, picks the weight scale, checks the costs against
        /// it, and numbers the nodes.
        func finish() throws -> EdgeList {
            guard sawHeader else { throw ImportError.missingHeader(file: file) }
            guard !edges.isEmpty else { throw ImportError.noEdges(file: file, header: headerNames.joined(separator: ",")) }
            try checkUniqueIDs()
            if decimals > EdgeListReader.maximumDecimals, let most = mostDecimals {
                throw ImportError.tooManyDecimals(file: file, line: most.line, column: most.column, field: most.field,
                                                  value: most.text, limit: EdgeListReader.maximumDecimals)
            }
            let scale = Self.power(ofTen: decimals)
            if let largest, !((largest.value * Double(scale)).rounded() < Double(Weight.infinity)) {
                throw ImportError.costOutOfRange(file: file, line: largest.line, column: largest.column,
                                                 field: largest.field, value: largest.text, decimals: decimals)
            }
            var ids: [Int64] = []
            ids.reserveCapacity(edges.count * 2)
            for edge in edges { ids.append(edge.source); ids.append(edge.target) }
            ids.sort()
            var unique: [Int64] = []
            unique.reserveCapacity(ids.count / 2)
            for id in ids where unique.last != id { unique.append(id) }
            let list = edges.map {
                EdgeList.Edge(inputID: $0.inputID, source: EdgeList.node(forInputID: $0.source, in: unique)!,
                              target: EdgeList.node(forInputID: $0.target, in: unique)!,
                              cost: $0.cost, reverseCost: $0.reverseCost)
            }
            let placed: [Coordinate?]? = hasCoordinates ? unique.map { coordinates[$0] } : nil
            return EdgeList(nodeInputIDs: unique, edges: list, coordinates: placed, unitScale: scale, exactCosts: true)
        }

        /// Refuses an edge id given twice, naming the later line and the first.
        /// - Complexity: O(*m* log *m*).
        func checkUniqueIDs() throws {
            let order = edges.indices.sorted { (edges[$0].inputID, $0) < (edges[$1].inputID, $1) }
            var duplicate: (id: Int64, line: Int, firstLine: Int)?
            for k in order.indices.dropFirst() where edges[order[k]].inputID == edges[order[k - 1]].inputID {
                let later = edges[order[k]], earlier = edges[order[k - 1]]
                if duplicate == nil || later.line < duplicate!.line { duplicate = (later.inputID, later.line, earlier.line) }
            }
            if let duplicate {
                throw ImportError.duplicateEdgeID(file: file, line: duplicate.line, id: duplicate.id, firstLine: duplicate.firstLine)
            }
        }

        static func power(ofTen exponent: Int) -> Int {
            var result = 1
            for _ in 0 ..< exponent { result *= 10 }
            return result
        }
    }
}
