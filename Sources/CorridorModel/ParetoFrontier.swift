/// The routes between two places that no other route beats on every chosen criterion at once: the trade-off between
/// cheap, fast and clean.
///
/// Invariants: no route's typical totals are dominated (all ≤ on the criteria) by another's; routes are sorted by
/// typical cost, then time, then CO2e; ``Route/pricePerDaySaved`` compares each route with the one before it.
public struct ParetoFrontier: Sendable {
    /// A criterion of the frontier, compared on typical values.
    public enum Criterion: String, CaseIterable, Sendable, Comparable {
        case cost, time, co2
        public static func < (a: Criterion, b: Criterion) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
    }

    /// One route of the frontier.
    public struct Route: Sendable {
        public var plan: RoutePlan
        /// The named corridor the route follows (see ``Network/corridor(followedBy:)``), if any.
        public var corridor: Corridor.ID?
        /// Cents paid per day saved against the previous route of the frontier (cheaper and slower), rounded; `nil`
        /// for the first route, or when this one saves no time.
        public var pricePerDaySaved: Cents?
    }

    public var criteria: [Criterion]
    public var routes: [Route]
    /// Labels made and settled by the search (its work; see ``Network/paretoFrontier(_:criteria:labelLimit:)``).
    public var labelsCreated: Int
    public var labelsSettled: Int

    /// Sorts `routes` by cost, time and CO2e and prices each day saved against the previous one.
    public init(criteria: [Criterion], routes: [Route], labelsCreated: Int, labelsSettled: Int) {
        self.criteria = criteria.sorted()
        var sorted = routes.sorted {
            let (a, b) = ($0.plan.totals, $1.plan.totals)
            return (a.cost.typical, a.time.typical, a.co2.typical) < (b.cost.typical, b.time.typical, b.co2.typical)
        }
        for i in sorted.indices {
            sorted[i].pricePerDaySaved = i == 0 ? nil : Self.pricePerDay(from: sorted[i - 1].plan, to: sorted[i].plan)
        }
        self.routes = sorted
        self.labelsCreated = labelsCreated
        self.labelsSettled = labelsSettled
    }

    /// The extra cost of `faster` over `slower` per day it saves, in cents, or `nil` if it saves no time.
    static func pricePerDay(from slower: RoutePlan, to faster: RoutePlan) -> Cents? {
        let saved = slower.totals.time.typical - faster.totals.time.typical
        guard saved > 0 else { return nil }
        return (faster.totals.cost.typical - slower.totals.cost.typical).scaled(by: 1440, dividedBy: saved)
    }
}
