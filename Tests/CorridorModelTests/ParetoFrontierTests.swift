import CorridorTestSupport
import Testing
@testable import CorridorModel

/// The trade-off frontier: on a drawn fixture whose three optima differ, and against brute force over every walk on
/// random networks.
@Suite struct ParetoFrontierTests {
    typealias Vector = [Int64]

    static func vector(_ plan: RoutePlan, _ criteria: [ParetoFrontier.Criterion]) -> Vector {
        // Time as searched: the plan's time plus the rest the search weighed that the road stretches did not need.
        criteria.map { c in
            c == .cost ? plan.totals.cost.typical : c == .time ? plan.totals.time.typical + plan.restNotNeeded.typical : plan.totals.co2.typical
        }
    }

    /// The distinct vectors of `vectors` that no other is at most equal to in every component.
    static func nonDominated(_ vectors: [Vector]) -> Set<Vector> {
        let distinct = Set(vectors)
        return distinct.filter { v in !distinct.contains { w in w != v && zip(w, v).allSatisfy { $0 <= $1 } } }
    }

    @Test func threeOptimaDifferAsDrawn() throws {
        let network = Fixtures.threeWays()
        try network.validate()
        let request = RouteRequest(from: "alpha", to: "omega")
        let frontier = try network.paretoFrontier(request)
        #expect(frontier.routes.map(\.corridor) == ["northern", "southern", "road"])
        var optima: [RouteRequest.Objective: RoutePlan] = [:]
        for objective in [RouteRequest.Objective.cost, .time, .co2] {
            var single = request
            single.objective = objective
            optima[objective] = try #require(try network.plan(single))
        }
        let all = ParetoFrontier.Criterion.allCases
        #expect(Self.vector(frontier.routes[0].plan, all) == Self.vector(optima[.cost]!, all), "the cheapest is first")
        #expect(frontier.routes.contains { Self.vector($0.plan, all) == Self.vector(optima[.time]!, all) }, "the fastest is on it")
        #expect(frontier.routes.contains { Self.vector($0.plan, all) == Self.vector(optima[.co2]!, all) }, "the cleanest is on it")
        #expect(Set([optima[.cost]!, optima[.time]!, optima[.co2]!].map { Self.vector($0, all) }).count == 3)
        // Each price of a day saved is the extra cost over the days saved against the previous route.
        #expect(frontier.routes[0].pricePerDaySaved == nil)
        for (slower, faster) in zip(frontier.routes, frontier.routes.dropFirst()) {
            let days = Double(slower.plan.totals.time.typical - faster.plan.totals.time.typical) / 1440
            let extra = Double(faster.plan.totals.cost.typical - slower.plan.totals.cost.typical)
            #expect(faster.pricePerDaySaved == Int64((extra / days).rounded()))
        }
        // On cost and CO2e alone the road (dearer and dirtier than the southern rail) drops out.
        let twoCriteria = try network.paretoFrontier(request, criteria: [.cost, .co2])
        #expect(twoCriteria.routes.map(\.corridor) == ["northern", "southern"])
        #expect(twoCriteria.criteria == [.cost, .co2])
        for route in frontier.routes { expectTotalsAddUp(route.plan) }
        #expect(frontier.labelsSettled > 0 && frontier.labelsCreated >= frontier.labelsSettled)
    }

    @Test func aLabelLimitStopsWithASentence() throws {
        let network = Fixtures.threeWays()
        #expect {
            try network.paretoFrontier(RouteRequest(from: "alpha", to: "omega"), labelLimit: 5)
        } throws: { error in
            "\(error)".hasPrefix("Stopped finding the trade-off frontier from 'alpha' to 'omega' after 5 labels, the limit for one request.")
        }
    }

    @Test(arguments: 0 ..< 30 as Range<UInt64>)
    func agreesWithBruteForce(seed: UInt64) throws {
        let network = RandomNetwork.make(seed: seed)
        try network.validate()
        let reference = ReferencePlanner(network: network)
        let ids = network.places.map(\.id)
        for a in ids {
            for b in ids where a != b {
                let walks = reference.walks(from: a, to: b)
                for criteria in [ParetoFrontier.Criterion.allCases, [.cost, .time], [.time, .co2]] {
                    let frontier = try network.paretoFrontier(RouteRequest(from: a, to: b), criteria: Set(criteria))
                    let expected = Self.nonDominated(walks.map { t in
                        criteria.map { c in c == .cost ? t.cost : c == .time ? t.time : t.co2 }
                    })
                    let found = frontier.routes.map { Self.vector($0.plan, criteria) }
                    #expect(Set(found) == expected, "seed \(seed) \(criteria) \(a) → \(b)")
                    #expect(found.count == Set(found).count, "seed \(seed) \(criteria) \(a) → \(b): a vector repeats")
                    for route in frontier.routes {
                        expectTotalsAddUp(route.plan)
                        expectContinuous(route.plan, in: network)
                    }
                    let costs = frontier.routes.map { $0.plan.totals.cost.typical }
                    #expect(costs == costs.sorted(), "seed \(seed): sorted by cost")
                }
            }
        }
    }
}

/// Checks that a plan starts at its origin, ends at its destination, and steps between places only along links it
/// lists.
func expectContinuous(_ plan: RoutePlan, in network: Network, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(plan.places.first == plan.request.from && plan.places.last == plan.request.to, sourceLocation: sourceLocation)
    let used = Set(plan.legs.flatMap(\.links))
    for (p, q) in zip(plan.places, plan.places.dropFirst()) {
        let joined = network.links.contains { used.contains($0.id) && Set([$0.from, $0.to]) == Set([p, q]) }
        #expect(joined, "\(p) → \(q) is not along a link of the plan", sourceLocation: sourceLocation)
    }
}
