import CorridorModel
import CorridorService
import Foundation

/// The query string of one API request, by parameter name; a name may repeat, and list values may also be
/// separated by commas (`via=Almaty&via=Aktau` or `via=Almaty,Aktau`). Parameters are named as the command
/// line's options, without the dashes.
struct QueryParameters {
    private var values: [String: [String]] = [:]

    init(_ pairs: some Sequence<(key: Substring, value: Substring)>) {
        for (key, value) in pairs where !key.isEmpty { values[String(key), default: []].append(String(value)) }
    }

    /// Refuses a parameter the endpoint does not know, naming the closest known one.
    /// - Throws: ``ServiceError/invalidRequest(_:hint:)``.
    func checkNames(allowed: Set<String>) throws(ServiceError) {
        for name in values.keys.sorted() where !allowed.contains(name) {
            let closest = allowed.min { $0.editDistance(to: name) < $1.editDistance(to: name) }
            throw .invalidRequest("Unknown parameter '\(name)'.",
                                  hint: (closest.map { "Did you mean '\($0)'? " } ?? "")
                                      + "This endpoint takes: " + allowed.sorted().joined(separator: ", ") + ".")
        }
    }

    /// The last value given for `name`, or `nil`.
    func string(_ name: String) -> String? { values[name]?.last }

    /// The value of a parameter the request needs.
    /// - Throws: ``ServiceError/invalidRequest(_:hint:)`` when it is missing or empty.
    func required(_ name: String) throws(ServiceError) -> String {
        guard let value = string(name)?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
            throw .invalidRequest("Say '\(name)': the parameter is missing.", hint: "Add \(name)=PLACE to the query.")
        }
        return value
    }

    /// Every value of `name`, split on commas, trimmed, empty ones dropped.
    func list(_ name: String) -> [String] {
        (values[name] ?? []).flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A switch: present with no value, `true` or `1` is on; absent, `false` or `0` is off.
    /// - Throws: ``ServiceError/invalidRequest(_:hint:)`` for another value.
    func flag(_ name: String) throws(ServiceError) -> Bool {
        guard let value = string(name) else { return false }
        switch value.lowercased() {
        case "", "true", "1": return true
        case "false", "0": return false
        default: throw .invalidRequest("'\(value)' is not a value of '\(name)'; write \(name)=true or \(name)=false.")
        }
    }

    /// A closed choice, by its raw value.
    /// - Throws: ``ServiceError/invalidRequest(_:hint:)`` listing the choices.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, default value: T) throws(ServiceError) -> T
    where T.RawValue == String {
        guard let text = string(name) else { return value }
        guard let choice = T(rawValue: text.lowercased()) else {
            throw .invalidRequest("'\(text)' is not a value of '\(name)'; choose from "
                                  + T.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        }
        return choice
    }

    /// An amount of US dollars in cents, or `nil` when the parameter is absent.
    /// - Throws: ``ServiceError/invalidRequest(_:hint:)`` for text that is not an amount, or one above
    ///   ``TripOptions/largestAmount``.
    func dollars(_ name: String) throws(ServiceError) -> Int64? {
        guard let text = string(name) else { return nil }
        do {
            return try TripOptions.cents(text)
        } catch {
            guard case .notANumber = error else { throw .invalidRequest("\(error).") }
            throw .invalidRequest("\(error); write \(name)=840 or \(name)=12.5.")
        }
    }

    /// A whole number, or `nil` when the parameter is absent.
    /// - Throws: ``ServiceError/invalidRequest(_:hint:)`` for text that is not one.
    func integer(_ name: String) throws(ServiceError) -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw .invalidRequest("'\(text)' is not a whole number; write \(name)=3.")
        }
        return value
    }

    /// A decimal number, or `nil` when the parameter is absent.
    /// - Throws: ``ServiceError/invalidRequest(_:hint:)`` for text that is not one.
    func number(_ name: String) throws(ServiceError) -> Double? {
        guard let text = string(name) else { return nil }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)) else {
            throw .invalidRequest("'\(text)' is not a number; write \(name)=1.5.")
        }
        return value
    }

    /// The names ``scenario`` and ``against`` read.
    static let scenarioNames: Set<String> = ["scenario", "against"]

    /// The stored scenario to run on, and the network or scenario to compare with.
    var scenario: String? { string("scenario") }
    var against: String? { string("against") }

    /// The names ``choice()`` reads.
    static let choiceNames: Set<String> = ["alternatives", "pareto", "pareto-objectives"]

    /// How many answers `route` is asked for, named and valued as the command line's options.
    /// - Throws: ``ServiceError/invalidRequest(_:hint:)`` for a malformed value or options that contradict each other.
    func choice() throws(ServiceError) -> RouteAnswer.Choice {
        var choice = RouteAnswer.Choice()
        choice.alternatives = try integer("alternatives")
        choice.pareto = try flag("pareto")
        if values["pareto-objectives"] != nil {
            let names = list("pareto-objectives")
            choice.paretoObjectives = try RouteAnswer.Choice.criteria(names, text: names.joined(separator: ","))
        }
        try choice.validate()
        return choice
    }

    /// The names ``trip()`` reads.
    static let tripNames: Set<String> = [
        "objective", "unit", "quantity", "commodity", "avoid-country", "avoid", "modes", "service", "drivers",
        "include-under-construction", "include-planned", "value-of-time", "carbon-price",
    ]

    /// The request options, named and valued as the command line's.
    /// - Throws: ``ServiceError/invalidRequest(_:hint:)`` for a malformed value.
    func trip() throws(ServiceError) -> TripOptions {
        var trip = TripOptions()
        trip.objective = try choice("objective", default: trip.objective)
        trip.unit = try choice("unit", default: trip.unit)
        if let text = string("quantity") {
            guard let quantity = Int(text) else {
                throw .invalidRequest("--quantity must be a positive number, not '\(text)'.")
            }
            trip.quantity = quantity
        }
        trip.commodity = try choice("commodity", default: trip.commodity)
        trip.avoidCountries = list("avoid-country")
        trip.avoid = list("avoid")
        if values["modes"] != nil {
            var modes: Set<Link.Mode> = []
            for name in list("modes") {
                guard let mode = Link.Mode(rawValue: name.lowercased()) else {
                    throw .invalidRequest("'\(name)' is not a mode; choose from "
                                          + Link.Mode.allCases.map(\.rawValue).joined(separator: ", ") + ".")
                }
                modes.insert(mode)
            }
            trip.modes = modes
        }
        trip.service = try choice("service", default: trip.service)
        trip.drivers = try integer("drivers") ?? trip.drivers
        trip.includeUnderConstruction = try flag("include-under-construction")
        trip.includePlanned = try flag("include-planned")
        trip.valueOfTime = try dollars("value-of-time")
        trip.carbonPrice = try dollars("carbon-price") ?? 0
        try trip.validate()
        return trip
    }
}
