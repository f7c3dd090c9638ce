import ArgumentParser
import CorridorModel
import CorridorNetworks
import CorridorService
import CorridorStore
import Foundation

/// `corridor network`: look at, check and export what the database holds.
struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "List, show, validate, export, delete and calibrate stored networks.",
        subcommands: [List.self, Show.self, Validate.self, Export.self, Delete.self, Calibrate.self]
    )

    /// `corridor network list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the stored networks and graphs.")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let database = try database.openForReading()
            defer { database.close() }
            var table = TextTable([("name", .left), ("kind", .left), ("contents", .left), ("imported", .left)])
            for network in try database.networks() {
                table.append([network.name, "network",
                              "\(network.placeCount) places, \(network.linkCount) links, "
                                  + "\(network.crossingCount) crossings, \(network.corridorCount) corridors",
                              network.importedAt])
            }
            for graph in try database.graphs() {
                table.append([graph.name, "graph",
                              "\(Readable.grouped(Int64(graph.nodeCount))) nodes, "
                                  + "\(Readable.grouped(Int64(graph.arcCount))) arcs from \(graph.sourceFile)",
                              graph.importedAt])
            }
            Terminal.write(table.render())
        }
    }

    /// `corridor network show NAME`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Summarise a stored network (places, links by mode and status, crossings, corridors) or graph "
                + "(nodes, arcs, and the contraction hierarchy stored for it).")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The stored network's or graph's name.")
        var name: String = "central-asia"

        func run() throws {
            let database = try database.openForReading()
            defer { database.close() }
            switch try database.storedKind(ofName: name) {
            case .graph:
                Terminal.write(NetworkSummaryFormatter.graph(try database.graphSummary(named: name),
                                                             hierarchyBytes: try database.storedHierarchyByteCount(ofGraph: name)))
            case .network:
                Terminal.write(NetworkSummaryFormatter.network(try database.network(named: name)))
            }
        }
    }

    /// `corridor network validate [NAME | --folder DIR]`
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a stored network, or a folder of network CSV files, and print what is wrong.",
            discussion: "Exits with status 65 if the network has errors; warnings alone leave the status 0."
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The stored network's name.")
        var name: String = "central-asia"

        @Option(help: ArgumentHelp("Check this folder of network CSV files instead of a stored network.",
                                   valueName: "folder"))
        var folder: String?

        func run() throws {
            let network: Network, warnings: [NetworkWarning]
            if let folder {
                (network, warnings) = try Network.load(from: URL(fileURLWithPath: folder))
            } else {
                let database = try database.openForReading()
                defer { database.close() }
                network = try database.network(named: name)
                warnings = try network.validate()
            }
            var text = "Network '\(network.name)' is valid: \(network.places.count) places, \(network.links.count) links, "
                + "\(network.crossings.count) crossings, \(network.transfers.count) transfers, "
                + "\(network.corridors.count) corridors.\n"
            if !warnings.isEmpty {
                text += "\(warnings.count) warning\(warnings.count == 1 ? "" : "s"):\n"
                text += warnings.map { "  \($0)\n" }.joined()
            }
            Terminal.write(text)
        }
    }

    /// `corridor network export NAME --format csv|geojson|svg`
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a stored network as a folder of CSV files, as GeoJSON or as an SVG map.",
            discussion: """
                Examples:
                  corridor network export central-asia --format csv --output my-network
                  corridor network export central-asia --format geojson > central-asia.geojson
                  corridor network export central-asia --format svg --output central-asia.svg
                """
        )

        /// What the export writes.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case csv, geojson, svg
        }

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The stored network's name.")
        var name: String = "central-asia"

        @Option(help: "A folder of CSV files (the import format), one GeoJSON feature collection, or an SVG map.")
        var format: Format = .geojson

        @Option(help: ArgumentHelp("Where to write: a folder for csv (required), a file for geojson or svg "
                                   + "(default: standard output).", valueName: "path"))
        var output: String?

        @Flag(help: "Replace files that are already there (a folder's CSV files, or the GeoJSON file).")
        var force = false

        func validate() throws {
            if format == .csv && output == nil {
                throw ValidationError("--format csv writes a folder of files; name it with --output FOLDER.")
            }
        }

        func run() throws {
            if let output {   // refuse before reading anything
                if format == .csv {
                    try OutputFile.prepareFolder(output, for: Network.File.all, force: force)
                } else {
                    try OutputFile.refuseExisting(output, force: force)
                }
            }
            let network: Network
            do {
                let database = try database.openForReading()
                defer { database.close() }
                network = try database.network(named: name)
            }
            switch format {
            case .csv:
                let folder = URL(fileURLWithPath: output ?? name)
                try network.write(to: folder)
                Terminal.writeError("Wrote \(Network.File.all.count) files to \(folder.path).\n")
            case .geojson, .svg:
                let text = format == .svg ? NetworkMapSVG(network: network).svg() : network.geoJSON()
                if let output {
                    try OutputFile.write(text, to: output, force: force)
                    Terminal.writeError("Wrote \(output).\n")
                } else {
                    Terminal.write(text.hasSuffix("\n") ? text : text + "\n")
                }
            }
        }
    }

    /// `corridor network delete NAME [--with-scenarios]`
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a stored network or graph.",
            discussion: "A network that scenarios are built on is kept unless --with-scenarios deletes them too."
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The stored network's or graph's name.")
        var name: String

        @Flag(help: "Also delete the scenarios built on the network.")
        var withScenarios = false

        func run() throws {
            let database = try database.openForWriting()
            defer { database.close() }
            switch try database.storedKind(ofName: name) {
            case .graph:
                try database.deleteGraph(named: name)
                Terminal.write("Deleted graph '\(name)'.\n")
            case .network:
                let scenarios = try database.scenarios().filter { $0.network == name }.map(\.name)
                try database.deleteNetwork(named: name, withScenarios: withScenarios)
                Terminal.write("Deleted network '\(name)'"
                               + (scenarios.isEmpty ? "" : " and its scenarios \(scenarios.map { "'\($0)'" }.joined(separator: ", "))")
                               + ".\n")
            }
        }
    }
}
