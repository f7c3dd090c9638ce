import Foundation

/// The GeoJSON (RFC 7946) view of a network, for QGIS or geojson.io (a plan's is in CorridorService).
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
