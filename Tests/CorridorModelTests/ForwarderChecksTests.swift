import Foundation
import Testing
@testable import CorridorModel

/// The plans a freight forwarder checks first, on the bundled network: reported times, physical gauges, borders
/// where they are.
@Suite("Plans a forwarder believes")
struct ForwarderChecksTests {
    let network: Network
    init() throws { network = try Bundled.network() }

    func plan(_ a: Place.ID, _ b: Place.ID, _ objective: RouteRequest.Objective = .time, modes: Set<Link.Mode> = [.rail, .road, .ferry],
              drivers: Int = 1) throws -> RoutePlan {
        try #require(try network.plan(RouteRequest(from: a, to: b, objective: objective, modes: modes, drivers: drivers)))
    }

    /// Every reported China–Iran train took 14–15 days; the plan's typical time lies in 12–16 days.
    @Test func xianToTehranByRailTakesTwoWeeks() throws {
        for objective in [RouteRequest.Objective.time, .cost] {
            let p = try plan("xian", "tehran", objective, modes: [.rail])
            #expect(p.totals.time.typical >= 12 * 1440 && p.totals.time.typical <= 16 * 1440, "\(objective): \(p.totals.time)")
            #expect(p.totals.time.low <= 14 * 1440 && 15 * 1440 <= p.totals.time.high)
            #expect(p.totals.gaugeChanges == 2 && p.totals.modeChanges == 0, "\(objective): \(p.transfers.map(\.transfer))")
        }
    }

    /// The 2017 pilot convoy ran Tashkent → Kashgar in 31 h, the service after it in about 2 days.
    @Test func tashkentToKashgarByRoadTakesOneToTwoDays() throws {
        let one = try plan("tashkent", "kashgar", modes: [.road]), two = try plan("tashkent", "kashgar", modes: [.road], drivers: 2)
        #expect(one.totals.time.typical >= 1440 && one.totals.time.typical <= 2 * 1440, "\(one.totals.time)")
        #expect(two.totals.time.typical <= one.totals.time.typical)
        #expect(one.places.contains("irkeshtam") && one.totals.countries == ["UZ", "KG", "CN"])
    }

    /// Osh → Kashgar: 459 km of road beat any rail detour on cost, and the Chinese road rate is line-haul only.
    @Test func oshToKashgarByCostGoesByRoad() throws {
        let p = try plan("osh", "kashgar", .cost)
        #expect(p.totals.modes == [.road], "\(p.places)")
        #expect(p.totals.distance < 500_000)
        let chinese = try #require(p.legs.first { $0.country == "CN" })
        let rate = try #require(network.parameter("tariff_road_feu_km_cn"))
        #expect(rate.typical < 4, "the border transload is paid at the crossing, not in the rate")
        #expect(chinese.cost.typical < 1000 * 100)
    }

    /// Xi'an → Almaty: the Chang'an train's six days (2013) lie in the plan's range, near its typical time.
    @Test func xianToAlmatyTakesAboutSixDays() throws {
        let p = try plan("xian", "almaty", modes: [.rail])
        #expect(p.totals.time.low <= 6 * 1440 && 6 * 1440 <= p.totals.time.high)
        #expect(abs(p.totals.time.typical - 6 * 1440) <= 1440, "\(p.totals.time)")
    }

    /// A container on 1520 mm reaches 1435 mm only through a priced gauge change: at Sarakhs the time objective
    /// cannot swap the bogie exchange for a rail → road → rail pair without a road leg.
    @Test func noZeroLengthModeChangeStandsInForAGaugeChange() throws {
        for (a, b) in [("xian", "tehran"), ("khorgos", "mashhad"), ("almaty", "mashhad")] as [(Place.ID, Place.ID)] {
            let p = try plan(a, b)
            let gauges = p.legs.compactMap(\.gauge)
            let changes = zip(gauges, gauges.dropFirst()).filter { $0 != $1 }.count
            #expect(changes == p.totals.gaugeChanges, "\(a) → \(b)")
            for (t, next) in zip(p.transfers, p.transfers.dropFirst()) where t.place == next.place {
                Issue.record("\(a) → \(b): two transfers in a row at \(t.place)")
            }
        }
        #expect(try plan("khorgos", "mashhad", modes: [.rail]).totals.gaugeChanges == 2)
    }

