import Foundation

/// GeoJSON (RFC 7946) views of a network and of a plan, for QGIS or geojson.io.
extension Network {
    /// The network as a GeoJSON FeatureCollection: each place a Point (id, name, country, kind, gauge), each link a
    /// LineString between its ends (id, mode, status, gauge, length in metres, source, confidence).
    /// Coordinates are `[longitude, latitude]`.
    public func geoJSON() -> String {
        var features: [[String: Any]] = []
        for p in places {
            var properties: [String: Any] = ["id": p.id.code, "name": p.name, "country": p.country, "kind": p.kind.rawValue,
                                             "feature": "place", "confidence": p.confidence.rawValue, "source": p.source]
            if let g = p.gauge { properties["gauge_mm"] = g.millimetres }
            features.append(["type": "Feature", "geometry": ["type": "Point", "coordinates": [p.longitude, p.latitude]],
                             "properties": properties])
        }
        for l in links {
            guard let a = place(l.from), let b = place(l.to) else { continue }
            var properties: [String: Any] = ["id": l.id.code, "feature": "link", "mode": l.mode.rawValue,
                                             "status": l.status.rawValue, "length_m": l.length, "from": l.from.code,
                                             "to": l.to.code, "source": l.source, "confidence": l.confidence.rawValue]
            if let g = l.gauge { properties["gauge_mm"] = g.millimetres }
            features.append(["type": "Feature",
                             "geometry": ["type": "LineString", "coordinates": [[a.longitude, a.latitude], [b.longitude, b.latitude]]],
                             "properties": properties])
        }
        return Self.featureCollection(features, name: name)
    }

    static func featureCollection(_ features: [[String: Any]], name: String) -> String {
        let collection: [String: Any] = ["type": "FeatureCollection", "name": name, "features": features]
        let data = (try? JSONSerialization.data(withJSONObject: collection, options: [.sortedKeys, .prettyPrinted])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

extension RoutePlan {
    /// The plan as a GeoJSON FeatureCollection: each leg a LineString through its places (position, mode, country,
    /// gauge, distance, time, cost, CO2e), each crossing and transfer a Point at its place.
    public func geoJSON(in network: Network) -> String {
        func coordinates(_ id: Place.ID) -> [Double]? { network.place(id).map { [$0.longitude, $0.latitude] } }
        var features: [[String: Any]] = []
        for leg in legs {
            var properties: [String: Any] = ["feature": "leg", "position": leg.position, "mode": leg.mode.rawValue,
                                             "country": leg.country, "distance_m": leg.distance, "time_min": leg.time.typical,
                                             "cost_cents": leg.cost.typical, "co2_g": leg.co2.typical,
                                             "links": leg.links.map(\.code)]
            if let g = leg.gauge { properties["gauge_mm"] = g.millimetres }
            features.append(["type": "Feature", "properties": properties,
                             "geometry": ["type": "LineString", "coordinates": leg.places.compactMap(coordinates)]])
        }
        for c in crossings {
            guard let point = coordinates(c.to) else { continue }
            features.append(["type": "Feature", "geometry": ["type": "Point", "coordinates": point],
                             "properties": ["feature": "crossing", "position": c.position, "id": c.crossing.code,
                                            "mode": c.mode.rawValue, "time_min": c.time.typical, "cost_cents": c.cost.typical]])
        }
        for t in transfers {
            guard let point = coordinates(t.place) else { continue }
            features.append(["type": "Feature", "geometry": ["type": "Point", "coordinates": point],
                             "properties": ["feature": "transfer", "position": t.position, "id": t.transfer.code,
                                            "kind": t.kind.rawValue, "time_min": t.time.typical, "cost_cents": t.cost.typical]])
        }
        return Network.featureCollection(features, name: "\(request.from)-\(request.to)")
    }
}
