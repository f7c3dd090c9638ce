import CorridorModel
import CorridorService
import Foundation
import Testing

/// The library layer on the bundled network, read from `<package root>/networks/central-asia`: requests built
/// from names, the one JSON and GeoJSON encoding of a plan, and errors sorted into kinds.
@Suite struct ServiceTests {
    static let network: Network? = try? Network.load(
        from: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("networks/central-asia")).network

    func parse(_ value: JSONValue) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(value.rendered().utf8)) as? [String: Any])
    }

    @Test func planJSONTotalsAreTheSumOfItsSteps() throws {
        let network = try #require(Self.network)
        let plan = try network.route(network.request(from: "Xi'an", to: "Tehran", options: TripOptions()))
        let object = try parse(plan.json(in: network))
        let steps = try #require(object["steps"] as? [[String: Any]])
        #expect(steps.count == plan.legs.count + plan.crossings.count + plan.transfers.count)
        #expect(steps.map { $0["position"] as? Int } == plan.steps.map(\.position))
        let typicalCost = steps.map { (($0["costCents"] as? [String: Any])?["typical"] as? Int) ?? -1 }.reduce(0, +)
        let totals = try #require(object["totals"] as? [String: Any])
        #expect((totals["costCents"] as? [String: Any])?["typical"] as? Int == typicalCost)
        #expect(Int64(typicalCost) == plan.totals.cost.typical)
        #expect((object["from"] as? [String: Any])?["name"] as? String == "Xi'an")
    }

    @Test func planGeoJSONHasALinePerLegAndAPointPerStop() throws {
        let network = try #require(Self.network)
        let plan = try network.route(network.request(from: "Kashgar", to: "Tashkent", options: TripOptions()))
        let features = try #require(try parse(plan.geoJSON(in: network))["features"] as? [[String: Any]])
        let kinds = features.map { ($0["geometry"] as? [String: Any])?["type"] as? String }
        #expect(kinds.filter { $0 == "LineString" }.count == plan.legs.count)
        #expect(kinds.filter { $0 == "Point" }.count == plan.crossings.count + plan.transfers.count)
    }

    @Test func errorsAreSortedIntoKinds() throws {
        let network = try #require(Self.network)
        #expect(throws: Never.self) { try TripOptions().validate() }
        var options = TripOptions()
        options.quantity = 0
        #expect { try options.validate() } throws: { error in
            guard case .invalidRequest(let message, _)? = error as? ServiceError else { return false }
            return message == "--quantity must be a positive number, not 0."
        }
        do {
            _ = try network.request(from: "Almatty", to: "Baku", options: TripOptions())
            Issue.record("an unknown place was accepted")
        } catch {
            guard case .unknownName(let message, let hint) = ServiceError(error) else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(message.contains("Almatty"))
            #expect(hint != nil)
        }
        var island = TripOptions()
        island.modes = [.road]
        island.avoidCountries = ["kz", "KG", "TJ", "UZ", "TM", "AF"]
        do {
            _ = try network.route(network.request(from: "Xi'an", to: "Tehran", options: island))
            Issue.record("a route through no country was found")
        } catch {
            guard case .noRoute(_, let hint) = ServiceError(error) else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(hint?.contains("--avoid-country") == true)
        }
    }

    @Test func matrixValuesAreThoseOfSingleRoutes() throws {
        let network = try #require(Self.network)
        var options = TripOptions()
        options.objective = .time
        let result = try network.matrix(from: ["Xi'an", "Urumqi"], to: ["Tehran", "Tashkent"], options: options)
        for (i, origin) in ["Xi'an", "Urumqi"].enumerated() {
            for (j, destination) in ["Tehran", "Tashkent"].enumerated() {
                let plan = try network.route(network.request(from: origin, to: destination, options: options))
                #expect(result.values(row: i)[j] == RouteRequest.Objective.time.text(plan.objectiveValue))
            }
        }
    }
}
