import Foundation
import Testing
@testable import CorridorModel

/// Road time is driving time plus the daily rests the crew needs, less the time it waits at borders; the search
/// weighs the rest spread evenly over the legs (driving time × 24 h ÷ driving hours per day), an upper bound.
@Suite("Road legs include the crew's rest")
struct RoadRestTests {
    /// `alpha ── road 300 km ── gamma` (both in AA) at 40/50/60 km/h. Driven 8/10/12 h a day it fits in one day
    /// (5, 6 and 7.5 h): no rest. Driven 4/5/6 h a day the typical and high trips need one rest of 19 h and 20 h.
    @Test func roadTimeIsDrivingTimePlusTheDailyRestsNeeded() throws {
        func plan(_ hours: (Decimal, Decimal, Decimal)) throws -> RoutePlan {
            let parameters = Fixtures.parameters(overriding: ["speed_truck_moving_kmh": (40, 50, 60), "truck_driving_hours_per_day": hours])
            let network = Fixtures.railOrRoad(parameters: parameters)
            return try #require(try network.plan(RouteRequest(from: "alpha", to: "gamma", objective: .time, modes: [.road])))
        }
        let oneDay = try plan((8, 10, 12))
        #expect(oneDay.totals.time == Estimate(low: 300, typical: 360, high: 450))
        let short = try plan((4, 5, 6))
        // Low: 5 h ≤ 6 h, no rest. Typical: 6 h > 5 h, one rest of 19 h. High: 7.5 h > 4 h, one rest of 20 h.
        #expect(short.legs.map(\.time) == [Estimate(low: 300, typical: 360 + 19 * 60, high: 450 + 20 * 60)])
        #expect(short.objectiveValue == 360 * 24 / 5)   // the search's linear share: 6 h × 24 / 5
        expectTotalsAddUp(short)
    }

    /// Waiting at a border counts as rest: on `alpha ── gamma ══ delta ── epsilon` by road (820 km at 60 km/h, two
    /// days of 12 h, one rest of 12 h) the 6 h at the gamma–delta border leave 6 h of rest to add.
    @Test func bordersCountAsRest() throws {
        let network = Fixtures.railOrRoad()
        let plan = try #require(try network.plan(RouteRequest(from: "alpha", to: "epsilon", objective: .time, modes: [.road])))
        #expect(plan.crossings.map(\.time) == [Fixtures.hours(6)])
        #expect(plan.totals.time.typical == 820 + 360 + 360)
        #expect(plan.legs.map(\.time.typical).reduce(0, +) == 820 + 360)
        expectTotalsAddUp(plan)
    }

    /// A crew of two drives longer days: where one driver must rest, two need not (fixture hours 4/5/6 become the
    /// default 8/10/12 of a sheet without a two-driver row).
    @Test func aCrewOfTwoRestsLess() throws {
        let parameters = Fixtures.parameters(overriding: ["speed_truck_moving_kmh": (40, 50, 60), "truck_driving_hours_per_day": (4, 5, 6)])
        let network = Fixtures.railOrRoad(parameters: parameters)
        var request = RouteRequest(from: "alpha", to: "gamma", objective: .time, modes: [.road])
        let one = try #require(try network.plan(request))
        request.drivers = 2
        let two = try #require(try network.plan(request))
        #expect(two.totals.time == Estimate(low: 300, typical: 360, high: 450))
        #expect(two.totals.time.typical < one.totals.time.typical)
        #expect(two.totals.cost == one.totals.cost)
    }

    @Test func drivingHoursMustBePositiveAndFitInADay() throws {
        for (hours, message) in [((Decimal(9), Decimal(9), Decimal(25)), "value_high '25' is not at most 24 hours of driving in a day."),
                                 ((0, 9, 9), "is not three positive values in increasing order."),
                                 ((11, 9, 9), "is not three positive values in increasing order.")] {
            let parameters = Fixtures.parameters(overriding: ["truck_driving_hours_per_day": hours])
            let error = #expect(throws: NetworkError.self) { try CostProfile(parameters: parameters) }
            #expect(error?.description.hasSuffix(message) == true, "\(error.map { "\($0)" } ?? "no error")")
        }
        let missing = Fixtures.parameters().filter { $0.key != "truck_driving_hours_per_day" }
        let error = #expect(throws: NetworkError.self) { try CostProfile(parameters: missing) }
        #expect(error?.description.contains("'truck_driving_hours_per_day'") == true)
    }

    /// On the bundled network each road leg drives at its own country's moving speed from the sheet (rounded once
    /// per link), and the route adds the daily rests that its driving needs beyond what its borders cover.
    @Test func bundledRoadLegsUseEachCountrysSpeed() throws {
        let network = try Bundled.network()
        let profile = try network.costProfile()
        let plan = try #require(try network.plan(RouteRequest(from: "almaty", to: "tashkent", objective: .time, modes: [.road])))
        var driving: Int64 = 0
        for leg in plan.legs {
            let speed = try #require(network.parameter("speed_truck_moving_kmh_\(leg.country.lowercased())")?.typical)
            let exact = Double(leg.distance) / 1000 / NSDecimalNumber(decimal: speed).doubleValue * 60
            #expect(Double(leg.time.typical) >= exact - Double(leg.links.count), "\(leg.places)")
            driving += Int64(exact.rounded())
        }
        let hours = profile.drivingPerDay.typical, waited = plan.crossings.reduce(0) { $0 + $1.time.typical }
        let rests = max(0, (driving + hours - 1) / hours - 1) * (1440 - hours)
        let expected = driving + waited + max(0, rests - waited)
        #expect(abs(plan.totals.time.typical - expected) <= Int64(plan.legs.count * 2), "\(plan.totals.time)")
        expectTotalsAddUp(plan)
    }

    /// ADB CAREC CPMM measures trucks door to door, borders and rest included, at 19–31 km/h. On long road routes the
    /// typical plan must be no faster than the fastest of those, and its low (fastest) end must reach their range.
    /// Tashkent → Kashgar: the 2017 pilot convoy ran 920 km in 31 h, the service that followed takes about 2 days.
    @Test func longRoadRoutesCompareWithReportedTrips() throws {
        let network = try Bundled.network()
        for (a, b) in [("almaty", "tashkent"), ("tashkent", "ashgabat")] as [(Place.ID, Place.ID)] {
            let plan = try #require(try network.plan(RouteRequest(from: a, to: b, objective: .time, modes: [.road])))
            #expect(plan.totals.distance > 800_000)
            let km = Double(plan.totals.distance) / 1000
            #expect(km / (Double(plan.totals.time.typical) / 60) <= 31, "\(a) → \(b)")
            #expect(km / (Double(plan.totals.time.low) / 60) >= 19, "\(a) → \(b)")
        }
        let kashgar = try #require(try network.plan(RouteRequest(from: "tashkent", to: "kashgar", objective: .time, modes: [.road])))
        #expect(kashgar.totals.time.typical >= 1440 && kashgar.totals.time.typical <= 2 * 1440, "\(kashgar.totals.time)")
        #expect(kashgar.totals.time.low <= 31 * 60 && 31 * 60 <= kashgar.totals.time.high, "\(kashgar.totals.time)")
    }
}
