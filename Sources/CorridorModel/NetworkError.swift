import Foundation

/// Bad network data or a request the network cannot answer. Each description names the file, the line and the
/// value, and suggests a way out.
public enum NetworkError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// A file of the network folder is missing or unreadable.
    case missingFile(file: String, reason: String)
    /// A quoted field never closes, or a quote sits inside an unquoted field.
    case malformedCSV(file: String, line: Int, reason: String)
    /// A CSV file holds nothing, not even its header line.
    case emptyCSV(file: String)
    /// A required column is not in the header line.
    case missingColumn(file: String, column: String, header: [String])
    /// A row has more or fewer fields than the header.
    case wrongFieldCount(file: String, line: Int, expected: Int, found: Int)
    /// A field holds a value of the wrong form; `expected` says what would be right.
    case invalidValue(file: String, line: Int, column: String, value: String, expected: String)
    /// Two rows of one file share an id.
    case duplicateID(file: String, line: Int, id: String, firstLine: Int)
    /// A row refers to a place that does not exist.
    case unknownPlace(file: String, line: Int, owner: String, role: String, reference: String, suggestion: Place.ID?)
    /// A link's length is missing, zero where it may not be, or negative.
    case invalidLength(file: String, line: Int, link: Link.ID, value: String)
    /// A link's own speed or tariff that is not a number, not positive, implausibly large, or out of order.
    case invalidLinkFigure(file: String, line: Int, link: Link.ID, column: String, value: String, expected: String)
    /// A rail link meets a place of another gauge (or a dual-gauge border link joins two gauges) and no
    /// gauge-change transfer is listed there.
    case gaugeBreakWithoutTransfer(file: String, line: Int, link: Link.ID, place: Place.ID, linkGauge: Gauge, placeGauge: Gauge)
    /// A link joins two countries and no border crossing row prices it.
    case crossingMissing(file: String, line: Int, link: Link.ID, from: Place.ID, to: Place.ID, mode: Link.Mode)
    /// A corridor's places cannot be connected in the order given.
    case unconnectedCorridor(file: String, line: Int, corridor: Corridor.ID, from: Place.ID, to: Place.ID)
    /// The parameter sheet lacks a figure the cost profile needs.
    case missingParameter(key: String, file: String)
    /// A place name given by the user matches nothing.
    case unknownPlaceName(String, closest: [Place.ID])
    /// A place name given by the user matches several places.
    case ambiguousPlaceName(String, matches: [Place.ID])
    /// A corridor id given by the user matches nothing.
    case unknownCorridor(String, closest: [Corridor.ID])
    /// A request is inconsistent (for instance it allows no mode at all).
    case invalidRequest(String)
    /// Writing a file failed.
    case cannotWrite(file: String, reason: String)
    /// A scenario's change names something the network lacks, or cannot be made; `problem` says what.
    case scenarioChange(file: String, line: Int, id: String, problem: String)
    /// After a scenario's change the network no longer validates.
    indirect case scenarioBreaksNetwork(file: String, line: Int, id: String, error: NetworkError)
    /// A search for several routes stopped at its work limit: `what` it was finding, the limit and its unit.
    case workLimit(what: String, limit: Int, unit: String, hint: String)

    public var description: String {
        switch self {
        case let .missingFile(file, reason):
            return "Cannot load '\(file)': \(reason). A network folder holds places.csv, links.csv, crossings.csv, transfers.csv, parameters.csv and corridors.csv."
        case let .malformedCSV(file, line, reason):
            return "Cannot load '\(file)', line \(line): \(reason). Enclose a field holding commas or quotes in double quotes, and double any quote inside it."
        case let .emptyCSV(file):
            return "Cannot load '\(file)': the file is empty. Its first line must name the columns, then one row follows per line."
        case let .missingColumn(file, column, header):
            return "Cannot load '\(file)': the header has no column '\(column)' (it has \(header.joined(separator: ", "))). Add the column to the first line."
        case let .wrongFieldCount(file, line, expected, found):
            return "Cannot load '\(file)', line \(line): the row has \(found) fields but the header has \(expected). Quote any field that holds a comma."
        case let .invalidValue(file, line, column, value, expected):
            return "Cannot load '\(file)', line \(line): \(column) '\(value)' is not \(expected)."
        case let .duplicateID(file, line, id, firstLine):
            return "Cannot load '\(file)', line \(line): the id '\(id)' is already used on line \(firstLine). Give each row its own id."
        case let .unknownPlace(file, line, owner, role, reference, suggestion):
            let hint = suggestion.map { " Did you mean '\($0)'?" } ?? " Add the place to places.csv first."
            return "Cannot load '\(file)', line \(line): \(owner) \(role) unknown place '\(reference)'.\(hint)"
        case let .invalidLength(file, line, link, value):
            let shown = value.isEmpty ? "no length" : "the length '\(value)'"
            return "Cannot load '\(file)', line \(line): link '\(link)' has \(shown). Give length_km as a positive number of kilometres."
        case let .invalidLinkFigure(file, line, link, column, value, expected):
            let shown = value.isEmpty ? "no \(column)" : "\(column) '\(value)'"
            return "Cannot load '\(file)', line \(line): link '\(link)' has \(shown), which should be \(expected). Leave a link's three speed or tariff columns empty to use the parameter sheet's figure."
        case let .gaugeBreakWithoutTransfer(file, line, link, place, linkGauge, placeGauge):
            return "Cannot load '\(file)', line \(line): rail link '\(link)' meets '\(place)' on \(linkGauge.millimetres) mm but the place is \(placeGauge.millimetres) mm, and transfers.csv has no gauge-change at '\(place)'. Add a gauge-change transfer there, or correct gauge_mm."
        case let .crossingMissing(file, line, link, from, to, mode):
            return "Cannot load '\(file)', line \(line): link '\(link)' crosses a border between '\(from)' and '\(to)', and crossings.csv has no \(mode.rawValue) row for it. Add one with the time and fee of the crossing."
        case let .unconnectedCorridor(file, line, corridor, from, to):
            return "Cannot load '\(file)', line \(line): corridor '\(corridor)' cannot get from '\(from)' to '\(to)' in the network. Check the order of its places, or add the missing link."
        case let .missingParameter(key, file):
            return "Cannot load '\(file)': the cost profile needs the parameter '\(key)'. Add a row with that key."
        case let .unknownPlaceName(name, closest):
            let hint = closest.isEmpty ? "" : " Did you mean \(closest.map { "'\($0)'" }.joined(separator: ", "))?"
            return "Unknown place '\(name)'.\(hint)"
        case let .ambiguousPlaceName(name, matches):
            return "The place '\(name)' is ambiguous: it names \(matches.map { "'\($0)'" }.joined(separator: ", ")). Use one of these ids."
        case let .unknownCorridor(name, closest):
            let hint = closest.isEmpty ? "" : " Did you mean \(closest.map { "'\($0)'" }.joined(separator: ", "))?"
            return "Unknown corridor '\(name)'.\(hint)"
        case let .invalidRequest(reason):
            return "Cannot plan this request: \(reason)."
        case let .cannotWrite(file, reason):
            return "Cannot write '\(file)': \(reason). Check that the folder exists and is writable."
        case let .scenarioChange(file, line, id, problem):
            return "Cannot apply '\(file)', line \(line) ('\(id)'): \(problem)\(problem.hasSuffix("?") ? "" : ".")"
        case let .scenarioBreaksNetwork(file, line, id, error):
            return "Cannot apply '\(file)', line \(line): after the change to '\(id)' the network is invalid. \(error.description)"
        case let .workLimit(what, limit, unit, hint):
            return "Stopped finding \(what) after \(limit) \(unit), the limit for one request. \(hint)"
        }
    }

    public var errorDescription: String? { description }
}
