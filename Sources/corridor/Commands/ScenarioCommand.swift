import ArgumentParser
import CorridorModel
import CorridorService
import CorridorStore
import Foundation

/// `corridor scenario`: store, look at, export and delete what-if scenarios on a stored network.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Import, list, show, export and delete what-if scenarios.",
        discussion: """
            A scenario is a CSV file of sourced changes on top of a stored network (header \
            change,target,id,column,value,note,source): close a link, place, crossing or country; open a link; set \
            any column of a row; add a row. Use one with --scenario NAME on route, compare and matrix.

            Examples:
              corridor scenario import cku-railway-open.csv --name cku --network central-asia
              corridor route --from Kashgar --to Tashkent --scenario cku
            """,
        subcommands: [Import.self, List.self, Show.self, Export.self, Delete.self]
    )

    /// `corridor scenario import FILE --name N --network BASE`
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store a scenario file, checked against its network.",
            discussion: """
                The scenario is applied to the network before it is stored; a change naming a missing id, or leaving \
                the network invalid, is an error naming the file, the line and the id, and nothing is written.
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The scenario CSV file.", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("The name to store it under (default: the file name without .csv).", valueName: "name"))
        var name: String?

        @Option(help: ArgumentHelp("The stored network it changes.", valueName: "name"))
        var network: String = "central-asia"

        @Flag(help: "Replace a stored scenario of the same name.")
        var replace = false

        func run() throws {
            let url = URL(fileURLWithPath: file)
            let text: String
            do { text = try String(contentsOf: url, encoding: .utf8) } catch {
                throw CommandFailure(.missingInput, "Cannot read '\(file)': "
                    + (FileManager.default.fileExists(atPath: file) ? "it is not UTF-8 text." : "no such file."))
            }
            var base = url.lastPathComponent
            if base.hasSuffix(".csv") { base.removeLast(4) }
            let database = try database.openForWriting()
            defer { database.close() }
            let summary = try database.importScenario(text, file: url.lastPathComponent, name: name ?? base,
                                                      network: network, replace: replace)
            Terminal.write("Imported scenario '\(summary.name)' on network '\(summary.network)': "
                           + "\(summary.changeCount) change\(summary.changeCount == 1 ? "" : "s").\n")
        }
    }

    /// How `list` and `show` print.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    /// `corridor scenario list [--network NAME]`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the stored scenarios.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("Only the scenarios on this stored network.", valueName: "name"))
        var network: String?

        @Option(help: "How the list is printed.")
        var format: Format = .table

        func run() throws {
            let database = try database.openForReading()
            defer { database.close() }
            let scenarios = try database.scenarios(on: network)
            if format == .json { return Terminal.write(ScenarioSummary.listJSON(scenarios).rendered()) }
            var table = TextTable([("name", .left), ("network", .left), ("changes", .right), ("file", .left), ("imported", .left)])
            for s in scenarios {
                table.append([s.name, s.network, String(s.changeCount), s.sourceFile, s.importedAt])
            }
            Terminal.write(table.render())
        }
    }

    /// `corridor scenario show NAME`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a scenario's changes, notes and sources.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The scenario's name.")
        var name: String

        @Option(help: "How the scenario is printed.")
        var format: Format = .table

        func run() throws {
            let database = try database.openForReading()
            defer { database.close() }
            let detail = try database.scenarioDetail(named: name)
            if format == .json { return Terminal.write(detail.json().rendered()) }
            let summary = detail.summary
            var text = "Scenario '\(summary.name)' on network '\(summary.network)', from \(summary.sourceFile), "
                + "imported \(summary.importedAt):\n\n"
            for change in detail.scenario.changes {
                var what = "\(change.action.rawValue) \(change.target.rawValue) \(change.id)"
                if !change.column.isEmpty { what += ": \(change.column) = \(change.value)" }
                if change.action == .add { what += " (\(change.value))" }
                text += "line \(change.line)  \(what)\n    \(change.note)\n    source: \(change.source)\n"
            }
            Terminal.write(text)
        }
    }

    /// `corridor scenario export NAME [--output FILE]`
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a scenario's file, byte for byte as imported.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The scenario's name.")
        var name: String

        @Option(help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
        var output: String?

        @Flag(help: "Replace the file if it is already there.")
        var force = false

        func run() throws {
            if let output { try OutputFile.refuseExisting(output, force: force) }
            let text: String
            do {
                let database = try database.openForReading()
                defer { database.close() }
                text = try database.scenarioText(named: name)
            }
            if let output {
                try OutputFile.write(text, to: output, force: force)
                Terminal.writeError("Wrote \(output).\n")
            } else {
                Terminal.write(text)
            }
        }
    }

    /// `corridor scenario delete NAME`
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a stored scenario.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The scenario's name.")
        var name: String

        func run() throws {
            let database = try database.openForWriting()
            defer { database.close() }
            try database.deleteScenario(named: name)
            Terminal.write("Deleted scenario '\(name)'.\n")
        }
    }
}
