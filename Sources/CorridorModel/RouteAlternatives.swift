/// Routes between two places that differ in the links they use, best first by the request's objective.
///
/// Invariants: `plans` are in non-decreasing order of the objective; no two use the same sequence of links; none
/// passes a place twice (unless the request has via places); with a detour limit none is longer than
/// `maxDetour × shortestDistance`.
public struct RouteAlternatives: Sendable {
    public var plans: [RoutePlan]
    /// The distance of the shortest route between the two places (set when a detour limit was given).
    public var shortestDistance: Metres?
    public var maxDetour: Double?
    /// Paths of the expanded graph examined, in order of the objective (routes differing only in states or
    /// transfers, or too long, are examined and skipped).
    public var pathsExamined: Int
    /// Whether the search stopped at its limit of paths examined before it found as many routes as asked; the
    /// routes found are still the best ones, but more may exist.
    public var stoppedAtLimit: Bool
}
