import Foundation
import Testing
@testable import CorridorModel

@Suite("Planning on drawn and random fixtures")
struct PlannerTests {
    let network = Fixtures.railOrRoad()

    func plan(_ objective: RouteRequest.Objective, cargo: RouteRequest.Cargo = .feu(1)) throws -> RoutePlan {
        try #require(try network.plan(RouteRequest(from: "alpha", to: "epsilon", objective: objective, cargo: cargo)))
    }

    @Test func fixtureIsValid() throws {
        #expect(try network.validate().isEmpty)
    }

    @Test func timeAndCostOptimaDifferAsDrawn() throws {
        let fastest = try plan(.time), cheapest = try plan(.cost)
        #expect(fastest.places == ["alpha", "gamma", "delta", "epsilon"])
        #expect(fastest.totals.modes == [.road])
        // 820 km at 60 km/h is 820 min of driving: two days at 12 h, so one rest of 12 h, of which the 6 h at the
        // border count: 820 + 360 + 360. The search weighed the rest spread over the legs (820 × 2 + 360 = 2000).
        #expect(fastest.totals.time.typical == 1540)
        #expect(fastest.objectiveValue == 2000)
        #expect(fastest.totals.cost.typical == 184_000)
        #expect(cheapest.places == ["alpha", "beta", "delta", "epsilon"])
        #expect(cheapest.totals.modes == [.rail])
        #expect(cheapest.totals.time.typical == 5292)
        #expect(cheapest.totals.cost.typical == 72_400)
        #expect(cheapest.totals.gaugeChanges == 1)
        #expect(cheapest.transfers.map(\.transfer) == ["gauge-change-delta"])
        #expect(fastest.totals.time.typical < cheapest.totals.time.typical)
        #expect(cheapest.totals.cost.typical < fastest.totals.cost.typical)
    }

    @Test func generalizedCostPicksTheMixedRoute() throws {
        // rail 381,100; road 184,000 + 3500 × 2000 / 60 = 300,667; road then rail 160,000 + 3500 × 2160 / 60 = 286,000.
        let best = try plan(.generalized)
        #expect(best.places == ["alpha", "gamma", "delta", "epsilon"])
        #expect(best.totals.modes == [.rail, .road])
        #expect(best.transfers.map(\.transfer) == ["rail-road-delta"])
        #expect(best.objectiveValue == 286_000)
        // A carbon price high enough makes the low-carbon rail route win.
        var request = RouteRequest(from: "alpha", to: "epsilon", objective: .generalized)
        request.carbonPrice = 1_000_000   // 10,000 USD per tonne
        #expect(try network.plan(request)?.totals.modes == [.rail])
    }

    @Test func rangesComeFromTheTariffRange() throws {
        let cheapest = try plan(.cost)
        // 810 km at 0.30 / 0.40 / 0.50 USD, plus 300 and 100 USD.
        #expect(cheapest.totals.cost == Estimate(low: 24_300 + 40_000, typical: 72_400, high: 40_500 + 40_000))
    }

    @Test func cargoScalesCostsAndEmissions() throws {
        let one = try plan(.cost), two = try plan(.cost, cargo: .feu(2)), teu = try plan(.cost, cargo: .teu(1))
        #expect(two.totals.cost.typical == 2 * one.totals.cost.typical)
        #expect(two.totals.co2.typical == 2 * one.totals.co2.typical)
        // A TEU pays half the rail rate, the full crossing fee and transfer cost, and weighs 10 t instead of 18 t.
        #expect(teu.totals.cost.typical == 810 * 20 + 30_000 + 10_000)
        #expect(teu.totals.co2.typical == 810 * 300 + 5_000)
        let tonnes = try plan(.cost, cargo: .tonnes(36))   // two FEU-equivalents, two containers
        #expect(tonnes.totals.cost.typical == two.totals.cost.typical)
    }

    @Test func totalsAreTheSumOfTheParts() throws {
        for objective in RouteRequest.Objective.allCases {
            expectTotalsAddUp(try plan(objective))
        }
    }

    @Test func crossingsAndTransfersAreListedInJourneyOrder() throws {
        let cheapest = try plan(.cost)
        #expect(cheapest.crossings.map(\.crossing) == ["rail-beta-delta"])
        #expect(cheapest.crossings[0].time.typical == 48 * 60 && cheapest.crossings[0].cost.typical == 30_000)
        let positions = cheapest.legs.map(\.position) + cheapest.crossings.map(\.position) + cheapest.transfers.map(\.position)
        #expect(positions.sorted() == Array(0 ..< positions.count))
        // beta–delta counts half in each country; the train enters BB on 1435 mm and changes gauge at delta.
        #expect(cheapest.legs.map(\.country) == ["AA", "BB", "BB"])
        #expect(cheapest.legs.map(\.gauge) == [.standard, .standard, .russian])
        #expect(cheapest.legs.map(\.distance) == [605_000, 5_000, 200_000])
    }

