import Foundation
import Testing
@testable import CorridorModel

/// Road legs spread the driver's daily rest over their length: time = driving time × 24 h ÷ driving hours per day.
@Suite("Road legs include the driver's rest")
struct RoadRestTests {
    /// `alpha ── road 300 km ── gamma` (both in AA) at 40/50/60 km/h, driven 8/10/12 h a day.
    @Test func roadTimeIsDrivingTimeStretchedByTheRest() throws {
        let parameters = Fixtures.parameters(overriding: ["speed_truck_moving_kmh": (40, 50, 60),
                                                          "truck_driving_hours_per_day": (8, 10, 12)])
        let network = Fixtures.railOrRoad(parameters: parameters)
        let plan = try #require(try network.plan(RouteRequest(from: "alpha", to: "gamma", objective: .time, modes: [.road])))
        // Low: 300 km at 60 km/h = 5 h, × 24 / 12 = 10 h. Typical: 6 h × 24 / 10 = 14.4 h. High: 7.5 h × 24 / 8 = 22.5 h.
        let expected = Estimate(low: 600, typical: 864, high: 1350)
        #expect(plan.legs.map(\.time) == [expected])
        #expect(plan.totals.time == expected)
    }

    /// The factor is linear: halving the hours doubles every road leg, and crossings and transfers stay as they are.
    @Test func halvingTheDrivingHoursDoublesTheRoadLegs() throws {
        func plan(hours: Decimal) throws -> RoutePlan {
            let network = Fixtures.railOrRoad(parameters: Fixtures.parameters(overriding: ["truck_driving_hours_per_day": (hours, hours, hours)]))
            return try #require(try network.plan(RouteRequest(from: "alpha", to: "epsilon", objective: .cost, modes: [.road])))
        }
        let allDay = try plan(hours: 24), halfDay = try plan(hours: 12)
        #expect(allDay.places == halfDay.places)
        #expect(allDay.legs.map(\.time.typical) == [450, 370])      // AA 450 km, BB 370 km at 60 km/h, no rest
        #expect(halfDay.legs.map(\.time.typical) == allDay.legs.map { 2 * $0.time.typical })
        #expect(halfDay.crossings.map(\.time) == allDay.crossings.map(\.time))
        #expect(halfDay.totals.cost == allDay.totals.cost)
        expectTotalsAddUp(halfDay)
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

    /// On the bundled network each road leg takes its length at the typical moving speed, stretched by the typical
    /// driving hours (the sheet's figures, rounded once per link).
    @Test func bundledRoadLegsUseTheSheetsDrivingHours() throws {
        let network = try Bundled.network()
        let speed = try #require(network.parameter("speed_truck_moving_kmh")?.typical)
        let hours = try #require(network.parameter("truck_driving_hours_per_day")?.typical)
        #expect(hours < 24)
        let plan = try #require(try network.plan(RouteRequest(from: "almaty", to: "tashkent", objective: .time, modes: [.road])))
        for leg in plan.legs {
            let exact = Double(leg.distance) / 1000 / NSDecimalNumber(decimal: speed).doubleValue * 60
                * 24 / NSDecimalNumber(decimal: hours).doubleValue
            #expect(abs(Double(leg.time.typical) - exact) <= Double(leg.links.count), "\(leg.places)")
        }
        expectTotalsAddUp(plan)
    }

    /// ADB CAREC CPMM measures trucks door to door, borders and rest included, at 19–31 km/h. On long road routes the
    /// typical plan must be no faster than the fastest of those, and its low (fastest) end must reach their range.
    @Test func longRoadRoutesCompareWithCPMMDoorToDoorSpeeds() throws {
        let network = try Bundled.network()
        for (a, b) in [("almaty", "tashkent"), ("tashkent", "ashgabat")] as [(Place.ID, Place.ID)] {
            let plan = try #require(try network.plan(RouteRequest(from: a, to: b, objective: .time, modes: [.road])))
            #expect(plan.totals.distance > 800_000)
            let km = Double(plan.totals.distance) / 1000
            #expect(km / (Double(plan.totals.time.typical) / 60) <= 31, "\(a) → \(b)")
            #expect(km / (Double(plan.totals.time.low) / 60) >= 19, "\(a) → \(b)")
        }
        // Kashgar → Tashkent: the 2018 pilot convoy ran in 31 h, the service that followed takes about 2 days.
        let kashgar = try #require(try network.plan(RouteRequest(from: "kashgar", to: "tashkent", objective: .time)))
        #expect(kashgar.totals.time.typical >= 2 * 1440)
        #expect(kashgar.totals.time.low >= 31 * 60)
    }
}
