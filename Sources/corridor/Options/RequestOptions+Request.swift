import CorridorModel

extension RequestOptions {
    /// The model's request for a trip between places already found in `network`; avoided names are looked up
    /// there too (an `--avoid` value that is a border crossing id avoids that crossing, otherwise a place).
    /// - Throws: ``NetworkError`` for an avoided place that matches nothing or several places.
    func request(from: Place.ID, to: Place.ID, via: [Place.ID] = [], in network: Network) throws -> RouteRequest {
        var request = RouteRequest(from: from, to: to, via: via)
        request.objective = objective.model
        switch unit {
        case .feu: request.cargo = .feu(quantity)
        case .teu: request.cargo = .teu(quantity)
        case .tonnes: request.cargo = .tonnes(quantity)
        }
        request.commodity = commodity == .gas ? .gas : .container
        if let modes { request.modes = Set(modes.map(\.model)) }
        request.service = service == .regular ? .regular : .express
        request.includesUnderConstruction = includeUnderConstruction || includePlanned
        request.includesPlanned = includePlanned
        request.avoidedCountries = Set(avoidedCountryCodes)
        let crossingIDs = Set(network.crossings.map(\.id))
        for name in avoidedPlaceNames {
            let crossing = BorderCrossing.ID(name)
            if crossingIDs.contains(crossing) {
                request.avoidedCrossings.insert(crossing)
            } else {
                request.avoidedPlaces.insert(try network.place(matching: name).id)
            }
        }
        return request
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