    @Test func modesStatusesAndAvoidanceRestrictTheSearch() throws {
        let roadOnly = RouteRequest(from: "alpha", to: "epsilon", objective: .cost, modes: [.road])
        #expect(try network.plan(roadOnly)?.totals.modes == [.road])
        var avoid = RouteRequest(from: "alpha", to: "epsilon", objective: .time, avoidedPlaces: ["gamma"])
        #expect(try network.plan(avoid)?.passes("beta") == true)
        avoid.avoidedCrossings = ["rail-beta-delta"]
        #expect(try network.plan(avoid) == nil)
        #expect(network.explainNoRoute(avoid).reason.contains("avoiding 'gamma', 'rail-beta-delta'"))
        let noRail = RouteRequest(from: "alpha", to: "beta", modes: [.road])
        #expect(try network.plan(noRail) == nil)
        #expect(network.explainNoRoute(noRail).reason.contains("'beta' has only rail links"))
    }

    @Test func viaPlacesAreVisitedInOrder() throws {
        let request = RouteRequest(from: "alpha", to: "epsilon", via: ["beta"], objective: .time)
        let plan = try #require(try network.plan(request))
        #expect(plan.passes("beta"))
        expectTotalsAddUp(plan)
        // Via gamma then beta forces a detour back across the border: alpha → gamma → delta → beta → delta → epsilon.
        let detour = try #require(try network.plan(RouteRequest(from: "alpha", to: "epsilon", via: ["gamma", "beta"], objective: .distance)))
        #expect(detour.places == ["alpha", "gamma", "delta", "beta", "delta", "epsilon"])
        #expect(detour.totals.distance == 820_000)
    }

    @Test func corridorsConstrainAndCompare() throws {
        let request = RouteRequest(from: "alpha", to: "epsilon", objective: .time)
        // The fastest way through beta and delta leaves the train at delta for the last 220 km by road.
        let northern = try #require(try network.plan(request, within: "northern"))
        #expect(northern.places == ["alpha", "beta", "delta", "epsilon"] && northern.totals.modes == [.rail, .road])
        #expect(try network.plan(request, within: "southern")?.passes("gamma") == true)
        let rows = try network.compare(request)
        #expect(rows.map(\.corridor) == ["southern", "northern", nil])
        #expect(rows[2].time == rows[0].time)
        #expect(rows[1].time == northern.totals.time && rows[1].borderCrossings == 1 && rows[1].gaugeChanges == 0)
        #expect(rows[1].costPerUnit == northern.totals.cost.typical)
        #expect(throws: NetworkError.self) { try network.plan(request, within: "westerm") }
        // Reverse direction: the corridor's places are passed backwards.
        let back = try #require(try network.plan(RouteRequest(from: "epsilon", to: "alpha"), within: "northern"))
        #expect(back.passes("beta"))
    }

    @Test func pipelinesCarryOnlyGas() throws {
        var withPipe = Fixtures.railOrRoad()
        withPipe = Network(name: "pipe", places: withPipe.places + [Fixtures.place("field", "AA", x: 5)],
                           links: withPipe.links + [Fixtures.link(.pipeline, "field", "alpha", km: 100)],
                           crossings: withPipe.crossings, transfers: withPipe.transfers, parameters: withPipe.parameters)
        let gas = try #require(try withPipe.plan(RouteRequest(from: "field", to: "alpha", cargo: .tonnes(100), commodity: .gas)))
        #expect(gas.totals.modes == [.pipeline])
        #expect(gas.totals.cost.typical == 100 * 100)   // 0.01 USD per tonne-km
        #expect(try withPipe.plan(RouteRequest(from: "field", to: "alpha")) == nil)
        #expect(try withPipe.plan(RouteRequest(from: "alpha", to: "epsilon", cargo: .tonnes(100), commodity: .gas)) == nil)
        #expect(throws: NetworkError.self) { try withPipe.plan(RouteRequest(from: "field", to: "alpha", cargo: .feu(1), commodity: .gas)) }
        #expect(throws: NetworkError.self) { try withPipe.plan(RouteRequest(from: "field", to: "alpha", modes: [.pipeline])) }
    }

