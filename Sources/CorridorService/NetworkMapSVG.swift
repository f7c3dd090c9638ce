import CorridorModel
import Foundation

/// The one SVG map writer: country outlines, the network's links by mode (dashed when under construction,
/// dotted when planned), border crossings, places, a route on top when given, a legend and a 500 km scale bar.
/// `corridor route --format svg` and `corridor network export --format svg` both call it; the map page draws the
/// same layers with the same colours.
///
/// Projection: equirectangular around the network's middle latitude, fitted to the network's extent plus a margin.
/// - Complexity: O(*p* + *l* + *o*) for *p* places, *l* links and *o* outline points.
public struct NetworkMapSVG {
    public let network: Network
    /// The plan drawn on top, if any.
    public var plan: RoutePlan?
    public var width = 1200.0

    public init(network: Network, plan: RoutePlan? = nil) {
        self.network = network
        self.plan = plan
    }

    /// The colour of each mode, shared with the map page's `map.js`.
    public static let modeColours: [Link.Mode: String] = [.rail: "#b03a2e", .road: "#5d6d7e", .ferry: "#2471a3",
                                                          .pipeline: "#7d3c98"]

    static func dashes(_ status: Link.Status) -> String {
        switch status {
        case .operational: ""
        case .underConstruction: " stroke-dasharray=\"6 4\""
        case .planned: " stroke-dasharray=\"2 4\""
        case .closed: " stroke-dasharray=\"1 6\""
        }
    }

