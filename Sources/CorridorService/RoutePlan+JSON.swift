import CorridorModel

/// The one JSON and the one GeoJSON encoding of a plan, written by `corridor route --format json|geojson` and served
/// by `/v1/route`. Figures in JSON are the model's exact integers (metres, minutes, cents, grams), so a script can
/// check that the totals equal the sum of the steps; GeoJSON properties are rounded for a map's pop-ups.
extension RoutePlan {
    /// The plan with exact integer figures in named units; ranges as `{low, typical, high}`.
    public func json(in network: Network) -> JSONValue {
        let request = self.request
        let steps: [JSONValue] = steps.map { event in
            switch event {
            case .leg(let leg):
                return .object([
                    ("position", .integer(leg.position)), ("type", .string("leg")), ("mode", .string(leg.mode.rawValue)),
                    ("gaugeMillimetres", leg.gauge.map { .integer($0.millimetres) } ?? .null),
                    ("country", .string(leg.country)),
                    ("from", place(leg.from, network)), ("to", place(leg.to, network)),
                    ("places", .array(leg.places.map { .string($0.code) })),
                    ("links", .array(leg.links.map { .string($0.code) })),
                    ("distanceMetres", .integer(leg.distance)),
                    ("timeMinutes", estimate(leg.time)), ("costCents", estimate(leg.cost)), ("co2Grams", estimate(leg.co2)),
                ])
            case .crossing(let crossing):
                return .object([
                    ("position", .integer(crossing.position)), ("type", .string("border-crossing")),
                    ("crossing", .string(crossing.crossing.code)), ("mode", .string(crossing.mode.rawValue)),
                    ("from", place(crossing.from, network)), ("to", place(crossing.to, network)),
                    ("fromCountry", .string(crossing.fromCountry)), ("toCountry", .string(crossing.toCountry)),
                    ("distanceMetres", .integer(0)),
                    ("timeMinutes", estimate(crossing.time)), ("costCents", estimate(crossing.cost)),
                    ("co2Grams", estimate(.zero)), ("confidence", .string(crossing.confidence.rawValue)),
                ])
            case .transfer(let transfer):
                return .object([
                    ("position", .integer(transfer.position)), ("type", .string("transfer")),
                    ("transfer", .string(transfer.transfer.code)), ("kind", .string(transfer.kind.rawValue)),
                    ("place", place(transfer.place, network)), ("before", .string(transfer.before)), ("after", .string(transfer.after)),
                    ("distanceMetres", .integer(0)),
                    ("timeMinutes", estimate(transfer.time)), ("timeInBorderDwell", .bool(transfer.timeInBorderDwell)),
                    ("costCents", estimate(transfer.cost)),
                    ("co2Grams", estimate(transfer.co2)), ("confidence", .string(transfer.confidence.rawValue)),
                ])
            }
        }
        let totals = self.totals
        return .object([
            ("network", .string(network.name)),
            ("from", place(request.from, network)), ("to", place(request.to, network)),
            ("via", .array(request.via.map { place($0, network) })),
            ("objective", .string(request.objective.rawValue)),
            ("objectiveValue", .integer(objectiveValue)),
            ("cargo", .string(request.cargo.description)),
        ] + request.pricesJSON(in: network) + [
            ("steps", .array(steps)),
            ("totals", .object([
                ("distanceMetres", .integer(totals.distance)),
                ("timeMinutes", estimate(totals.time)), ("costCents", estimate(totals.cost)),
                ("co2Grams", estimate(totals.co2)),
                ("borderCrossings", .integer(totals.borderCrossings)), ("gaugeChanges", .integer(totals.gaugeChanges)),
                ("modeChanges", .integer(totals.modeChanges)),
                ("modes", .array(totals.modes.map { .string($0.rawValue) })),
                ("countries", .array(totals.countries.map(JSONValue.string))),
            ])),
        ])
    }

    private func place(_ id: Place.ID, _ network: Network) -> JSONValue {
        .object([("id", .string(id.code)), ("name", .string(network.name(of: id)))])
    }

    private func estimate(_ value: Estimate) -> JSONValue {
        .object([("low", .integer(value.low)), ("typical", .integer(value.typical)), ("high", .integer(value.high))])
    }


    /// A feature collection: each leg a line string through its places, each crossing and transfer a point.
    public func geoJSON(in network: Network) -> JSONValue {
        func position(_ id: Place.ID) -> JSONValue? {
            network.place(id).map { .array([.decimal($0.longitude, places: 5), .decimal($0.latitude, places: 5)]) }
        }
        let features: [JSONValue] = steps.map { event in
            switch event {
            case .leg(let leg):
                return feature(.object([("type", .string("LineString")),
                                        ("coordinates", .array(leg.places.compactMap(position)))]), [
                    ("step", .string("leg")), ("position", .integer(leg.position)), ("mode", .string(leg.mode.rawValue)),
                    ("country", .string(leg.country)), ("from", .string(network.name(of: leg.from))), ("to", .string(network.name(of: leg.to))),
                    ("distanceKm", .decimal(Double(leg.distance) / 1000, places: 1)),
                    ("timeHours", .decimal(Double(leg.time.typical) / 60, places: 1)),
                    ("costUSD", .decimal(Double(leg.cost.typical) / 100, places: 2)),
                    ("co2Kg", .decimal(Double(leg.co2.typical) / 1000, places: 1)),
                ])
            case .crossing(let crossing):
                return feature(.object([("type", .string("Point")), ("coordinates", position(crossing.to) ?? .null)]), [
                    ("step", .string("border-crossing")), ("position", .integer(crossing.position)),
                    ("crossing", .string(crossing.crossing.code)),
                    ("from", .string(network.name(of: crossing.from))), ("to", .string(network.name(of: crossing.to))),
                    ("timeHours", .decimal(Double(crossing.time.typical) / 60, places: 1)),
                    ("costUSD", .decimal(Double(crossing.cost.typical) / 100, places: 2)),
                ])
            case .transfer(let transfer):
                return feature(.object([("type", .string("Point")), ("coordinates", position(transfer.place) ?? .null)]), [
                    ("step", .string("transfer")), ("position", .integer(transfer.position)),
                    ("kind", .string(transfer.kind.rawValue)), ("place", .string(network.name(of: transfer.place))),
                    ("timeHours", .decimal(Double(transfer.time.typical) / 60, places: 1)),
                    ("timeInBorderDwell", .bool(transfer.timeInBorderDwell)),
                    ("costUSD", .decimal(Double(transfer.cost.typical) / 100, places: 2)),
                ])
            }
        }
        return .object([("type", .string("FeatureCollection")), ("features", .array(features))])
    }

    private func feature(_ geometry: JSONValue, _ properties: [(String, JSONValue)]) -> JSONValue {
        .object([("type", .string("Feature")), ("geometry", geometry), ("properties", .object(properties))])
    }
}

extension Network {
    /// The place's name, or its id when the network does not hold it.
    public func name(of id: Place.ID) -> String { place(id)?.name ?? id.code }
}
