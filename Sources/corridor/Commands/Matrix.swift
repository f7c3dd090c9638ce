import ArgumentParser
import CorridorGraph
import CorridorModel
import CorridorService
import CorridorStore
import Foundation

/// `corridor matrix`: the objective's value from each origin to each destination, one search per origin.
struct Matrix: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the objective's value from each origin to each destination.",
        discussion: """
            One one-to-many search per origin. An unreachable pair is left empty in CSV and null in JSON. On an \
            imported graph (--network NAME) origins and destinations are node ids, and the costs come from its \
            contraction hierarchy (built on first use and kept in the database); a pair whose cost is beyond the \
            router's 32-bit sums is an error, as in route.

            Example:
              corridor matrix --from "Xi'an,Yiwu,Chongqing" --to "Tehran,Bandar Abbas" --objective time
              corridor matrix --network ny --from 1,2,3 --to 5000,6000
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

    @OptionGroup(title: "Scenario options") var scenarios: ScenarioOptions

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
        let network: Network
        if scenarios.scenario != nil || scenarios.against != nil {
            let whatIf = try database.whatIf(network: self.network, scenario: scenarios.scenario, against: scenarios.against)
            let answer = try MatrixAnswer(from: origins, to: destinations, options: request.trip, on: whatIf)
            if answer.against != nil { return write(answer) }
            network = whatIf.network
        } else {
            switch try database.routingTarget(named: self.network, withCoordinates: false, withReverseArcs: false) {
            case .graph(let stored): return try run(on: stored, in: database)
            case .network(let stored): network = stored
            }
        }
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

    /// The matrix on an imported graph, from its contraction hierarchy's many-to-many query.
    func run(on stored: StoredGraph, in database: CorridorDatabase) throws {
        let sources = try origins.map { try stored.node(named: $0) }
        let targets = try destinations.map { try stored.node(named: $0) }
        var query = ContractionHierarchyQuery(try self.database.hierarchy(of: stored, in: database))
        let rows = try stored.distances(from: sources, to: targets, using: &query)
        switch format {
        case .csv:
            var text = Delimited.csvLine(["cost"] + targets.map { String(stored.inputID(of: $0)) })
            for (i, source) in sources.enumerated() {
                text += Delimited.csvLine([String(stored.inputID(of: source))] + rows[i].map { $0.map(stored.costText(of:)) ?? "" })
            }
            Terminal.write(text)
        case .json:
            let document = JSONValue.object([
                ("graph", .string(stored.name)), ("algorithm", .string("ch")),
                ("origins", .array(sources.map { .integer(stored.inputID(of: $0)) })),
                ("destinations", .array(targets.map { .integer(stored.inputID(of: $0)) })),
                ("values", .array(rows.map { row in .array(row.map { $0.map { .number(stored.costText(of: $0)) } ?? .null }) })),
            ])
            Terminal.write(document.rendered())
        }
    }

    /// The delta matrix: the scenario's value minus the other's per cell, in the objective's unit (CSV, whose first
    /// header cell is `delta_` and the unit, empty where either has no route) or exact integers (JSON).
    /// - Precondition: `answer.against` is not `nil`.
    func write(_ answer: MatrixAnswer) {
        switch format {
        case .csv:
            let result = answer.result, network = result.network, matrix = result.matrix
            let differences = result.differences(from: answer.against!.base)
            var text = Delimited.csvLine(["delta_" + result.objective.column] + matrix.destinations.map(network.name(of:)))
            for (i, origin) in matrix.origins.enumerated() {
                text += Delimited.csvLine([network.name(of: origin)] + differences[i].map { $0.map(result.objective.text) ?? "" })
            }
            Terminal.write(text)
        case .json:
            Terminal.write(answer.json().rendered())
        }
    }
}
