/// What a forwarder asks: from where to where, through which places, optimising what, for which cargo, under
/// which restrictions.
public struct RouteRequest: Hashable, Sendable, Codable {
    /// What a plan minimises. All objectives are integers: metres, minutes, cents, grams, cents.
    public enum Objective: String, Hashable, Sendable, Codable, CaseIterable {
        case distance, time, cost, co2
        /// Money plus value of time × time plus carbon price × CO2e, in cents.
        case generalized
    }

    /// How much is shipped.
    public enum Cargo: Hashable, Sendable, Codable {
        case teu(Int)
        case feu(Int)
        case tonnes(Int)
    }

    /// What is shipped. Pipelines carry gas and only gas.
    public enum Commodity: String, Hashable, Sendable, Codable, CaseIterable {
        case container, gas
    }

    /// Which trains carry the containers on rail legs.
    public enum Service: String, Hashable, Sendable, Codable, CaseIterable {
        /// Container block trains with priority, as forwarders book them (the China–Europe and China–Central Asia
        /// express trains): the block-train speed, and the express dwell instead of the CPMM time at the rail
        /// crossings between China and Kazakhstan, transloading included (see ``CostProfile/expressBorderDwell``).
        case express
        /// Regular freight trains without priority: the regular freight speed (dwell included) and the CPMM border times.
        case regular
    }

    public var from: Place.ID
    public var to: Place.ID
    /// Places the route must pass, in this order.
    public var via: [Place.ID]
    public var objective: Objective
    public var cargo: Cargo
    public var commodity: Commodity
    /// Modes the route may use; further narrowed by the commodity.
    public var modes: Set<Link.Mode>
    /// Link statuses the route may use; `[.operational]` unless links being built (or planned) may be used.
    public var statuses: Set<Link.Status>
    /// ISO country codes (upper case) the route must not enter.
    public var avoidedCountries: Set<String>
    public var avoidedPlaces: Set<Place.ID>
    /// Border crossings the route must not use, in either direction.
    public var avoidedCrossings: Set<BorderCrossing.ID>
    /// Carbon price for the generalized objective, in cents per tonne CO2e.
    public var carbonPrice: Cents
    /// Value of time for the generalized objective in cents per FEU-day; the profile's typical value (per hour,
    /// × 24) when `nil`.
    public var valueOfTime: Cents?
    /// The rail service; express unless asked otherwise.
    public var service: Service
    /// Drivers per truck, 1 or 2: a crew of two drives more hours a day (see ``CostProfile/driving(drivers:)``).
    public var drivers: Int

    public init(from: Place.ID, to: Place.ID, via: [Place.ID] = [], objective: Objective = .cost,
                cargo: Cargo = .feu(1), commodity: Commodity = .container,
                modes: Set<Link.Mode> = Set(Link.Mode.allCases), statuses: Set<Link.Status> = [.operational],
                avoidedCountries: Set<String> = [], avoidedPlaces: Set<Place.ID> = [],
                avoidedCrossings: Set<BorderCrossing.ID> = [], carbonPrice: Cents = 0, valueOfTime: Cents? = nil,
                service: Service = .express, drivers: Int = 1) {
        self.from = from
        self.to = to
        self.via = via
        self.objective = objective
        self.cargo = cargo
        self.commodity = commodity
        self.modes = modes
        self.statuses = statuses
        self.avoidedCountries = avoidedCountries
        self.avoidedPlaces = avoidedPlaces
        self.avoidedCrossings = avoidedCrossings
        self.carbonPrice = carbonPrice
        self.valueOfTime = valueOfTime
        self.service = service
        self.drivers = drivers
    }

    /// Whether links under construction may be used.
    public var includesUnderConstruction: Bool {
        get { statuses.contains(.underConstruction) }
        set { if newValue { statuses.insert(.underConstruction) } else { statuses.remove(.underConstruction) } }
    }

    /// Whether planned links may be used.
    public var includesPlanned: Bool {
        get { statuses.contains(.planned) }
        set { if newValue { statuses.insert(.planned) } else { statuses.remove(.planned) } }
    }

    /// The modes the commodity may use among those allowed.
    public var usableModes: Set<Link.Mode> {
        modes.intersection(commodity == .gas ? [.pipeline] : [.rail, .road, .ferry])
    }
}

extension RouteRequest {
    /// The request corridors are checked with: containers by any mode and any link status, shortest distance.
    static var corridorCheck: RouteRequest {
        RouteRequest(from: "", to: "", objective: .distance, statuses: Set(Link.Status.allCases))
    }
}

extension RouteRequest.Cargo: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .teu(n): "\(n) TEU"
        case let .feu(n): "\(n) FEU"
        case let .tonnes(t): "\(t) t"
        }
    }

    /// The number of units the cargo is counted in (containers or tonnes).
    public var count: Int {
        switch self {
        case let .teu(n), let .feu(n), let .tonnes(n): n
        }
    }
}
