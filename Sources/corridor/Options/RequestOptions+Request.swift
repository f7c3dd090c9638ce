import CorridorModel
import CorridorService

extension RequestOptions {
    /// The options as the library's plain values; nothing is looked up yet.
    var trip: TripOptions {
        var trip = TripOptions()
        trip.objective = objective.model
        trip.unit = TripOptions.Unit(rawValue: unit.rawValue)!
        trip.quantity = quantity
        trip.commodity = commodity == .gas ? .gas : .container
        trip.avoidCountries = RequestOptions.splitList(avoidCountries)
        trip.avoid = avoidedPlaceNames
        trip.modes = modes.map { Set($0.map(\.model)) }
        trip.service = service == .regular ? .regular : .express
        trip.drivers = drivers
        trip.includeUnderConstruction = includeUnderConstruction
        trip.includePlanned = includePlanned
        trip.valueOfTime = valueOfTime
        trip.carbonPrice = carbonPrice ?? 0
        return trip
    }
}

extension RequestOptions.Objective {
    var model: RouteRequest.Objective {
        switch self {
        case .time: .time
        case .cost: .cost
        case .distance: .distance
        case .co2: .co2
        case .generalized: .generalized
        }
    }
}

extension RequestOptions.Mode {
    var model: Link.Mode {
        switch self {
        case .rail: .rail
        case .road: .road
        case .ferry: .ferry
        case .pipeline: .pipeline
        }
    }
}
