import Foundation
import Testing
@testable import CorridorModel

/// Scenarios on the drawn fixture `Fixtures.railOrRoad` (see its map), with every figure worked out by hand.
@Suite("Scenarios: reading, applying, refusing, differences")
struct ScenarioTests {
    static let header = "change,target,id,column,value,note,source\n"

    func scenario(_ lines: String, file: String = "what-if.csv") throws -> Scenario {
        try Scenario(parsing: Self.header + lines, file: file)
    }

    func plan(_ network: Network, _ objective: RouteRequest.Objective) throws -> RoutePlan? {
        try network.plan(RouteRequest(from: "alpha", to: "epsilon", objective: objective))
    }

    /// The fixture plus a planned road alpha ── 400 km ── delta with its crossing (6 h, 200 USD).
    static func withPlannedRoad() -> Network {
        let base = Fixtures.railOrRoad()
        return Network(name: base.name, places: base.places,
                       links: base.links + [Fixtures.link(.road, "alpha", "delta", km: 400, status: .planned)],
                       crossings: base.crossings + [BorderCrossing(id: "road-alpha-delta", from: "alpha", to: "delta", mode: .road,
                                                                   time: Fixtures.hours(6), fee: Fixtures.dollars(200),
                                                                   source: "fixture", confidence: .assumption)],
                       transfers: base.transfers, parameters: base.parameters, corridors: base.corridors)
    }

    @Test func closingTheRailBorderForcesTheRoadDetour() throws {
        // Cheapest alpha → epsilon is all rail: 724 USD, 5292 min, CO2e 810 km × 0.03 kg × 18 t = 437.4 kg + the gauge
        // change's 2 TEU × 5 kg = 447.4 kg. With rail-beta-delta closed the cheapest is road to delta then rail:
        // 600 × 2 + 200 + 120 + 200 × 0.40 = 1600 USD; 600 (driven within a day, no rest) + 360 + 360 + 240 = 1560 min;
        // CO2e 600 × 0.09 × 18 = 972 kg + 200 × 0.03 × 18 = 108 kg + 10 kg = 1090 kg. Δ cost +876 USD, Δ time −3732 min,
        // Δ CO2e +642.6 kg, Δ km −10.
        let base = Fixtures.railOrRoad()
        let what = try scenario("close,link,rail-beta-delta,,,border rail line shut,test\n")
        let changed = try what.apply(to: base).network
        #expect(changed.links.first { $0.id == "rail-beta-delta" }?.status == .closed)
        let before = try #require(try plan(base, .cost)), after = try #require(try plan(changed, .cost))
        #expect(after.places == ["alpha", "gamma", "delta", "epsilon"])
        let d = PlanDifference(from: before, to: after)
        #expect(d.cost.typical == 87_600)
        #expect(d.time.typical == -3732)
        #expect(d.co2.typical == 642_600)
        #expect(d.distance == -10_000)
        #expect(d.linksDropped == ["rail-alpha-beta", "rail-beta-delta"])
        #expect(d.linksAdded == ["road-alpha-gamma", "road-gamma-delta"])
        #expect(d.crossingsAdded == ["road-gamma-delta"] && d.crossingsDropped == ["rail-beta-delta"])
        #expect(d.countriesAdded.isEmpty && d.countriesDropped.isEmpty)
        // The corridor through the closed link still validates, and compare says why it cannot serve.
        let rows = try changed.compare(RouteRequest(from: "alpha", to: "epsilon"), corridors: ["northern"])
        #expect(rows[0].reason == "the corridor is cut by closed links")
    }

    @Test func openingAPlannedRoadShortensTheFastestRoute() throws {
        // Fastest alpha → epsilon today is all road: 820 min of driving (two 12-hour days: one rest of 12 h, 6 h of it
        // at the border) + 360 + 360 = 1540 min, 1840 USD, 820 km × 1.62 kg = 1328.4 kg. Opened, alpha ── 400 km ── delta
        // by road: 400 + 220 = 620 min of driving, within a day, + the 6 h border = 980 min; 800 + 200 + 440 = 1440 USD;
        // 620 km × 1.62 kg = 1004.4 kg. Δ time −560 min, Δ cost −400 USD, Δ CO2e −324 kg.
        let base = Self.withPlannedRoad()
        let what = try scenario("open,link,road-alpha-delta,,,road finished,test\n")
        let changed = try what.apply(to: base).network
        let before = try #require(try plan(base, .time)), after = try #require(try plan(changed, .time))
        #expect(after.places == ["alpha", "delta", "epsilon"])
        let d = PlanDifference(from: before, to: after)
        #expect(d.time.typical == -560)
        #expect(d.cost.typical == -40_000)
        #expect(d.co2.typical == -324_000)
        #expect(d.linksAdded == ["road-alpha-delta"] && d.crossingsAdded == ["road-alpha-delta"])
        #expect(d.linksDropped == ["road-alpha-gamma", "road-gamma-delta"])
    }

