import ArgumentParser
import Foundation

/// `corridor network`: look at, check and export what the database holds.
struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "List, show, validate and export stored networks.",
        subcommands: [List.self, Show.self, Validate.self, Export.self]
    )

    /// `corridor network list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the stored networks and graphs.")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            throw CommandFailure(.failure, "Listing networks is not available in this build.")
        }
    }

    /// `corridor network show NAME`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Summarise a stored network: places, links by mode and status, crossings, corridors.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The stored network's name.")
        var name: String = "central-asia"

        func run() throws {
            throw CommandFailure(.failure, "Showing a network is not available in this build.")
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
            throw CommandFailure(.failure, "Validation is not available in this build.")
        }
    }

    /// `corridor network export NAME --format csv|geojson`
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a stored network as a folder of CSV files or as GeoJSON.",
            discussion: """
                Examples:
                  corridor network export central-asia --format csv --output my-network
                  corridor network export central-asia --format geojson > central-asia.geojson
                """
        )

        /// What the export writes.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case csv, geojson
        }

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The stored network's name.")
        var name: String = "central-asia"

        @Option(help: "A folder of CSV files (the import format), or one GeoJSON feature collection.")
        var format: Format = .geojson

        @Option(help: ArgumentHelp("Where to write: a folder for csv (required), a file for geojson "
                                   + "(default: standard output).", valueName: "path"))
        var output: String?

        func validate() throws {
            if format == .csv && output == nil {
                throw ValidationError("--format csv writes a folder of files; name it with --output FOLDER.")
            }
        }

        func run() throws {
            throw CommandFailure(.failure, "Export is not available in this build.")
        }
    }
}
