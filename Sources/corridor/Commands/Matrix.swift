import ArgumentParser
import CorridorModel
import CorridorNetworks
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
        let network = try database.network(named: network ?? BundledNetwork.centralAsiaName)
        let originIDs = try origins.map { try network.place(matching: $0).id }
        let destinationIDs = try destinations.map { try network.place(matching: $0).id }
        let template = try request.request(from: originIDs[0], to: destinationIDs[0], in: network)
        let matrix = try network.matrix(from: originIDs, to: destinationIDs, template: template)
        let objective = template.objective
        let column = RoutePlanFormatter.objectiveColumn(objective)
        func value(_ plan: RoutePlan?) -> String? {
            plan.map { RoutePlanFormatter.objectiveText($0.objectiveValue, objective) }
        }
        func name(_ id: Place.ID) -> String { network.place(id)?.name ?? id.code }
        switch format {
        case .csv:
            var text = Delimited.csvLine([column] + destinationIDs.map(name))
            for (i, origin) in originIDs.enumerated() {
                text += Delimited.csvLine([name(origin)] + matrix.plans[i].map { value($0) ?? "" })
            }
            Terminal.write(text)
        case .json:
            let document = JSONValue.object([
                ("objective", .string(objective.rawValue)), ("unit", .string(column)),
                ("origins", .array(originIDs.map { .string($0.code) })),
                ("destinations", .array(destinationIDs.map { .string($0.code) })),
                ("values", .array(matrix.plans.map { row in .array(row.map { value($0).map(JSONValue.number) ?? .null }) })),
            ])
            Terminal.write(document.rendered())
        }
    }
}
