/// How one plan differs from another for the same trip: exact integer differences of the totals (`plan − base`,
/// low, typical and high separately) and the links, border crossings and countries one uses and the other not.
///
/// Both plans are integers in metres, minutes, cents and grams, so the differences are exact.
public struct PlanDifference: Sendable, Hashable, Encodable {
    public var distance: Metres
    public var time: Estimate
    public var cost: Estimate
    public var co2: Estimate
    public var borderCrossings: Int
    public var gaugeChanges: Int
    /// Links the plan uses and the base does not, in the plan's order; and the reverse, in the base's order.
    public var linksAdded: [Link.ID]
    public var linksDropped: [Link.ID]
    public var crossingsAdded: [BorderCrossing.ID]
    public var crossingsDropped: [BorderCrossing.ID]
    public var countriesAdded: [String]
    public var countriesDropped: [String]

    /// The difference `plan − base`.
    /// - Complexity: O(*a* · *b*) in the numbers of links of the two plans (a few dozen).
    public init(from base: RoutePlan, to plan: RoutePlan) {
        func minus(_ a: Estimate, _ b: Estimate) -> Estimate {
            Estimate(low: a.low - b.low, typical: a.typical - b.typical, high: a.high - b.high)
        }
        func only<T: Equatable>(_ a: [T], notIn b: [T]) -> [T] {
            var result: [T] = []
            for x in a where !b.contains(x) && !result.contains(x) { result.append(x) }
            return result
        }
        distance = plan.totals.distance - base.totals.distance
        time = minus(plan.totals.time, base.totals.time)
        cost = minus(plan.totals.cost, base.totals.cost)
        co2 = minus(plan.totals.co2, base.totals.co2)
        borderCrossings = plan.totals.borderCrossings - base.totals.borderCrossings
        gaugeChanges = plan.totals.gaugeChanges - base.totals.gaugeChanges
        let planLinks = plan.legs.flatMap(\.links), baseLinks = base.legs.flatMap(\.links)
        linksAdded = only(planLinks, notIn: baseLinks)
        linksDropped = only(baseLinks, notIn: planLinks)
        let planCrossings = plan.crossings.map(\.crossing), baseCrossings = base.crossings.map(\.crossing)
        crossingsAdded = only(planCrossings, notIn: baseCrossings)
        crossingsDropped = only(baseCrossings, notIn: planCrossings)
        countriesAdded = only(plan.totals.countries, notIn: base.totals.countries)
        countriesDropped = only(base.totals.countries, notIn: plan.totals.countries)
    }

    /// Whether the two plans take the same links.
    public var sameRoute: Bool { linksAdded.isEmpty && linksDropped.isEmpty }
}
