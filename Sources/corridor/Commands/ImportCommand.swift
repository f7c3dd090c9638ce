import CorridorGraph
import ArgumentParser
import CorridorModel
import CorridorService
import CorridorStore
import Foundation

/// `corridor import`: bring a corridor network or a plain graph into the database, in one transaction.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a corridor network or a road graph into the database.",
        discussion: """
            An import is one transaction: on malformed input nothing is written, and the message names the file, \
            the line and the value. A name already in use is refused unless --replace is given.
            """,
        subcommands: [NetworkFolder.self, Dimacs.self, Edges.self]
    )

    /// The options every import takes.
    struct NameOptions: ParsableArguments {
        @Option(help: ArgumentHelp("The name to store it under (default: the file or folder name).",
                                   valueName: "name"))
        var name: String?

        @Flag(help: "Replace a stored network of the same name.")
        var replace = false

        /// The longest name a graph or network may have.
        static let maximumNameLength = 100

        func validate() throws {
            if let name, let problem = NameOptions.problem(with: name) { throw ValidationError("--name \(problem)") }
        }

        /// The name given, or the last path component of `path` without its extensions.
        /// - Throws: a usage failure when a name taken from the file name is not a valid name.
        func resolvedName(for path: String) throws -> String {
            if let name { return name }
            var base = URL(fileURLWithPath: path).lastPathComponent
            for suffix in [".gz", ".gr", ".csv", ".tsv"] where base.hasSuffix(suffix) {
                base.removeLast(suffix.count)
            }
            if let problem = NameOptions.problem(with: base) {
                throw CommandFailure(.usage, "The name '\(Terminal.printable(base))' taken from '\(Terminal.printable(path))' "
                                     + problem, hint: "Give one with --name NAME.")
            }
            return base
        }

        /// What is wrong with `name` as a stored name (a phrase that follows the name), or `nil` if nothing:
        /// a name is 1 to ``maximumNameLength`` characters, without control characters, and does not start or
        /// end with a blank.
        static func problem(with name: String) -> String? {
            if name.trimmingCharacters(in: .whitespaces).isEmpty { return "must not be empty or blank." }
            if name.count > maximumNameLength {
                return "is \(name.count) characters long; names have at most \(maximumNameLength)."
            }
            if name.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) {
                return "'\(Terminal.printable(name))' holds a control character or a line break; use letters, digits and dashes."
            }
            if name != name.trimmingCharacters(in: .whitespaces) {
                return "'\(name)' starts or ends with a blank; remove it."
            }
            return nil
        }
    }

    /// `corridor import network DIR`
    struct NetworkFolder: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "network",
            abstract: "Import a folder of network CSV files (places, links, crossings, transfers, parameters, "
                + "corridors)."
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var naming: NameOptions

        @Argument(help: ArgumentHelp("The folder of CSV files.", valueName: "folder"))
        var folder: String

        @Flag(help: "With --replace: keep the scenarios built on the network, applied to the new one from now on.")
        var keepScenarios = false

        func run() throws {
            let name = try naming.resolvedName(for: folder)
            let (network, warnings) = try Network.load(from: URL(fileURLWithPath: folder), name: name)
            for warning in warnings { Terminal.writeError("warning: \(Terminal.printable(warning.description))\n") }
            let database = try database.openForWriting()
            defer { database.close() }
            let summary = try database.importNetwork(network, name: name, replace: naming.replace,
                                                     keepingScenarios: keepScenarios)
            Terminal.write("Imported network '\(summary.name)': \(summary.placeCount) places, \(summary.linkCount) links, "
                           + "\(summary.crossingCount) crossings, \(summary.transferCount) transfers, "
                           + "\(summary.corridorCount) corridors.\n")
        }
    }

    /// `corridor import dimacs FILE.gr[.gz] [--coordinates FILE.co[.gz]]`
    struct Dimacs: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a road graph in the DIMACS shortest-path format (.gr, plain or gzip).",
            discussion: """
                Example:
                  corridor import dimacs NY.gr.gz --coordinates NY.co.gz --name ny
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var naming: NameOptions

        @Argument(help: ArgumentHelp("The .gr or .gr.gz file.", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("A .co or .co.gz file of node coordinates (enables --algorithm astar).",
                                   valueName: "file"))
        var coordinates: String?

        @Flag(help: "Also build the graph's contraction hierarchy now and store it (for --algorithm ch).")
        var ch = false

        func run() throws {
            let name = try naming.resolvedName(for: file)
            let database = try database.openForWriting()
            defer { database.close() }
            let progress = Progress("Importing \(file)\(coordinates.map { " with \($0)" } ?? "") as graph '\(name)'")
            let summary = try database.importDIMACS(name: name, graph: file, coordinatesFile: coordinates,
                                                    replace: naming.replace)
            progress.finish()
            Terminal.write(ImportCommand.report(summary))
            if ch { try ImportCommand.storeHierarchy(ofGraph: name, in: database) }
        }
    }

    /// `corridor import edges FILE.csv [--undirected]`
    struct Edges: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import an edge list in the pgRouting convention: id,source,target,cost[,reverse_cost].",
            discussion: """
                A negative cost means no arc in that direction. Costs may be decimals; routes report them in the \
                file's units.

                Example:
                  corridor import edges roads.csv --name roads --undirected
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var naming: NameOptions

        @Argument(help: ArgumentHelp("The CSV file.", valueName: "file"))
        var file: String

        @Flag(help: "Read edges as pgRouting's undirected graphs: cost and reverse_cost (when ≥ 0) each give an edge usable both ways.")
        var undirected = false

        @Flag(help: "Also build the graph's contraction hierarchy now and store it (for --algorithm ch).")
        var ch = false

        func run() throws {
            let name = try naming.resolvedName(for: file)
            let database = try database.openForWriting()
            defer { database.close() }
            let progress = Progress("Importing \(file) as graph '\(name)'")
            let summary = try database.importEdgeList(name: name, file: file, undirected: undirected,
                                                      replace: naming.replace)
            progress.finish()
            Terminal.write(ImportCommand.report(summary))
            if ch { try ImportCommand.storeHierarchy(ofGraph: name, in: database) }
        }
    }

    /// The line printed after a graph import.
    /// Builds and stores the contraction hierarchy of graph `name`, and says how large it is.
    static func storeHierarchy(ofGraph name: String, in database: CorridorDatabase) throws {
        let stored = try database.storedGraph(named: name, withCoordinates: false, withReverseArcs: false)
        let hierarchy = DatabaseOptions.buildHierarchy(of: stored)
        try database.storeHierarchy(hierarchy, of: stored)
        Terminal.write("Stored its contraction hierarchy: \(Readable.grouped(Int64(hierarchy.shortcutCount))) shortcuts, "
                       + "\(Readable.grouped(Int64(hierarchy.byteCount))) bytes.\n")
    }

    static func report(_ summary: GraphSummary) -> String {
        "Imported graph '\(summary.name)' from \(summary.sourceFile): \(Readable.grouped(Int64(summary.nodeCount))) "
            + "nodes, \(Readable.grouped(Int64(summary.arcCount))) arcs"
            + (summary.undirected ? " (undirected)" : "")
            + (summary.hasCoordinates ? ", with coordinates" : "") + ".\n"
    }
}
