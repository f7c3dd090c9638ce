/// The model held against reported journeys: each journey routed along its reported corridor, with the model's
/// length and time beside the reported ones.
///
/// A journey is planned from its origin through its vias to its destination, by its modes only, for one FEU on
/// its rail service, by the fastest route over operational links. Its length agrees when it lies within
/// ``lengthTolerance`` of the reported one; its time agrees when the reported days fall inside the plan's low–high
/// range. The figures are what a calibration reports; what counts as good enough is the caller's (the bundled
/// network's tests hold it to every length and 90 % of the times).
public struct Calibration: Sendable {
    /// One journey and the model's answer for it.
    public struct Row: Sendable {
        public var journey: Journey
        /// The model's plan, or `nil` when the network cannot route the journey (see ``reason``).
        public var plan: RoutePlan?
        /// Why there is no plan.
        public var reason: String?

        /// (model − reported) ÷ reported length, when both are known.
        public var lengthError: Double? {
            guard let plan, let reported = journey.reportedLength else { return nil }
            return Double(plan.totals.distance - reported) / Double(reported)
        }

        /// (model typical − reported) ÷ reported time.
        public var timeError: Double? {
            plan.map { Double($0.totals.time.typical - journey.reportedTime) / Double(journey.reportedTime) }
        }

        /// Whether the reported time lies inside the plan's low–high range.
        public var timeInside: Bool {
            guard let time = plan?.totals.time else { return false }
            return time.low <= journey.reportedTime && journey.reportedTime <= time.high
        }
    }

    /// The largest relative length error that still agrees: 15 %.
    public static let lengthTolerance = 0.15

    public var rows: [Row]

    /// Journeys with a reported length, and those whose model length agrees with it.
    public var lengthsChecked: Int { rows.filter { $0.journey.reportedLength != nil }.count }
    public var lengthsWithin: Int { rows.filter { $0.lengthError.map { abs($0) <= Self.lengthTolerance } ?? false }.count }
    /// Journeys whose reported time lies inside the plan's low–high range (out of ``rows``).
    public var timesInside: Int { rows.filter(\.timeInside).count }
    /// ``timesInside`` as a share of all journeys; a journey without a plan counts as outside.
    public var insideShare: Double { rows.isEmpty ? 0 : Double(timesInside) / Double(rows.count) }
}

extension Network {
    /// Routes every journey along its reported corridor (see ``Calibration``). A journey naming a place the
    /// network lacks, or that no route serves, gets a row with the reason instead of a plan.
    /// - Complexity: one plan per journey.
    public func calibrate(_ journeys: [Journey]) -> Calibration {
        Calibration(rows: journeys.map { journey in
            let request = RouteRequest(from: journey.origin, to: journey.destination, via: journey.vias, objective: .time,
                                       modes: journey.modes, service: journey.service)
            do {
                if let plan = try plan(request) {
                    return Calibration.Row(journey: journey, plan: plan, reason: nil)
                }
                return Calibration.Row(journey: journey, plan: nil, reason: explainNoRoute(request).reason)
            } catch {
                return Calibration.Row(journey: journey, plan: nil, reason: "\(error)")
            }
        })
    }
}
