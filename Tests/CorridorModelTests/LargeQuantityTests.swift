import Foundation
import Testing
@testable import CorridorModel

/// Large quantities on the bundled network: a route is found whatever the quantity within the limits, its
/// objective value is exact, and quantities beyond the limits are refused with a sentence, never a trap.
@Suite struct LargeQuantityTests {
    static func value(_ plan: RoutePlan, _ objective: RouteRequest.Objective) -> Int64? {
        switch objective {
        case .cost: plan.totals.cost.typical
        case .time: nil   // the plan's time takes back the crew rest the search spread over road legs
        case .distance: plan.totals.distance
        case .co2: plan.totals.co2.typical
        case .generalized: nil
        }
    }

    /// The first quantities that once gave "no route" (their sums passed the 32-bit weights), and the largest allowed.
    @Test(arguments: [(RouteRequest.Objective.co2, 1127), (.generalized, 3593), (.cost, 10553), (.co2, 1_000_000),
                      (.cost, 1_000_000), (.time, 1_000_000)])
    func largeQuantitiesStillFindTheRoute(objective: RouteRequest.Objective, quantity: Int) throws {
        let network = try Bundled.network()
        var one = RouteRequest(from: "xian", to: "tehran", objective: objective)
        let single = try #require(try network.plan(one))
        one.cargo = .feu(quantity)
        let large = try #require(try network.plan(one), "no route for \(quantity) FEU by \(objective)")
        if let total = Self.value(large, objective) { #expect(large.objectiveValue == total) }
        // The route for one FEU is a candidate for many: the best for many is no worse than it, scaled (each
        // figure is rounded per event, so allow a millionth).
        let scaled = Double(single.objectiveValue) * Double(quantity)
        #expect(Double(large.objectiveValue) <= scaled * (1 + 1e-6) + 1, "\(large.objectiveValue) vs \(scaled)")
    }

    /// The crossing of 6,940,398 FEU once trapped in the pricing arithmetic.
    @Test func quantitiesBeyondTheLimitAreRefused() throws {
        let network = try Bundled.network()
        for cargo in [RouteRequest.Cargo.feu(6_940_398), .teu(Int.max), .tonnes(Int.max)] {
            var request = RouteRequest(from: "xian", to: "tehran")
            request.cargo = cargo
            if case .tonnes = cargo { request.commodity = .container }
            let error = #expect(throws: NetworkError.self) { try network.plan(request) }
            #expect(error?.description.hasPrefix("Cannot plan this request: the quantity ") == true, "\(String(describing: error))")
            #expect(error?.description.contains("split the shipment") == true)
        }
    }

    /// A matrix of co2 for 1,000 FEU has a value in every cell that has one for 1 FEU.
    @Test func matrixOfALargeQuantityHasNoHoles() throws {
        let network = try Bundled.network()
        let places: [Place.ID] = ["xian", "yiwu", "chongqing", "lianyungang", "almaty", "tashkent"]
        let targets: [Place.ID] = ["tehran", "bandar-abbas", "baku", "istanbul", "moscow"].filter { network.place($0) != nil }
        var template = RouteRequest(from: "xian", to: "tehran", objective: .co2)
        let single = try network.matrix(from: places, to: targets, template: template)
        template.cargo = .feu(1000)
        let large = try network.matrix(from: places, to: targets, template: template)
        for i in places.indices {
            for j in targets.indices {
                #expect((single.plans[i][j] == nil) == (large.plans[i][j] == nil), "\(places[i]) → \(targets[j])")
            }
        }
    }
}