    /// The map as a standalone SVG document.
    public func svg() -> String {
        let longitudes = network.places.map(\.longitude), latitudes = network.places.map(\.latitude)
        let west = (longitudes.min() ?? 0) - 3, east = (longitudes.max() ?? 1) + 3
        let south = (latitudes.min() ?? 0) - 3, north = (latitudes.max() ?? 1) + 3
        let cosine = cos((north + south) / 2 * .pi / 180)
        let scale = width / ((east - west) * cosine)
        let height = ((north - south) * scale).rounded()
        func point(_ longitude: Double, _ latitude: Double) -> String {
            f((longitude - west) * cosine * scale) + " " + f((north - latitude) * scale)
        }
        func path(_ points: [(Double, Double)]) -> String {
            points.enumerated().map { ($0.offset == 0 ? "M" : "L") + point($0.element.0, $0.element.1) }.joined(separator: " ")
        }
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(f(width))" height="\(f(height))" viewBox="0 0 \(f(width)) \(f(height))" font-family="sans-serif" font-size="11">
            <rect width="100%" height="100%" fill="#dde9f2"/>

            """
        svg += "<g id=\"countries\" fill=\"#f4f1e8\" stroke=\"#b5ab95\" stroke-width=\"0.7\">\n"
        for outline in Self.outlines() {
            let d = outline.rings.map { path($0) + " Z" }.joined(separator: " ")
            svg += "<path d=\"\(d)\"><title>\(escape(outline.name))</title></path>\n"
        }
        svg += "</g>\n<g id=\"links\" fill=\"none\" stroke-width=\"2\" stroke-linecap=\"round\">\n"
        var crossings = ""
        for link in network.links {
            guard let a = network.place(link.from), let b = network.place(link.to) else { continue }
            svg += "<path d=\"\(path([(a.longitude, a.latitude), (b.longitude, b.latitude)]))\" "
                + "stroke=\"\(Self.modeColours[link.mode] ?? "#000")\"\(Self.dashes(link.status))>"
                + "<title>\(escape(link.id.code)): \(link.mode.rawValue), \(link.status.rawValue)</title></path>\n"
            if a.country != b.country {
                let middle = point((a.longitude + b.longitude) / 2, (a.latitude + b.latitude) / 2)
                crossings += "<use href=\"#crossing\" transform=\"translate(\(middle))\"/>\n"
            }
        }
        svg += "</g>\n<defs><rect id=\"crossing\" x=\"-3.5\" y=\"-3.5\" width=\"7\" height=\"7\" transform=\"rotate(45)\" "
            + "fill=\"#fff\" stroke=\"#222\" stroke-width=\"1\"/></defs>\n<g id=\"crossings\">\n" + crossings + "</g>\n"
        if let plan {
            svg += "<g id=\"route\" fill=\"none\" stroke-width=\"7\" stroke-linecap=\"round\" stroke-linejoin=\"round\" opacity=\"0.75\">\n"
            for leg in plan.legs {
                let points = leg.places.compactMap(network.place).map { ($0.longitude, $0.latitude) }
                svg += "<path d=\"\(path(points))\" stroke=\"\(Self.modeColours[leg.mode] ?? "#000")\"/>\n"
            }
            svg += "</g>\n"
        }
        svg += "<g id=\"places\" fill=\"#333\">\n"
        let labelled = Set(plan.map { [$0.request.from, $0.request.to] + $0.request.via } ?? [])
        for place in network.places {
            let isCity = place.kind == .city || place.kind == .seaport
            svg += "<circle transform=\"translate(\(point(place.longitude, place.latitude)))\" r=\"\(isCity ? 3 : 2)\">"
                + "<title>\(escape(place.name)) (\(place.country))</title></circle>\n"
            if isCity || labelled.contains(place.id) {
                let weight = labelled.contains(place.id) ? " font-weight=\"bold\"" : ""
                svg += "<text transform=\"translate(\(point(place.longitude, place.latitude)))\" x=\"5\" y=\"-4\"\(weight)>"
                    + "\(escape(place.name))</text>\n"
            }
        }
        svg += "</g>\n" + legend(height: height, unitsPerDegreeLatitude: scale) + "</svg>\n"
        return svg
    }

    /// The legend box in the lower left: modes, statuses, crossings, the route's totals, and a 500 km scale bar.
    private func legend(height: Double, unitsPerDegreeLatitude: Double) -> String {
        let x = 16.0
        var rows: [String] = []
        var y = height - 16 - 16 * Double(6 + (plan == nil ? 0 : 1))
        var svg = "<g id=\"legend\">\n<rect x=\"8\" y=\"\(f(y - 16))\" width=\"270\" height=\"\(f(height - y + 8))\" "
            + "fill=\"#fff\" fill-opacity=\"0.88\" stroke=\"#999\"/>\n"
        for mode in Link.Mode.allCases {
            rows.append("<path d=\"M\(f(x)) \(f(y - 4)) h28\" stroke=\"\(Self.modeColours[mode]!)\" stroke-width=\"2.5\"/>"
                        + "<text x=\"\(f(x + 36))\" y=\"\(f(y))\">\(mode.rawValue)</text>")
            y += 16
        }
        rows.append("<path d=\"M\(f(x)) \(f(y - 4)) h28\" stroke=\"#333\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
                    + "<text x=\"\(f(x + 36))\" y=\"\(f(y))\">under construction (dotted: planned)</text>")
        y += 16
        rows.append("<use href=\"#crossing\" transform=\"translate(\(f(x + 14)) \(f(y - 4)))\"/>"
                    + "<text x=\"\(f(x + 36))\" y=\"\(f(y))\">border crossing</text>")
        y += 16
        if let plan {
            let totals = plan.totals
            rows.append("<text x=\"\(f(x))\" y=\"\(f(y))\" font-weight=\"bold\">\(escape(network.name(of: plan.request.from))) → "
                        + "\(escape(network.name(of: plan.request.to))): \(Readable.kilometres(totals.distance)) km, "
                        + "\(Readable.duration(totals.time.typical)), \(Readable.money(totals.cost.typical))</text>")
            y += 16
        }
        let bar = 500 / 111.32 * unitsPerDegreeLatitude   // 500 km; the projection keeps scale equal both ways there
        rows.append("<path d=\"M\(f(x)) \(f(y - 4)) h\(f(bar))\" stroke=\"#222\" stroke-width=\"2\"/>"
                    + "<text x=\"\(f(x + bar + 6))\" y=\"\(f(y))\">500 km</text>")
        svg += rows.joined(separator: "\n") + "\n</g>\n"
        return svg
    }

    /// The country outlines as named lists of rings, from ``CountryOutlines``; none when the resource is missing.
    static func outlines() -> [(name: String, rings: [[(Double, Double)]])] {
        guard let data = CountryOutlines.geoJSON,
              let collection = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let features = collection["features"] as? [[String: Any]] else { return [] }
        return features.compactMap { feature in
            guard let geometry = feature["geometry"] as? [String: Any], let type = geometry["type"] as? String else { return nil }
            let polygons: [Any] = type == "Polygon" ? [geometry["coordinates"] ?? []] : geometry["coordinates"] as? [Any] ?? []
            let rings = polygons.flatMap { polygon in
                (polygon as? [[[Double]]] ?? []).map { ring in ring.map { ($0[0], $0[1]) } }
            }
            return ((feature["properties"] as? [String: Any])?["name"] as? String ?? "", rings)
        }
    }

    private func f(_ value: Double) -> String { String(format: "%.1f", value) }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
