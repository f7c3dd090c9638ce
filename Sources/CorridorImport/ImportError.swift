/// Why a file could not be imported: the file, the line (and column) where reading stopped, the value found there,
/// and a way out.
///
/// Every reader of this module throws this one type; ``description`` is written for the person who made the file:
/// ```
/// Cannot import 'x.gr', line 14: node id 300000 is out of range 1…264346. Check the 'p sp' line or the arc.
/// ```
/// Line and column numbers start at 1; columns count bytes.
public enum ImportError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file does not exist or cannot be read; `reason` is the system's explanation.
    case cannotOpen(file: String, reason: String)
    /// Reading stopped in the middle (a damaged or truncated gzip stream, an I/O error).
    case cannotRead(file: String, reason: String)
    /// A gzip file that ends before its compressed stream does (a cut download or copy).
    case truncated(file: String)
    /// A line longer than ``LineReader/maximumLineLength`` bytes (a binary file, or one without line breaks).
    case lineTooLong(file: String, line: Int, limit: Int)
    /// A DIMACS graph or coordinate file without its problem line (`p sp N M` or `p aux sp co N`).
    case missingProblemLine(file: String, expected: String)
    /// A problem line that does not have the expected shape, or a second one.
    case malformedProblemLine(file: String, line: Int, text: String, expected: String)
    /// A data line (`a …` or `v …`) before the problem line.
    case dataBeforeProblemLine(file: String, line: Int)
    /// A line that starts with a letter this format does not know.
    case unexpectedLine(file: String, line: Int, text: String)
    /// A field that should be a number is not; `field` names it ("tail node", "weight", "longitude").
    case notANumber(file: String, line: Int, column: Int, field: String, value: String)
    /// A line with fewer fields than the format needs.
    case missingField(file: String, line: Int, field: String)
    /// A line with more fields than the format has.
    case extraField(file: String, line: Int, column: Int, value: String)
    /// A node id outside `1 … nodeCount` (DIMACS ids are 1-based).
    case nodeOutOfRange(file: String, line: Int, column: Int, value: Int64, nodeCount: Int)
    /// An arc weight that is negative or does not fit the engine's 32-bit weights.
    case weightOutOfRange(file: String, line: Int, column: Int, value: Int64)
    /// A coordinate outside the range of longitudes or latitudes.
    case coordinateOutOfRange(file: String, line: Int, column: Int, field: String, value: Int64)
    /// The problem line announced `declared` arcs (or coordinates) but the file holds `found`.
    case countMismatch(file: String, what: String, declared: Int, found: Int)
    /// The problem line of a coordinate file names a node count other than the graph's.
    case nodeCountMismatch(file: String, line: Int, found: Int, expected: Int)
    /// A node given coordinates twice.
    case duplicateCoordinate(file: String, line: Int, node: Int64, firstLine: Int)
    /// An edge list with no header line (an empty file).
    case missingHeader(file: String)
    /// An edge list whose header lacks a required column (or one of `x1,y1,x2,y2` when others are there).
    case missingColumn(file: String, line: Int, name: String, header: String)
    /// An edge list whose header names a column twice.
    case duplicateColumn(file: String, line: Int, column: Int, name: String)
    /// A quoted field without its closing quote on the same line.
    case unterminatedQuote(file: String, line: Int, column: Int)
    /// A field that should be a decimal number (a cost, a coordinate) is not.
    case notADecimal(file: String, line: Int, column: Int, field: String, value: String)
    /// A cost whose weight, at the scale its decimals need, does not fit the router's 32-bit weights.
    case costOutOfRange(file: String, line: Int, column: Int, field: String, value: String, decimals: Int)
    /// An edge list with a header but no edge.
    case noEdges(file: String, header: String)
    /// An edge list giving the same edge id on two lines.
    case duplicateEdgeID(file: String, line: Int, id: Int64, firstLine: Int)
    /// A cost with more decimals than the router can keep exactly.
    case tooManyDecimals(file: String, line: Int, column: Int, field: String, value: String, limit: Int)
    /// A longitude or latitude beyond ±`limit` degrees (the file uses projected coordinates, or swapped columns).
    case degreesOutOfRange(file: String, line: Int, column: Int, field: String, value: String, limit: Int)

    public var description: String {
        switch self {
        case let .cannotOpen(file, reason):
            return "Cannot import '\(file)': \(reason). Check the path and the file's permissions."
        case let .cannotRead(file, reason):
            return "Cannot import '\(file)': reading failed (\(reason)). The file may be truncated; download it again."
        case let .truncated(file):
            return "Cannot import '\(file)': the compressed file ends in the middle of its data, so it is truncated. Download or copy it again."
        case let .lineTooLong(file, line, limit):
            return "Cannot import '\(file)', line \(line): the line is longer than \(limit) bytes. Is it a text file with one record per line?"
        case let .missingProblemLine(file, expected):
            return "Cannot import '\(file)': it has no problem line '\(expected)'. Is it a DIMACS file of the right kind?"
        case let .malformedProblemLine(file, line, text, expected):
            return "Cannot import '\(file)', line \(line): the problem line '\(text)' should read '\(expected)' (once, before the data)."
        case let .dataBeforeProblemLine(file, line):
            return "Cannot import '\(file)', line \(line): data comes before the problem line. Put the 'p' line first."
        case let .unexpectedLine(file, line, text):
            return "Cannot import '\(file)', line \(line): '\(text)' is not a line this format knows. Comment it out with 'c '."
        case let .notANumber(file, line, column, field, value):
            return "Cannot import '\(file)', line \(line), column \(column): the \(field) '\(value)' is not a whole number. Write it as digits only."
        case let .missingField(file, line, field):
            return "Cannot import '\(file)', line \(line): the \(field) is missing. Each line needs all its fields on one line."
        case let .extraField(file, line, column, value):
            return "Cannot import '\(file)', line \(line), column \(column): unexpected extra field '\(value)'. Remove it or comment the line out."
        case let .nodeOutOfRange(file, line, column, value, nodeCount):
            let range = nodeCount > 0 ? "1…\(nodeCount)" : "empty (the graph has no nodes)"
            return "Cannot import '\(file)', line \(line), column \(column): node id \(value) is out of range \(range). Check the 'p' line's node count or the line."
        case let .weightOutOfRange(file, line, column, value):
            return "Cannot import '\(file)', line \(line), column \(column): weight \(value) is out of range 0…\(UInt32.max - 1). Use non-negative integer weights in a smaller unit."
        case let .coordinateOutOfRange(file, line, column, field, value):
            return "Cannot import '\(file)', line \(line), column \(column): \(field) \(value) (millionths of a degree) is out of range. Longitudes lie within ±180000000, latitudes within ±90000000."
        case let .countMismatch(file, what, declared, found):
            return "Cannot import '\(file)': the problem line announces \(declared) \(what) but the file holds \(found). The file may be truncated; fix the count or the data."
        case let .nodeCountMismatch(file, line, found, expected):
            return "Cannot import '\(file)', line \(line): it describes \(found) nodes but the graph has \(expected). Use the coordinate file that belongs to the graph."
        case let .duplicateCoordinate(file, line, node, firstLine):
            return "Cannot import '\(file)', line \(line): node \(node) already has coordinates on line \(firstLine). Keep one of the two lines."
        case let .missingHeader(file):
            return "Cannot import '\(file)': it is empty. An edge list starts with a header line such as 'id,source,target,cost,reverse_cost'."
        case let .missingColumn(file, line, name, header):
            return "Cannot import '\(file)', line \(line): the header '\(header)' has no column '\(name)'. Name the columns id, source, target, cost (optionally reverse_cost, and x1, y1, x2, y2 together)."
        case let .duplicateColumn(file, line, column, name):
            return "Cannot import '\(file)', line \(line), column \(column): the header names '\(name)' twice. Rename or remove one of them."
        case let .unterminatedQuote(file, line, column):
            return "Cannot import '\(file)', line \(line), column \(column): a quoted field has no closing quote. Close it on the same line (write \"\" for a quote inside)."
        case let .notADecimal(file, line, column, field, value):
            return "Cannot import '\(file)', line \(line), column \(column): the \(field) '\(value)' is not a number. Write it like 12 or 12.5, with a point before the decimals."
        case let .costOutOfRange(file, line, column, field, value, decimals):
            var scale = 1.0
            for _ in 0 ..< decimals { scale *= 10 }
            let largest = Double(UInt32.max - 1) / scale
            let limit = decimals == 0 ? String(UInt32.max - 1) : String(largest)
            return "Cannot import '\(file)', line \(line), column \(column): the \(field) \(value) is too large for the router's 32-bit weights at \(decimals) decimals, the most any cost in the file uses (at most \(limit)). Use a larger unit, or round the costs to fewer decimals."
        case let .noEdges(file, header):
            return "Cannot import '\(file)': it has the header '\(header)' but no edges. Add one line per edge, or check that the right file was given."
        case let .duplicateEdgeID(file, line, id, firstLine):
            return "Cannot import '\(file)', line \(line): edge id \(id) is already used on line \(firstLine). Give every edge its own id."
        case let .tooManyDecimals(file, line, column, field, value, limit):
            return "Cannot import '\(file)', line \(line), column \(column): the \(field) \(value) has more decimals than the \(limit) the router keeps exactly. Round the costs to at most \(limit) decimals, or use a smaller unit."
        case let .degreesOutOfRange(file, line, column, field, value, limit):
            return "Cannot import '\(file)', line \(line), column \(column): \(field) \(value) is not within ±\(limit) degrees. Export the coordinates as longitude and latitude (WGS 84, EPSG:4326)."
        }
    }
}
