import ArgumentParser
import CorridorModel
import CorridorService
import CorridorStore
import Foundation

/// `corridor compare`: the best route within each named corridor that links two places, next to the unconstrained
/// best, sorted by the objective.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare the named corridors between two places.",
        discussion: """
            One row per corridor that links the two places (distance, days, cost, CO2e, border crossings, gauge \
            changes, modes), plus the best route overall, sorted by the objective. A corridor that cannot serve the \
            pair is listed with the reason.

            Examples:
              corridor compare --from "Xi'an" --to Tehran
              corridor compare --from Kashgar --to Tashkent --corridors ckut-road,ckut-rail --format csv
            """
    )

    /// How the comparison is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The stored network (default: central-asia).", valueName: "name"))
    var network: String?

    @Option(help: ArgumentHelp("Where the freight is loaded.", valueName: "place"))
    var from: String

    @Option(help: ArgumentHelp("Where the freight is delivered.", valueName: "place"))
    var to: String

    @Option(help: ArgumentHelp("The corridors to compare, by id, separated by commas (default: all).",
                               valueName: "ids"))
    var corridors: [String] = []

    @OptionGroup(title: "Request options") var request: RequestOptions

    @OptionGroup(title: "Scenario options") var scenarios: ScenarioOptions

    @Option(help: "How the comparison is printed.")
    var format: Format = .table

    func validate() throws {
        if from == to { throw ValidationError("--from and --to name the same place; choose two different places.") }
    }

    func run() throws {
        let database = try database.openForReading()
        defer { database.close() }
        let whatIf = try database.whatIf(network: network, scenario: scenarios.scenario, against: scenarios.against)
        let answer = try ComparisonAnswer(from: from, to: to, corridors: RequestOptions.splitList(corridors),
                                          options: request.trip, on: whatIf)
        var formatter = ComparisonFormatter(comparison: answer.result)
        formatter.against = answer.against
        switch format {
        case .table: Terminal.write(formatter.table())
        case .csv: Terminal.write(formatter.csv())
        case .json: Terminal.write(answer.json().rendered())
        }
        if let error = answer.noRouteError { throw error }
    }
}
