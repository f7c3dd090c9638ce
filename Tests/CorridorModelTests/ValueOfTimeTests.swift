import Testing
@testable import CorridorModel

/// The value of time a request gives (cents per FEU-day) against the profile's (35 USD per FEU-hour) on the drawn
/// fixture `Fixtures.railOrRoad`: rail 724 USD in 5292 min, road 1840 USD in 2000 min, road then rail 1600 USD in 2160 min.
@Suite("Value of time per FEU-day in the generalized objective")
struct ValueOfTimeTests {
    func best(valueOfTime: Cents?) throws -> RoutePlan {
        var request = RouteRequest(from: "alpha", to: "epsilon", objective: .generalized)
        request.valueOfTime = valueOfTime
        return try #require(try Fixtures.railOrRoad().plan(request))
    }

    @Test func theProfilesHourlyValueEqualsItsDailyValue() throws {
        // 35 USD per hour = 840 USD per day: road then rail, 160,000 + 84,000 × 2160 / 1440 = 286,000 cents.
        #expect(try best(valueOfTime: nil).objectiveValue == 286_000)
        #expect(try best(valueOfTime: 84_000).objectiveValue == 286_000)
    }

    @Test func theValueOfTimeMovesTheOptimum() throws {
        // Time is free: the cheapest, all rail, 72,400 cents.
        let free = try best(valueOfTime: 0)
        #expect(free.totals.modes == [.rail] && free.objectiveValue == 72_400)
        // 10,000 USD per day: all road. Per arc, rounded: alpha–gamma 600 min → 416,667; gamma–delta 600 min + 6 h
        // border → 666,667; delta–epsilon 440 min → 305,556; plus 184,000 cents = 1,572,890.
        let dear = try best(valueOfTime: 1_000_000)
        #expect(dear.totals.modes == [.road] && dear.objectiveValue == 1_572_890)
    }
}
