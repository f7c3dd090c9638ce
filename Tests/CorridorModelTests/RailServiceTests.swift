import Foundation
import Testing
@testable import CorridorModel

/// Express block trains against regular freight trains: speeds, the China–Kazakhstan border, and the gauge change there.
@Suite("Rail service: express or regular")
struct RailServiceTests {
    /// The Khorgos border drawn small (fixture figures: express 1200 km/day and 24 h at the border, regular 480 km/day):
    ///
    /// ```
    ///   urumqi (CN) ══ rail 1435, 600 km ══ khorgos (CN) ══ dual gauge, 10 km ══ altynkol (KZ) ══ rail 1520, 200 km ══ almaty (KZ)
    ///                                          └────── road 10 km ──────┘                                              ║ rail 1520, 100 km
    ///   crossings khorgos → altynkol: rail 90 h, 400 USD; road 20 h, 500 USD;                                      tashkent (UZ)
    ///             altynkol → khorgos: rail 40 h, 250 USD;  almaty – tashkent: rail 6 h, 100 USD
    ///   gauge change at altynkol 2 h, 100 USD; rail↔road at khorgos and altynkol 3 h, 150 USD
    /// ```
    static let network: Network = {
        let rail: (Place.ID, Place.ID, Int64, Int64) -> BorderCrossing = { a, b, hours, dollars in
            BorderCrossing(id: BorderCrossing.ID("rail-\(a)-\(b)"), from: a, to: b, mode: .rail, direction: .oneWay,
                           time: Fixtures.hours(hours), fee: Fixtures.dollars(dollars), source: "fixture", confidence: .assumption)
        }
        return Network(
            name: "khorgos",
            places: [Fixtures.place("urumqi", "CN", gauge: .standard), Fixtures.place("khorgos", "CN", gauge: .standard, x: 1),
                     Fixtures.place("altynkol", "KZ", gauge: .russian, x: 2), Fixtures.place("almaty", "KZ", gauge: .russian, x: 3),
                     Fixtures.place("tashkent", "UZ", gauge: .russian, x: 4)],
            links: [Fixtures.link(.rail, "urumqi", "khorgos", km: 600, gauge: .standard), Fixtures.link(.rail, "khorgos", "altynkol", km: 10),
                    Fixtures.link(.rail, "altynkol", "almaty", km: 200, gauge: .russian),
                    Fixtures.link(.rail, "almaty", "tashkent", km: 100, gauge: .russian), Fixtures.link(.road, "khorgos", "altynkol", km: 10)],
            crossings: [rail("khorgos", "altynkol", 90, 400), rail("altynkol", "khorgos", 40, 250),
                        BorderCrossing(id: "rail-almaty-tashkent", from: "almaty", to: "tashkent", mode: .rail, time: Fixtures.hours(6),
                                       fee: Fixtures.dollars(100), source: "fixture", confidence: .assumption),
                        BorderCrossing(id: "road-khorgos-altynkol", from: "khorgos", to: "altynkol", mode: .road, time: Fixtures.hours(20),
                                       fee: Fixtures.dollars(500), source: "fixture", confidence: .assumption)],
            transfers: [Transfer(id: "gauge-change-altynkol", place: "altynkol", kind: .gaugeChange, time: Fixtures.hours(2),
                                 cost: Fixtures.dollars(100), source: "fixture", confidence: .assumption)]
                + ["khorgos", "altynkol"].map { place in
                    Transfer(id: Transfer.ID("rail-road-\(place)"), place: place, kind: .railRoad, time: Fixtures.hours(3),
                             cost: Fixtures.dollars(150), source: "fixture", confidence: .assumption)
                },
            parameters: Fixtures.parameters())
    }()

    func plan(_ from: Place.ID, _ to: Place.ID, _ service: RouteRequest.Service, objective: RouteRequest.Objective = .cost,
              modes: Set<Link.Mode> = Set(Link.Mode.allCases)) throws -> RoutePlan {
        try #require(try Self.network.plan(RouteRequest(from: from, to: to, objective: objective, modes: modes, service: service)))
    }

    @Test func fixtureIsValid() throws {
        #expect(try Self.network.validate().isEmpty)
    }

    @Test func expressIsTheDefault() {
        #expect(RouteRequest(from: "urumqi", to: "almaty").service == .express)
    }

    /// Express: 810 km at 1200 km/day = 972 min, 24 h at the border, no time to change gauge = 2412 min.
    /// Regular: 810 km at 480 km/day = 2430 min, 90 h at the border (CPMM's time, transloading included), no time to
    /// change gauge = 7830 min. Both pay 824 USD.
    @Test func expressTakesTheDwellAndRegularTheCPMMTime() throws {
        let express = try plan("urumqi", "almaty", .express), regular = try plan("urumqi", "almaty", .regular)
        #expect(express.places == ["urumqi", "khorgos", "altynkol", "almaty"] && regular.places == express.places)
        #expect(express.totals.time == Estimate(exactly: 972 + 1440))
        #expect(regular.totals.time == Estimate(exactly: 2430 + 5400))
        #expect(express.totals.cost == regular.totals.cost)
        #expect(express.totals.cost.typical == 82_400)
        #expect(express.totals.co2 == regular.totals.co2)

        #expect(express.crossings.map(\.time) == [Fixtures.hours(24)])
        #expect(regular.crossings.map(\.time) == [Fixtures.hours(90)])
        // The gauge change is still a step with its fee; its time is inside the border's, for both services.
        #expect(express.transfers.map(\.transfer) == ["gauge-change-altynkol"])
        #expect(express.transfers[0].time == .zero && express.transfers[0].cost == Fixtures.dollars(100))
        #expect(regular.transfers[0].time == .zero && regular.transfers[0].cost == Fixtures.dollars(100))
        // The plan says why the gauge change shows no time, so a reader does not take it for a missing figure.
        #expect(express.transfers[0].timeInBorderDwell && regular.transfers[0].timeInBorderDwell)
        expectTotalsAddUp(express)
        expectTotalsAddUp(regular)
    }