    @Test func matrixMatchesSinglePlans() throws {
        let places: [Place.ID] = ["alpha", "beta", "gamma", "delta", "epsilon"]
        let template = RouteRequest(from: "alpha", to: "alpha", objective: .cost)
        let matrix = try network.matrix(from: places, to: places, template: template)
        for (i, a) in places.enumerated() {
            for (j, b) in places.enumerated() {
                var request = template
                request.from = a
                request.to = b
                let single = a == b ? nil : try network.plan(request)
                #expect(matrix.plans[i][j]?.objectiveValue == single?.objectiveValue, "\(a) → \(b)")
            }
        }
    }

    /// Every objective except the generalized one, on random networks, against brute force over all walks; time
    /// with either rail service (the service changes only times).
    @Test(arguments: 0 ..< 30 as Range<UInt64>)
    func agreesWithBruteForce(seed: UInt64) throws {
        let network = RandomNetwork.make(seed: seed)
        try network.validate()
        let reference = ReferencePlanner(network: network)
        let ids = network.places.map(\.id)
        let cases: [(RouteRequest.Objective, RouteRequest.Service)] = [(.distance, .express), (.time, .express), (.time, .regular),
                                                                      (.cost, .express), (.co2, .express)]
        for (objective, service) in cases {
            for statuses in [Set([Link.Status.operational]), [.operational, .underConstruction]] {
                let template = RouteRequest(from: ids[0], to: ids[0], objective: objective, statuses: statuses, service: service)
                let matrix = try network.matrix(from: ids, to: ids, template: template)
                for (i, a) in ids.enumerated() {
                    for (j, b) in ids.enumerated() where a != b {
                        let expected = reference.best(from: a, to: b, objective: objective, statuses: statuses, service: service)
                        let plan = matrix.plans[i][j]
                        #expect(plan?.objectiveValue == expected, "seed \(seed) \(objective) \(service) \(a) → \(b)")
                        if let plan {
                            expectTotalsAddUp(plan)
                            let measured: Int64 = switch objective {
                            case .distance: plan.totals.distance
                            case .time: plan.totals.time.typical
                            case .cost: plan.totals.cost.typical
                            default: plan.totals.co2.typical
                            }
                            // A plan's road rest is what its stretches need, at most the share the search weighed.
                            let searched = objective == .time ? measured + plan.restNotNeeded.typical : measured
                            #expect(searched == plan.objectiveValue, "seed \(seed) \(objective) \(a) → \(b)")
                            #expect(plan.restNotNeeded.low >= 0 && plan.restNotNeeded.typical >= 0 && plan.restNotNeeded.high >= 0)
                        }
                    }
                }
            }
        }
    }
}

/// Checks that a plan's totals are the sums of its legs, crossings and transfers, and that its counts match.
func expectTotalsAddUp(_ plan: RoutePlan, sourceLocation: SourceLocation = #_sourceLocation) {
    let time = plan.legs.reduce(Estimate.zero) { $0 + $1.time } + plan.crossings.reduce(Estimate.zero) { $0 + $1.time }
        + plan.transfers.reduce(Estimate.zero) { $0 + $1.time }
    let cost = plan.legs.reduce(Estimate.zero) { $0 + $1.cost } + plan.crossings.reduce(Estimate.zero) { $0 + $1.cost }
        + plan.transfers.reduce(Estimate.zero) { $0 + $1.cost }
    let co2 = plan.legs.reduce(Estimate.zero) { $0 + $1.co2 } + plan.transfers.reduce(Estimate.zero) { $0 + $1.co2 }
    #expect(plan.totals.distance == plan.legs.reduce(0) { $0 + $1.distance }, sourceLocation: sourceLocation)
    #expect(plan.totals.time == time, sourceLocation: sourceLocation)
    #expect(plan.totals.cost == cost, sourceLocation: sourceLocation)
    #expect(plan.totals.co2 == co2, sourceLocation: sourceLocation)
    #expect(plan.totals.borderCrossings == plan.crossings.count, sourceLocation: sourceLocation)
    #expect(plan.totals.gaugeChanges == plan.transfers.filter { $0.kind == .gaugeChange }.count, sourceLocation: sourceLocation)
    #expect(plan.totals.time.low <= plan.totals.time.typical && plan.totals.time.typical <= plan.totals.time.high, sourceLocation: sourceLocation)
    #expect(plan.totals.cost.low <= plan.totals.cost.typical && plan.totals.cost.typical <= plan.totals.cost.high, sourceLocation: sourceLocation)
}
