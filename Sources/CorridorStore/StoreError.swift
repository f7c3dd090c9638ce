/// Why the database could not be opened, read or written: the file, the thing asked for, and a way out.
///
/// One enum for the whole store; ``description`` reads as a sentence for the person at the terminal:
/// ```
/// Cannot open 'corridor.sqlite': its schema v7 is newer than this tool understands (v3).
/// No graph named 'nyc' in 'corridor.sqlite'. Did you mean 'ny'?
/// ```
public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The operating system or SQLite could not open the file.
    case cannotOpen(path: String, reason: String)
    /// A read-only open of a file that does not exist.
    case missingDatabase(path: String)
    /// The file is not a SQLite database at all; `start` quotes its first bytes.
    case notADatabase(path: String, start: String)
    /// The file is a SQLite database but damaged (truncated, overwritten); `reason` is SQLite's.
    case corrupt(path: String, reason: String)
    /// A SQLite database that some other program made (it has tables but no corridor schema).
    case foreignDatabase(path: String, applicationID: Int32)
    /// The file was written by a newer version of this tool.
    case newerSchema(path: String, found: Int, supported: Int)
    /// A read-only open of a file whose schema must first be upgraded (or created) by a writable open.
    case schemaNeedsUpgrade(path: String, found: Int, supported: Int)
    /// A write through a connection opened read-only.
    case readOnly(path: String)
    /// An import under a name that is taken, without asking to replace it.
    case nameTaken(kind: String, name: String, path: String)
    /// An import under a name that a stored item of the other kind (a graph for a network, or a network for a graph)
    /// holds: graphs and networks share one list of names, so that `--network NAME` means one thing.
    case nameUsedByOtherKind(kind: String, name: String, otherKind: String, path: String)
    /// No graph or network of that name; `suggestion` is the closest stored name.
    case notFound(kind: String, name: String, path: String, suggestion: String?)
    /// A request for "the" network of a database that holds none.
    case noNetwork(path: String)
    /// A request for "the" network of a database that holds several.
    case ambiguousNetwork(path: String, names: [String])
    /// Deleting or replacing a network that scenarios are built on, without asking for the scenarios' fate.
    case networkHasScenarios(network: String, scenarios: [String], path: String)
    /// A graph too large for the routing core's 32-bit node and arc numbers.
    case graphTooLarge(name: String, nodeCount: Int, arcCount: Int)
    /// Stored rows that contradict each other (edited by hand, or written by a faulty tool).
    case inconsistent(path: String, detail: String)
    /// Any other failure SQLite reported: its result code and message, and the statement it ran.
    case sqlite(path: String, code: Int32, message: String, doing: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            return "Cannot open '\(path)': \(reason). Check the path and the folder's permissions."
        case let .missingDatabase(path):
            return "Cannot open '\(path)': no such file. Import a graph or a network into it first."
        case let .notADatabase(path, start):
            let quoted = start.isEmpty ? "" : " (it starts with '\(start)')"
            return "Cannot open '\(path)': it is not a SQLite database\(quoted). Choose a database written by corridor."
        case let .corrupt(path, reason):
            return "Cannot open '\(path)': the database is damaged (\(reason)). Restore it from a copy or import again into a new file."
        case let .foreignDatabase(path, applicationID):
            let owner = applicationID == 0 ? "" : " (application id \(applicationID))"
            return "Cannot open '\(path)': it is a SQLite database of another program\(owner), not a corridor database. Choose another file name."
        case let .newerSchema(path, found, supported):
            return "Cannot open '\(path)': its schema v\(found) is newer than this tool understands (v\(supported))."
        case let .schemaNeedsUpgrade(path, found, supported):
            return "Cannot open '\(path)' read-only: its schema v\(found) is older than this tool's (v\(supported)). Open it once for writing (for example with 'corridor import') to upgrade it."
        case let .readOnly(path):
            return "Cannot change '\(path)': it was opened read-only. Open it for writing."
        case let .nameTaken(kind, name, path):
            return "A \(kind) named '\(name)' already exists in '\(path)'. Choose another name or ask to replace it."
        case let .nameUsedByOtherKind(kind, name, otherKind, path):
            return "Cannot import the \(kind) as '\(name)': a \(otherKind) of that name is stored in '\(path)', and graphs and networks share their names. Choose another name."
        case let .notFound(kind, name, path, suggestion):
            let hint = suggestion.map { " Did you mean '\($0)'?" } ?? " List the stored names to choose one."
            return "No \(kind) named '\(name)' in '\(path)'.\(hint)"
        case let .noNetwork(path):
            return "No network is stored in '\(path)'. Import one with 'corridor import network FOLDER'."
        case let .ambiguousNetwork(path, names):
            return "'\(path)' holds several networks (\(names.joined(separator: ", "))). Name the one to use."
        case let .networkHasScenarios(network, scenarios, path):
            let names = scenarios.map { "'\($0)'" }.joined(separator: ", ")
            return "Network '\(network)' in '\(path)' is the base of \(scenarios.count == 1 ? "scenario" : "scenarios") \(names). Delete \(scenarios.count == 1 ? "it" : "them") first, or ask to take \(scenarios.count == 1 ? "it" : "them") along."
        case let .graphTooLarge(name, nodeCount, arcCount):
            return "Cannot store graph '\(name)': its \(nodeCount) nodes and \(arcCount) arcs exceed the 2³²−2 the router can number. Split the graph."
        case let .inconsistent(path, detail):
            return "Cannot read '\(path)': \(detail). The file was changed outside corridor; import the data again."
        case let .sqlite(path, code, message, doing):
            return "Database '\(path)' failed: \(message) (SQLite code \(code), while running '\(doing)')."
        }
    }
}
