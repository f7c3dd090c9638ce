/// One row of ``Network/compare(_:corridors:)``: how a corridor serves a request, or why it cannot.
public struct CorridorComparison: Sendable, Hashable, Encodable {
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
