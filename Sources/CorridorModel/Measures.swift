/// The four measures of an arc, a leg or a plan: distance (metres), time (minutes), cost (cents), CO2e (grams).
struct Measures: Sendable {
    var distance: Metres
    var time: Estimate
    var cost: Estimate
    var co2: Estimate

    static let zero = Measures(distance: 0, time: .zero, cost: .zero, co2: .zero)

    static func + (a: Measures, b: Measures) -> Measures {
        Measures(distance: a.distance + b.distance, time: a.time + b.time, cost: a.cost + b.cost, co2: a.co2 + b.co2)
    }
}
