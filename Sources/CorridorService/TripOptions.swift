import Foundation
import CorridorModel

/// The options that shape a freight request, as plain values named as the command line and the HTTP API name
/// them (`objective`, `unit`, `quantity`, `commodity`, `avoid-country`, `avoid`, `modes`, `service`, `drivers`,
/// `include-under-construction`, `include-planned`).
///
/// The tool's option groups and the server's query parameters only parse into this; ``request(from:to:via:in:)``
/// turns it into the model's ``RouteRequest``, looking names up in the network.
public struct TripOptions: Hashable, Sendable {
    /// What is shipped: a forty-foot container, a twenty-foot one, or tonnes of bulk freight.
    public enum Unit: String, Hashable, Sendable, CaseIterable {
        case feu, teu, tonnes
    }

    public var objective: RouteRequest.Objective = .cost
    public var unit: Unit = .feu
    /// How many units are shipped (with ``Unit/tonnes``: how many tonnes); positive.
    public var quantity: Int = 1
    public var commodity: RouteRequest.Commodity = .container
    /// ISO codes of countries to keep out of, in any case; each two letters.
    public var avoidCountries: [String] = []
    /// Places or border crossing ids to keep out of.
    public var avoid: [String] = []
    /// The modes allowed; all when `nil`.
    public var modes: Set<Link.Mode>?
    public var service: RouteRequest.Service = .express
    /// Drivers per truck, 1 or 2.
    public var drivers = 1
    public var includeUnderConstruction = false
    /// Also use planned links; implies ``includeUnderConstruction``.
    public var includePlanned = false
    /// The longest route allowed, as a multiple of the shortest route's distance (`max-detour`); no limit when `nil`.
    public var maxDetour: Double?
    /// The value of time for the generalized objective, in cents per FEU-day; the network's when `nil`.
    public var valueOfTime: Cents?
    /// The carbon price for the generalized objective, in cents per tonne CO2e.
    public var carbonPrice: Cents = 0

    public init() {}

    /// Countries to avoid, upper-cased.
    public var avoidedCountryCodes: [String] { avoidCountries.map { $0.uppercased() } }

    /// Checks the values that need no network: a positive quantity, one or two drivers, country codes that name a
    /// country.
    /// - Throws: ``ServiceError/invalidRequest(_:hint:)`` naming the option and quoting the value.
    public func validate() throws(ServiceError) {
        guard quantity > 0 else {
            throw .invalidRequest("--quantity must be a positive number, not \(quantity).")
        }
        if let maxDetour, !(maxDetour >= 1 && maxDetour.isFinite) {
            throw .invalidRequest("--max-detour must be a factor of at least 1 (1.5 allows routes half as long again as the shortest), not \(maxDetour).")
        }
        if let valueOfTime, valueOfTime < 0 {
            throw .invalidRequest("--value-of-time must be zero or more US dollars per FEU-day, not \(Self.dollars(valueOfTime)).")
        }
        if carbonPrice < 0 {
            throw .invalidRequest("--carbon-price must be zero or more US dollars per tonne, not \(Self.dollars(carbonPrice)).")
        }
        guard drivers == 1 || drivers == 2 else {
            throw .invalidRequest("--drivers must be 1 or 2, not \(drivers).")
        }
        for code in avoidedCountryCodes where code.count != 2 || !code.allSatisfy(\.isLetter) {
            throw .invalidRequest("'\(code)' is not a two-letter country code; write --avoid-country KZ.")
        }
        for code in avoidedCountryCodes where !TripOptions.countryCodes.contains(code) {
            throw .invalidRequest("'\(code)' is not a country code, so --avoid-country \(code) would avoid nothing.",
                                  hint: "Use ISO 3166 two-letter codes, such as KZ or TM.")
        }
    }

    /// The two-letter ISO 3166 region codes the system knows (from its CLDR data; `ZZ`, "unknown", is not one).
    static let countryCodes: Set<String> = Set(Locale.Region.isoRegions.map(\.identifier).filter { code in
        code.count == 2 && code.allSatisfy { $0.isASCII && $0.isUppercase }
    })

    /// The model's request for a trip between places already found in `network`; avoided names are looked up
    /// there too (an `avoid` value that is a border crossing id avoids that crossing, otherwise a place).
    /// - Throws: ``NetworkError`` for an avoided place that matches nothing or several places.
    public func request(from: Place.ID, to: Place.ID, via: [Place.ID] = [], in network: Network) throws -> RouteRequest {
        var request = RouteRequest(from: from, to: to, via: via)
        request.objective = objective
        switch unit {
        case .feu: request.cargo = .feu(quantity)
        case .teu: request.cargo = .teu(quantity)
        case .tonnes: request.cargo = .tonnes(quantity)
        }
        request.commodity = commodity
        if let modes { request.modes = modes }
        request.service = service
        request.drivers = drivers
        request.includesUnderConstruction = includeUnderConstruction || includePlanned
        request.includesPlanned = includePlanned
        request.valueOfTime = valueOfTime
        request.carbonPrice = carbonPrice
        request.avoidedCountries = Set(avoidedCountryCodes)
        let crossingIDs = Set(network.crossings.map(\.id))
        for name in avoid {
            let crossing = BorderCrossing.ID(name)
            if crossingIDs.contains(crossing) {
                request.avoidedCrossings.insert(crossing)
            } else {
                request.avoidedPlaces.insert(try network.place(matching: name).id)
            }
        }
        return request
    }

    /// The largest value of time (USD per FEU-day) and carbon price (USD per tonne) accepted, in cents: a million
    /// dollars, far above any real price, and small enough that every generalized cost stays inside 64-bit sums.
    public static let largestAmount: Cents = 100_000_000

    /// Why text is not an accepted amount of US dollars; the description quotes the text (and, when too large,
    /// says the largest), to be followed by a way out for ``notANumber(_:)``.
    public enum AmountError: Error, Equatable, CustomStringConvertible {
        case notANumber(String)
        case tooLarge(String)

        public var description: String {
            switch self {
            case let .notANumber(text): "'\(text)' is not an amount of US dollars"
            case let .tooLarge(text): "'\(text)' is above the largest amount accepted; write \(largestAmount / 100) US dollars or less"
            }
        }
    }

    /// US dollars written as text (`840`, `12.5`) in cents.
    /// - Throws: ``AmountError/tooLarge(_:)`` for a number above ``largestAmount``, however it is written (`1e308`,
    ///   twenty digits); ``AmountError/notANumber(_:)`` for text that is not a decimal number.
    public static func cents(_ text: String) throws(AmountError) -> Cents {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let cents = DecimalText.scaled(trimmed, by: 100) {
            guard cents <= largestAmount else { throw .tooLarge(text) }
            return cents
        }
        // Beyond the decimal reader's 15 digits, or in exponent notation: too large if it is a number at all.
        if let number = Double(trimmed), number > Double(largestAmount) / 100 { throw .tooLarge(text) }
        throw .notANumber(text)
    }

    /// Cents as US dollars, for messages.
    static func dollars(_ cents: Cents) -> String { Readable.decimal(Double(cents) / 100, places: 2) }
}
