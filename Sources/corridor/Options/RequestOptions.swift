import ArgumentParser
import CorridorService
import Foundation

/// The options that shape a freight request, shared by `route`, `compare` and `matrix`.
struct RequestOptions: ParsableArguments {
    /// What a route minimises.
    enum Objective: String, ExpressibleByArgument, CaseIterable {
        case time, cost, distance, co2, generalized
    }

    /// What is shipped.
    enum Unit: String, ExpressibleByArgument, CaseIterable {
        case feu, teu, tonnes
    }

    /// What kind of freight is shipped.
    enum Commodity: String, ExpressibleByArgument, CaseIterable {
        case container, gas
    }

    /// A way of moving freight.
    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case rail, road, ferry, pipeline
    }

    /// Which trains carry containers by rail.
    enum Service: String, ExpressibleByArgument, CaseIterable {
        case express, regular
    }

    @Option(help: "What the route minimises.")
    var objective: Objective = .cost

    @Option(help: "The cargo unit: a forty-foot container, a twenty-foot one, or tonnes of bulk freight.")
    var unit: Unit = .feu

    @Option(help: ArgumentHelp("How many units are shipped (with --unit tonnes: how many tonnes).", valueName: "n"))
    var quantity: Int = 1

    @Option(help: "What is shipped; only gas may use pipelines.")
    var commodity: Commodity = .container

    @Option(
        name: .customLong("avoid-country"),
        help: ArgumentHelp("A country to keep out of, as an ISO code (KZ); repeat or separate with commas.",
                           valueName: "code")
    )
    var avoidCountries: [String] = []

    @Option(
        name: .customLong("avoid"),
        help: ArgumentHelp("A place or border crossing to keep out of; repeat or separate with commas.",
                           valueName: "place")
    )
    var avoidPlaces: [String] = []

    @Option(
        help: ArgumentHelp("The modes allowed, separated by commas (rail,road,ferry,pipeline; default: all).",
                           valueName: "modes"),
        transform: RequestOptions.parseModes
    )
    var modes: [Mode]?

    @Option(help: "The rail service: express block trains, with priority at the China–Kazakhstan border, or regular freight trains.")
    var service: Service = .express

    @Option(help: ArgumentHelp("Drivers per truck: 1, or 2 to drive more hours a day.", valueName: "n"))
    var drivers: Int = 1

    @Flag(help: "Also use links still under construction.")
    var includeUnderConstruction = false

    @Flag(help: "Also use planned links (implies --include-under-construction).")
    var includePlanned = false

    @Option(
        name: .customLong("value-of-time"),
        help: ArgumentHelp("What a day of transit costs the shipper, in USD per FEU-day, for --objective generalized "
                           + "(default: the network's vot_usd_per_feu_hour × 24; 840 on central-asia).",
                           valueName: "usd-per-feu-day"),
        transform: RequestOptions.parseDollars
    )
    var valueOfTime: Int64?

    @Option(
        name: .customLong("carbon-price"),
        help: ArgumentHelp("The price of CO2e in USD per tonne, for --objective generalized (default: 0).",
                           valueName: "usd-per-tonne"),
        transform: RequestOptions.parseDollars
    )
    var carbonPrice: Int64?

    /// Places to avoid, split on commas.
    var avoidedPlaceNames: [String] { RequestOptions.splitList(avoidPlaces) }

    func validate() throws {
        do {
            try trip.validate()
        } catch {
            throw ValidationError(error.message)
        }
    }

    /// The options given that only a corridor network uses (each as written on the command line, e.g.
    /// `--objective`), for commands that refuse them on a plain graph rather than ignore them.
    var networkOnlyOptionsGiven: [String] {
        var given: [String] = []
        if objective != .cost { given.append("--objective") }
        if unit != .feu { given.append("--unit") }
        if quantity != 1 { given.append("--quantity") }
        if commodity != .container { given.append("--commodity") }
        if !avoidCountries.isEmpty { given.append("--avoid-country") }
        if !avoidPlaces.isEmpty { given.append("--avoid") }
        if modes != nil { given.append("--modes") }
        if service != .express { given.append("--service") }
        if includeUnderConstruction { given.append("--include-under-construction") }
        if includePlanned { given.append("--include-planned") }
        return given
    }

    /// Splits repeated, comma-separated values into trimmed, non-empty items.
    static func splitList(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// US dollars as cents: `840`, `12.5`.
    static func parseDollars(_ text: String) throws -> Int64 {
        do {
            return try TripOptions.cents(text)
        } catch {
            guard case .notANumber = error else { throw ValidationError("\(error).") }
            throw ValidationError("\(error); write a number such as 840 or 12.5.")
        }
    }

    static func parseModes(_ text: String) throws -> [Mode] {
        try splitList([text]).map { name in
            guard let mode = Mode(rawValue: name.lowercased()) else {
                throw ValidationError(
                    "'\(name)' is not a mode; choose from \(Mode.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return mode
        }
    }
}
