import CorridorModel

extension RouteRequest {
    /// The prices the generalized objective weighs time and CO2e with, as the JSON answers echo them: the value of
    /// time in cents per FEU-day (the request's, else the network's) and the carbon price in cents per tonne.
    public func pricesJSON(in network: Network) -> [(String, JSONValue)] {
        let valueOfTime = (try? network.costProfile()).map { $0.valueOfTimePerDay(for: self) }
        return [("valueOfTimeCentsPerFeuDay", valueOfTime.map { .integer($0) } ?? .null),
                ("carbonPriceCentsPerTonne", .integer(carbonPrice))]
    }
}