    /// The dwell holds both ways; the CPMM rows differ by direction.
    @Test func theDwellHoldsEastboundToo() throws {
        let express = try plan("almaty", "urumqi", .express), regular = try plan("almaty", "urumqi", .regular)
        #expect(express.crossings.map(\.crossing) == ["rail-altynkol-khorgos"])
        #expect(express.totals.time.typical == 972 + 1440)
        #expect(regular.totals.time.typical == 2430 + 2400)
    }

    /// Other rail borders and road borders keep their own times, and road legs do not depend on the rail service.
    @Test func onlyChinaKazakhstanRailCrossingsChange() throws {
        let express = try plan("urumqi", "tashkent", .express), regular = try plan("urumqi", "tashkent", .regular)
        #expect(express.crossings.map(\.crossing) == ["rail-khorgos-altynkol", "rail-almaty-tashkent"])
        #expect(express.crossings.map(\.time) == [Fixtures.hours(24), Fixtures.hours(6)])
        #expect(regular.crossings.map(\.time) == [Fixtures.hours(90), Fixtures.hours(6)])

        for service in RouteRequest.Service.allCases {
            let road = try plan("khorgos", "altynkol", service, objective: .time, modes: [.road])
            #expect(road.crossings.map(\.time) == [Fixtures.hours(20)])
            #expect(road.totals.time.typical == 10 + 20 * 60, "\(service)")   // 10 km at 60 km/h, no rest needed: 10 min
        }
    }

    /// With regular trains a truck across the border is faster; the express train beats it.
    @Test func theFastestModeDependsOnTheService() throws {
        // Road across: rail to khorgos, rail↔road 3 h, 20 min + 20 h, rail↔road 3 h, then rail; no gauge change.
        let express = try plan("urumqi", "almaty", .express, objective: .time)
        let regular = try plan("urumqi", "almaty", .regular, objective: .time)
        #expect(express.totals.modes == [.rail])
        #expect(regular.totals.modes == [.rail, .road])
        #expect(regular.crossings.map(\.crossing) == ["road-khorgos-altynkol"])
        #expect(express.totals.time.typical < regular.totals.time.typical)
    }

    /// The corridor's express trains on the bundled network: only the Alashankou and Khorgos rail crossings take the
    /// sheet's express dwell; their gauge changes add no time for either service (both border times include them),
    /// and every other step is priced as for regular trains apart from the rail speed.
    @Test func bundledXianToTehranByService() throws {
        let network = try Bundled.network()
        let dwell = try #require(network.parameter("gauge_border_dwell_express_train"))
        let minutes = { (hours: Decimal) in NSDecimalNumber(decimal: hours * 60).int64Value }
        let dwellTime = Estimate(low: minutes(dwell.low), typical: minutes(dwell.typical), high: minutes(dwell.high))
        let request = RouteRequest(from: "xian", to: "tehran", objective: .cost, modes: [.rail])
        var regularRequest = request
        regularRequest.service = .regular
        let express = try #require(try network.plan(request)), regular = try #require(try network.plan(regularRequest))
        #expect(express.places == regular.places)
        #expect(express.totals.cost == regular.totals.cost)
        #expect(express.totals.time.typical < regular.totals.time.typical)
        for (e, r) in zip(express.crossings, regular.crossings) {
            let chinaKazakhstan = Set([e.fromCountry, e.toCountry]) == ["CN", "KZ"]
            let row = try #require(network.crossings.first { $0.id == e.crossing })
            #expect(e.time == (chinaKazakhstan ? dwellTime : row.time), "\(e.crossing)")
            #expect(r.time == row.time, "\(r.crossing)")
        }
        #expect(express.crossings.contains { Set([$0.fromCountry, $0.toCountry]) == ["CN", "KZ"] })
        for (e, r) in zip(express.transfers, regular.transfers) {
            let atTheBorder = ["dostyk", "altynkol"].contains(e.place)
            let row = try #require(network.transfers.first { $0.id == e.transfer })
            #expect(e.time == (atTheBorder ? .zero : row.time) && r.time == e.time, "\(e.transfer)")
            #expect(e.timeInBorderDwell == atTheBorder && r.timeInBorderDwell == atTheBorder, "\(e.transfer)")
            #expect(e.cost == r.cost)
        }
        expectTotalsAddUp(express)
        expectTotalsAddUp(regular)
    }

    /// Xi'an → Tashkent by express block train, about 4,500 km: KTZ reported a 5-day record in 2024, the low end
    /// of the plan; typical trains from other Chinese cities take 12–14 days for a longer way, so the typical
    /// time lies between (about a week); regular trains take well over a week.
    @Test func bundledXianToTashkentMatchesTheWorkedExample() throws {
        let network = try Bundled.network()
        var request = RouteRequest(from: "xian", to: "tashkent", objective: .time, modes: [.rail])
        let express = try #require(try network.plan(request))
        #expect(express.totals.time.low <= 5 * 1440 && 5 * 1440 <= express.totals.time.high, "\(express.totals.time)")
        #expect(express.totals.time.typical >= 5 * 1440 && express.totals.time.typical <= 8 * 1440, "\(express.totals.time)")
        request.service = .regular
        let regular = try #require(try network.plan(request))
        #expect(regular.totals.time.typical > 10 * 1440, "\(regular.totals.time)")
    }
}