    /// Places carry the gauges they have: Khorgos (CN) only 1435 mm, Małaszewicze both, with the change priced.
    @Test func placesCarryTheirRealGauges() throws {
        #expect(network.place("khorgos")?.gauges == [.standard])
        #expect(network.place("malaszewicze")?.gauges == [.standard, .russian])
        let west = try plan("khorgos", "almaty", modes: [.rail])
        #expect(west.legs.first?.gauge == .standard)
        let poland = try plan("moscow", "malaszewicze", modes: [.rail])
        #expect(poland.legs.last?.gauge == .russian)
        #expect(poland.transfers.map(\.transfer) == ["gauge-change-malaszewicze"])
        let onward = try plan("astana", "malaszewicze", modes: [.rail])
        #expect(onward.totals.gaugeChanges == 1 && onward.transfers.last?.cost.typical ?? 0 > 0)
    }

    /// A link between two countries counts its length on each side of the border point, not half and half.
    @Test func bordersSplitLinksWhereTheyLie() throws {
        let gas = try #require(try network.plan(RouteRequest(from: "shymkent-cs", to: "khorgos-gas", cargo: .tonnes(1000), commodity: .gas)))
        #expect(gas.legs.map(\.country) == ["KZ", "CN"])
        #expect(gas.legs.map(\.distance) == [1_128_000, 2_000])
        #expect(gas.totals.borderCrossings == 1)
        let road = try plan("almaty", "bishkek", modes: [.road])
        #expect(road.legs.map(\.distance) == [215_000, 25_000])
        // Reversed, the same point splits the other way.
        let back = try plan("bishkek", "almaty", modes: [.road])
        #expect(back.legs.map(\.distance) == [25_000, 215_000])
    }

    /// At least fifteen Chinese cities that China–Central Asia trains leave from reach Central Asia by rail.
    @Test func chineseOriginsReachCentralAsia() throws {
        let cities = network.places.filter { $0.country == "CN" && ($0.kind == .city || $0.kind == .seaport) }.map(\.id)
        #expect(cities.count >= 15)
        var matrixRequest = RouteRequest(from: "xian", to: "almaty", objective: .distance, modes: [.rail])
        matrixRequest.via = []
        let matrix = try network.matrix(from: cities, to: ["almaty", "tashkent"], template: matrixRequest)
        for (i, city) in cities.enumerated() {
            #expect(matrix.plans[i].allSatisfy { $0 != nil }, "\(city)")
        }
        // Road feeders at Chongqing, Urumqi and Kashgar.
        for city in ["chongqing", "urumqi", "kashgar"] as [Place.ID] {
            #expect(try network.plan(RouteRequest(from: city, to: "almaty", objective: .time, modes: [.road])) != nil, "\(city)")
        }
        #expect(try plan("aktau", "ashgabat", modes: [.road]).totals.countries == ["KZ", "TM"])
        #expect(try plan("mashhad", "bandar-abbas", modes: [.road]).totals.modes == [.road])
    }

    /// `compare` names a route after a corridor only when the route follows most of its defining places.
    @Test func compareNamesOnlyCorridorsTheRouteFollows() throws {
        let rows = try network.compare(RouteRequest(from: "kashgar", to: "tashkent"))
        let turkmenbashi = try #require(rows.first { $0.corridor == "middle-corridor-turkmenbashi" })
        #expect(turkmenbashi.plan == nil)
        #expect(turkmenbashi.reason?.contains("would pass only 3 of the corridor's 11 places") == true, "\(turkmenbashi.reason ?? "")")
        let irkeshtam = try #require(rows.first { $0.corridor == "cn-kg-uz-tm-irkeshtam" })
        #expect(irkeshtam.plan?.passes("irkeshtam") == true)
        let xian = try network.compare(RouteRequest(from: "xian", to: "tehran"))
        let unfollowed = xian.filter { row in row.plan == nil && (row.reason ?? "").contains("would pass only") }
        #expect(unfollowed.isEmpty)
    }
}