    @Test func setsRangesByStemAndParametersByKey() throws {
        let what = try scenario("""
            set,crossing,rail-beta-delta,time_h,12|24|36,halved dwell,test
            set,parameter,rail_linehaul_feu_km_1520_general,value,0.2,cheaper rail,test

            """)
        let changed = try what.apply(to: Fixtures.railOrRoad()).network
        #expect(changed.crossing(from: "beta", to: "delta", mode: .rail)?.time == Estimate(low: 720, typical: 1440, high: 2160))
        let rail = try changed.costProfile().tariffs[.rail]
        #expect(rail == Estimate(exactly: 20_000))
        // 810 km × 0.20 + 300 + 100 = 562 USD; 972 + 1440 + 1440 = 3852 min.
        let cheapest = try #require(try plan(changed, .cost))
        #expect(cheapest.totals.cost.typical == 56_200 && cheapest.totals.time.typical == 3852)
    }

    @Test func aSlowerRoadLinkMovesTheFastestRoute() throws {
        // Fastest alpha → epsilon today is all road, 1540 min, 1840 USD, 1328.4 kg, 820 km (see above). With
        // road-delta-epsilon at 30 km/h (works on the road, say) that route drives 600 + 440 = 1040 min: ranked at
        // 1040 × 2 + 360 = 2440 min with the rest spread, above road to delta then rail (600 × 2 + 360 + 360 + 240 =
        // 2160), which wins: 600 + 360 + 360 + 240 = 1560 min; 1200 + 200 + 120 + 200 × 0.40 = 1600 USD;
        // 600 × 0.09 × 18 + 200 × 0.03 × 18 + 2 × 5 = 1090 kg; 800 km. Δ time +20 min, Δ cost −240 USD,
        // Δ CO2e −238.4 kg, Δ km −20. The other road links keep the country's 60 km/h.
        let base = Fixtures.railOrRoad()
        let slow = try scenario("set,link,road-delta-epsilon,speed_kmh,30,road works,test\n")
        let changed = try slow.apply(to: base).network
        #expect(changed.links.first { $0.id == "road-delta-epsilon" }?.speed == Estimate(exactly: 30_000))
        #expect(changed.links.filter { $0.speed != nil }.count == 1)
        let before = try #require(try plan(base, .time)), after = try #require(try plan(changed, .time))
        #expect(after.places == ["alpha", "gamma", "delta", "epsilon"] && after.legs.last?.mode == .rail)
        let d = PlanDifference(from: before, to: after)
        #expect(d.time == Estimate(exactly: 20) && d.cost.typical == -24_000 && d.co2.typical == -238_400 && d.distance == -20_000)
        #expect(d.linksAdded == ["rail-delta-epsilon"] && d.linksDropped == ["road-delta-epsilon"])
        // By road only, the slow link is driven: 1040 min of driving need one 12-hour rest, 6 h of it spent at the
        // border: 1040 + 360 + 360 = 1760 min, 220 min more than the 1540 of the base; the cost is unchanged.
        var roadOnly = RouteRequest(from: "alpha", to: "epsilon", objective: .time)
        roadOnly.modes = [.road]
        let road = try #require(try changed.plan(roadOnly)), baseRoad = try #require(try base.plan(roadOnly))
        #expect(road.totals.time == Estimate(exactly: 1760) && baseRoad.totals.time == Estimate(exactly: 1540))
        #expect(road.totals.cost == baseRoad.totals.cost)
    }

    @Test func aDearerRailLinkMovesTheCheapestRoute() throws {
        // Cheapest alpha → epsilon today is all rail: 724 USD, 5292 min, 447.4 kg. At 2 USD per FEU-km on
        // rail-alpha-beta alone, all rail costs 600 × 2 + 210 × 0.40 + 300 + 100 = 1684 USD, above road to delta then
        // rail: 1600 USD (its rail-delta-epsilon keeps 0.40), 1560 min, 1090 kg, 800 km. Δ cost +876 USD,
        // Δ time −3732 min, Δ CO2e +642.6 kg, Δ km −10. A range sets the three columns: low and high follow.
        let base = Fixtures.railOrRoad()
        let dear = try scenario("set,link,rail-alpha-beta,tariff_usd_feu_km,1|2|3,dearer line,test\n")
        let changed = try dear.apply(to: base).network
        #expect(changed.links.first { $0.id == "rail-alpha-beta" }?.tariff == Estimate(low: 100_000, typical: 200_000, high: 300_000))
        let before = try #require(try plan(base, .cost)), after = try #require(try plan(changed, .cost))
        #expect(after.places == ["alpha", "gamma", "delta", "epsilon"])
        let d = PlanDifference(from: before, to: after)
        #expect(d.cost.typical == 87_600 && d.time.typical == -3732 && d.co2.typical == 642_600 && d.distance == -10_000)
        // All rail still, by rail only: 600 × (1|2|3) + 210 × (0.30|0.40|0.50) + 400 = 1063|1684|2305 USD.
        var railOnly = RouteRequest(from: "alpha", to: "epsilon", objective: .cost)
        railOnly.modes = [.rail]
        #expect(try changed.plan(railOnly)?.totals.cost == Estimate(low: 106_300, typical: 168_400, high: 230_500))
    }

