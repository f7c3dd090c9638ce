/// Best plans between several origins and destinations; `plans[i][j]` goes from `origins[i]` to
/// `destinations[j]`, `nil` where there is no route (or the two are the same place).
public struct RouteMatrix: Sendable, Hashable {
    public var origins: [Place.ID]
    public var destinations: [Place.ID]
    public var plans: [[RoutePlan?]]
}
