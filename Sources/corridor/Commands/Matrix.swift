import ArgumentParser
import CorridorModel
import CorridorService
import CorridorStore
import Foundation

/// `corridor matrix`: the objective's value from each origin to each destination, one search per origin.
struct Matrix: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the objective's value from each origin to each destination.",
        discussion: """
            One one-to-many search per origin. An unreachable pair is left empty in CSV and null in JSON.

            Example:
              corridor matrix --from "Xi'an,Yiwu,Chongqing" --to "Tehran,Bandar Abbas" --objective time
            """
    )

    /// How the matrix is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json
    }

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The stored network (default: central-asia).", valueName: "name"))
    var network: String?

    @Option(help: ArgumentHelp("The origins, separated by commas; repeat for more.", valueName: "places"))
    var from: [String]

    @Option(help: ArgumentHelp("The destinations, separated by commas; repeat for more.", valueName: "places"))
    var to: [String]

    @OptionGroup(title: "Request options") var request: RequestOptions

    @Option(help: "How the matrix is printed.")
    var format: Format = .csv

    var origins: [String] { RequestOptions.splitList(from) }
    var destinations: [String] { RequestOptions.splitList(to) }

    func validate() throws {
        if origins.isEmpty { throw ValidationError("Name at least one origin: --from A,B.") }
        if destinations.isEmpty { throw ValidationError("Name at least one destination: --to C,D.") }
    }

    func run() throws {
        let database = try database.openForReading()
        defer { database.close() }
        let network = try database.network(orDefault: network)
        let result = try network.matrix(from: origins, to: destinations, options: request.trip)
        switch format {
        case .csv:
            let matrix = result.matrix
            var text = Delimited.csvLine([result.objective.column] + matrix.destinations.map(network.name(of:)))
            for (i, origin) in matrix.origins.enumerated() {
                text += Delimited.csvLine([network.name(of: origin)] + result.values(row: i).map { $0 ?? "" })
            }
            Terminal.write(text)
        case .json:
            Terminal.write(result.json().rendered())
        }
    }
}
