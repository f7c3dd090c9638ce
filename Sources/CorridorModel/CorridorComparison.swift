/// One row of ``Network/compare(_:corridors:)``: how a corridor serves a request, or why it cannot.
public struct CorridorComparison: Sendable, Hashable {
    /// The corridor; `nil` for the row of the unconstrained best route.
    public var corridor: Corridor.ID?
    public var name: String
    public var plan: RoutePlan?
    /// Why the corridor cannot serve the pair, when `plan` is `nil`.
    public var reason: String?
    public var distance: Metres?
    public var time: Estimate?
    /// Typical cost per unit of cargo (per container, or per tonne when the cargo is in tonnes), in cents.
    public var costPerUnit: Cents?
    public var co2: Estimate?
    public var borderCrossings: Int?
    public var gaugeChanges: Int?
    public var modes: [Link.Mode]?
    /// This row's distance divided by the distance of the best route over any corridor for the same request; a
    /// large value says the corridor does not lie between the two places (it is served only by a long detour).
    /// `nil` when either has no route.
    public var detour: Double?

    /// The detour from which a corridor counts as not lying between the two places: half as long again as the best route.
    public static let notableDetour = 1.5

    public init(corridor: Corridor.ID?, name: String, plan: RoutePlan?, reason: String?, request: RouteRequest) {
        self.corridor = corridor
        self.name = name
        self.plan = plan
        self.reason = reason
        if let plan {
            distance = plan.totals.distance
            time = plan.totals.time
            costPerUnit = plan.totals.cost.typical / Int64(max(1, request.cargo.count))
            co2 = plan.totals.co2
            borderCrossings = plan.totals.borderCrossings
            gaugeChanges = plan.totals.gaugeChanges
            modes = plan.totals.modes
        }
    }

    /// Typical door-to-door time in days (for display).
    public var days: Double? { time.map { Double($0.typical) / 1440 } }
}
