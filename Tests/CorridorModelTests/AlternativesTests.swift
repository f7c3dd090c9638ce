import CorridorTestSupport
import Testing
@testable import CorridorModel

/// Alternative routes that differ in their links, and the detour limit.
@Suite struct AlternativesTests {
    @Test func threeCorridorsInOrderOfCost() throws {
        let network = Fixtures.threeWays()
        let request = RouteRequest(from: "alpha", to: "omega", objective: .cost)
        let found = try network.alternatives(request, count: 5)
        #expect(found.plans.map { network.corridor(followedBy: $0) } == ["northern", "southern", "road"])
        #expect(!found.stoppedAtLimit && found.shortestDistance == nil)
        #expect(try found.plans.first == network.plan(request))
        let two = try network.alternatives(request, count: 2)
        #expect(two.plans == Array(found.plans.prefix(2)))
    }

    /// The road is 600 km; the southern rail 900 km (1.5 ×) and the northern 1500 km (2.5 ×).
    @Test func maxDetourDropsLongRoutes() throws {
        let network = Fixtures.threeWays()
        let request = RouteRequest(from: "alpha", to: "omega", objective: .cost)
        let found = try network.alternatives(request, count: 5, maxDetour: 1.6)
        #expect(found.shortestDistance == 600_000)
        #expect(found.plans.map { network.corridor(followedBy: $0) } == ["southern", "road"])
        #expect(try network.plan(request, maxDetour: 1.6).map { network.corridor(followedBy: $0) } == "southern")
        #expect(try network.plan(request, maxDetour: 3).map { network.corridor(followedBy: $0) } == "northern")
        #expect(try network.plan(request, maxDetour: 1).map { network.corridor(followedBy: $0) } == "road")
        #expect {
            try network.plan(request, maxDetour: 1, pathLimit: 1)
        } throws: { error in
            "\(error)".hasPrefix("Stopped finding a route from 'alpha' to 'omega' within 1.0 × the shortest distance after 1 paths")
        }
    }

    /// Routes come in order of the objective, each link sequence once, none through a place twice; the first is the
    /// best plan; every route of the brute force's best value with distinct links is there when all are asked for.
    @Test(arguments: 0 ..< 30 as Range<UInt64>)
    func routesAreDistinctOrderedAndValid(seed: UInt64) throws {
        let network = RandomNetwork.make(seed: seed)
        let reference = ReferencePlanner(network: network)
        let ids = network.places.map(\.id)
        for a in ids {
            for b in ids where a != b {
                let request = RouteRequest(from: a, to: b, objective: .time)
                let found = try network.alternatives(request, count: 6, maxDetour: seed % 2 == 0 ? nil : 2)
                let context = "seed \(seed) \(a) → \(b)"
                let values = found.plans.map(\.objectiveValue)
                #expect(values == values.sorted(), "\(context)")
                let sequences = found.plans.map { $0.legs.flatMap(\.links) }
                #expect(Set(sequences).count == sequences.count, "\(context): a link sequence repeats")
                for plan in found.plans {
                    expectTotalsAddUp(plan)
                    expectContinuous(plan, in: network)
                    #expect(Set(plan.places).count == plan.places.count, "\(context): passes a place twice")
                    if let shortest = found.shortestDistance {
                        #expect(Double(plan.totals.distance) <= 2 * Double(shortest), "\(context): too long")
                    }
                }
                if seed % 2 == 0 {
                    #expect(found.plans.first?.objectiveValue == reference.best(from: a, to: b, objective: .time), "\(context)")
                }
            }
        }
    }
}