    @Test func aBadLinkFigureIsRefusedAtTheChangeNamingTheLink() throws {
        let negative = try scenario("set,link,rail-delta-epsilon,speed_kmh,-5,slower,test\n", file: "slow.csv")
        let error = try #require(throws: NetworkError.self) { try negative.apply(to: Fixtures.railOrRoad()) }
        #expect(error.description == "Cannot load 'slow.csv', line 2: link 'rail-delta-epsilon' has speed_low_kmh '-5', which should be a number of km/h above 0 and at most 200. Leave a link's three speed or tariff columns empty to use the parameter sheet's figure.")
        let price = try scenario("close,link,road-alpha-gamma,,,fine,test\nset,link,rail-alpha-beta,tariff_usd_feu_km,1200,per box,test\n",
                                 file: "price.csv")
        #expect(throws: NetworkError.invalidLinkFigure(file: "price.csv", line: 3, link: "rail-alpha-beta", column: "tariff_low_usd_feu_km",
                                                       value: "1200", expected: "a number of US dollars per FEU-km above 0 and at most 50")) {
            try price.apply(to: Fixtures.railOrRoad())
        }
    }

    @Test func addsARowWithItsCrossingInEitherOrder() throws {
        let link = "add,link,road-alpha-delta,,from=alpha; to=delta; mode=road; length_km=400; status=operational; confidence=assumption,new road,test\n"
        let crossing = "add,crossing,road-alpha-delta,,from=alpha; to=delta; mode=road; direction=both; time_h=6; fee_usd=200; confidence=assumption,its border,test\n"
        for lines in [link + crossing, crossing + link] {
            let changed = try scenario(lines).apply(to: Fixtures.railOrRoad()).network
            let added = try #require(changed.links.first { $0.id == "road-alpha-delta" })
            #expect(added.length == 400_000 && added.source == "test" && added.notes == "new road")
            #expect(try plan(changed, .time)?.totals.time.typical == 980)
        }
    }

    @Test func closingACountryCutsEveryLinkIntoIt() throws {
        let changed = try scenario("close,country,bb,,,border shut,test\n").apply(to: Fixtures.railOrRoad()).network
        #expect(changed.links.filter { $0.status == .closed }.count == 4)   // the two links at delta from AA, and the two to epsilon
        #expect(try plan(changed, .cost) == nil)
        let why = changed.explainNoRoute(RouteRequest(from: "alpha", to: "epsilon"))
        #expect(why.reason.hasPrefix("every route is cut by closed links"))
    }

    @Test func closingAPlaceOrACrossingClosesTheirLinks() throws {
        let place = try scenario("close,place,gamma,,,depot shut,test\n").apply(to: Fixtures.railOrRoad()).network
        #expect(Set(place.links.filter { $0.status == .closed }.map(\.id)) == ["road-alpha-gamma", "road-gamma-delta"])
        let crossing = try scenario("close,crossing,road-gamma-delta,,,border shut,test\n").apply(to: Fixtures.railOrRoad()).network
        #expect(crossing.links.filter { $0.status == .closed }.map(\.id) == ["road-gamma-delta"])
    }

    @Test func aMissingIDIsRefusedWithFileLineAndSuggestion() throws {
        let what = try scenario("open,link,road-alpha-gamma,,,x,test\nclose,link,rail-beta-delto,,,typo,test\n", file: "typo.csv")
        #expect(throws: NetworkError.scenarioChange(file: "typo.csv", line: 2, id: "road-alpha-gamma",
            problem: "link 'road-alpha-gamma' is already operational; drop the change or name the link to open")) {
            try what.apply(to: Fixtures.railOrRoad())
        }
        let typo = try scenario("close,link,rail-beta-delto,,,typo,test\n", file: "typo.csv")
        let error = try #require(throws: NetworkError.self) { try typo.apply(to: Fixtures.railOrRoad()) }
        #expect(error.description == "Cannot apply 'typo.csv', line 2 ('rail-beta-delto'): the network has no link 'rail-beta-delto' in links.csv; did you mean 'rail-beta-delta'?")
    }

    @Test func aChangeLeavingTheNetworkInvalidIsRefusedAtItsLine() throws {
        // The added road crosses from AA to BB, and no crossing prices it.
        let road = try scenario("""
            close,link,road-alpha-gamma,,,fine,test
            add,link,road-alpha-delta,,from=alpha; to=delta; mode=road; length_km=400; status=operational; confidence=assumption,new,test

            """, file: "road.csv")
        let error = try #require(throws: NetworkError.self) { try road.apply(to: Fixtures.railOrRoad()) }
        #expect(error == .crossingMissing(file: "road.csv", line: 3, link: "road-alpha-delta", from: "alpha", to: "delta", mode: .road))
        // A value that does not read is reported at the change, in the network file's words.
        let length = try scenario("set,link,road-alpha-gamma,length_km,-5,shorter,test\n", file: "length.csv")
        #expect(throws: NetworkError.invalidLength(file: "length.csv", line: 2, link: "road-alpha-gamma", value: "-5")) {
            try length.apply(to: Fixtures.railOrRoad())
        }
        // A change that breaks another row: epsilon on standard gauge leaves rail-delta-epsilon (1520) without a gauge change.
        let gauge = try scenario("set,parameter,vot_usd_per_feu_hour,value,40,fine,test\nset,place,epsilon,gauge_mm,1435,regauged,test\n",
                                 file: "gauge.csv")
        let broken = try #require(throws: NetworkError.self) { try gauge.apply(to: Fixtures.railOrRoad()) }
        guard case let .scenarioBreaksNetwork(file, line, id, inner) = broken else { Issue.record("\(broken)"); return }
        #expect(file == "gauge.csv" && line == 3 && id == "epsilon")
        #expect(inner == .gaugeBreakWithoutTransfer(file: "links.csv", line: 4, link: "rail-delta-epsilon", place: "epsilon",
                                                    linkGauge: .russian, placeGauge: .standard))
    }

    @Test func malformedFilesAreRefusedWithFileAndLine() throws {
        #expect(throws: NetworkError.invalidValue(file: "bad.csv", line: 2, column: "change", value: "shut",
                                                  expected: "one of 'close', 'open', 'set', 'add'")) {
            try scenario("shut,link,x,,,n,s\n", file: "bad.csv")
        }
        #expect(throws: NetworkError.invalidValue(file: "bad.csv", line: 3, column: "target", value: "transfer",
                                                  expected: "a target 'close' accepts ('link', 'place', 'crossing', 'country')")) {
            try scenario("close,link,x,,,n,s\nclose,transfer,x,,,n,s\n", file: "bad.csv")
        }
        #expect(throws: NetworkError.invalidValue(file: "bad.csv", line: 2, column: "source", value: "",
                                                  expected: "filled in (the column is required)")) {
            try scenario("close,link,x,,,why,\n", file: "bad.csv")
        }
        let column = try scenario("set,link,road-alpha-gamma,speed,90,faster,test\n", file: "bad.csv")
        let error = try #require(throws: NetworkError.self) { try column.apply(to: Fixtures.railOrRoad()) }
        #expect(error.description.hasPrefix("Cannot apply 'bad.csv', line 2 ('road-alpha-gamma'): links.csv has no column 'speed'"))
    }

    @Test func textRoundTrips() throws {
        let what = try scenario("""
            close,link,rail-beta-delta,,,"shut, for now",test
            add,place,zeta,,"name=Zeta; country=BB; lat=40; lon=64; kind=city; confidence=assumption",new town,"a ""quoted"" source"

            """)
        #expect(what.changes.count == 2 && what.changes[1].line == 3)
        let again = try Scenario(parsing: what.text, file: what.file)
        #expect(again == what)
        let changed = try what.apply(to: Fixtures.railOrRoad())
        #expect(changed.network.place("zeta")?.source == "a \"quoted\" source")
        #expect(changed.warnings.contains(.unreachablePlace(file: "places.csv", line: 7, place: "zeta")))
    }

    @Test(.enabled(if: (try? Bundled.network()) != nil, "the bundled network folder is readable"))
    func bundledScenariosApplyToTheBundledNetwork() throws {
        let folder = Bundled.directory.appendingPathComponent("scenarios")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(files.count >= 5)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let what = try Scenario(parsing: text, file: file)
            #expect(!what.changes.isEmpty, "\(file)")
            _ = try what.apply(to: try Bundled.network())
        }
    }
}
