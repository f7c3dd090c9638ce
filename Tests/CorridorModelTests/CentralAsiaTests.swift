import Foundation
import Testing
@testable import CorridorModel

@Suite("Routes on the bundled Central Asia network")
struct CentralAsiaTests {
    let network: Network
    init() throws { network = try Bundled.network() }

    func country(_ id: Place.ID) -> String { network.place(id)!.country }

    @Test func xianToTehranByRailPaysAtLeastTwoGaugeChanges() throws {
        for objective in RouteRequest.Objective.allCases {
            let plan = try #require(try network.plan(RouteRequest(from: "xian", to: "tehran", objective: objective, modes: [.rail])))
            #expect(plan.totals.modes == [.rail])
            #expect(plan.totals.gaugeChanges >= 2, "\(objective): \(plan.places)")
            #expect(plan.totals.borderCrossings >= 3)
            expectTotalsAddUp(plan)
            // Every change of gauge along the legs is paid by a transfer.
            let gauges = plan.legs.compactMap(\.gauge)
            let changes = zip(gauges, gauges.dropFirst()).filter { $0 != $1 }.count
            #expect(changes == plan.totals.gaugeChanges)
        }
    }

    @Test func avoidingKazakhstanGoesThroughKyrgyzstanAndUzbekistan() throws {
        let request = RouteRequest(from: "xian", to: "tehran", objective: .cost, avoidedCountries: ["KZ"])
        if let plan = try network.plan(request) {
            #expect(!plan.places.map(country).contains("KZ"))
            #expect(plan.totals.countries.contains("KG") && plan.totals.countries.contains("UZ"))
            expectTotalsAddUp(plan)
        } else {
            let reason = network.explainNoRoute(request).reason
            #expect(reason.contains("KZ"))
        }
        // By rail alone there is no such route today: the explanation names the restriction.
        var railOnly = request
        railOnly.modes = [.rail]
        #expect(try network.plan(railOnly) == nil)
        let reason = network.explainNoRoute(railOnly).reason
        #expect(reason.contains("KZ") || reason.contains("under construction"), "\(reason)")
    }

    @Test func kashgarToTashkentByRoadToday() throws {
        let request = RouteRequest(from: "kashgar", to: "tashkent", objective: .time)
        let plan = try #require(try network.plan(request))
        #expect(plan.legs.contains { $0.mode == .road })
        #expect(plan.passes("irkeshtam") || plan.passes("torugart"))
        #expect(!plan.legs.flatMap(\.links).contains { id in network.links.first { $0.id == id }?.status != .operational })
        expectTotalsAddUp(plan)
    }

    @Test func kashgarToTashkentMayUseTheNewRailway() throws {
        for objective in RouteRequest.Objective.allCases {
            let today = try #require(try network.plan(RouteRequest(from: "kashgar", to: "tashkent", objective: objective)))
            var request = RouteRequest(from: "kashgar", to: "tashkent", objective: objective)
            request.includesUnderConstruction = true
            let later = try #require(try network.plan(request))
            #expect(later.objectiveValue <= today.objectiveValue, "\(objective)")
        }
        var cheapest = RouteRequest(from: "kashgar", to: "tashkent", objective: .cost)
        cheapest.includesUnderConstruction = true
        let plan = try #require(try network.plan(cheapest))
        #expect(plan.uses("rail-torugart-makmal"))
        #expect(plan.transfers.contains { $0.transfer == "gauge-change-makmal" })
        // The railway's corridor cannot serve the pair until links under construction are allowed.
        cheapest.includesUnderConstruction = false
        #expect(try network.plan(cheapest, within: "cn-kg-uz-tm-cku-railway") == nil)
        let row = try network.compare(cheapest, corridors: ["cn-kg-uz-tm-cku-railway"])[0]
        #expect(row.reason == "the corridor needs links under construction or planned")
    }

    @Test func seedCorridorsAreCoveredEndToEnd() throws {
        let first = try network.matrix(from: ["lianyungang", "xian", "yiwu"], to: ["tehran", "bandar-abbas"],
                                       template: RouteRequest(from: "xian", to: "tehran", objective: .cost, modes: [.rail]))
        let second = try network.matrix(from: ["kashgar"], to: ["tashkent", "turkmenabat", "ashgabat", "mashhad"],
                                        template: RouteRequest(from: "kashgar", to: "tashkent", objective: .time))
        for plan in (first.plans + second.plans).joined() {
            let plan = try #require(plan)
            expectTotalsAddUp(plan)
            #expect(plan.totals.time.low < plan.totals.time.high && plan.totals.cost.low < plan.totals.cost.high)
        }
    }

    @Test func everyCorridorServesXianToTehranOnceConstructionIsAllowed() throws {
        var request = RouteRequest(from: "xian", to: "tehran", objective: .cost)
        request.includesUnderConstruction = true
        let rows = try network.compare(request)
        #expect(rows.count == network.corridors.count + 1)
        let best = try #require(rows.last?.plan)
        for row in rows {
            let plan = try #require(row.plan, "\(row.corridor?.code ?? "best")")
            #expect(plan.objectiveValue >= best.objectiveValue)
            for id in network.corridor(row.corridor ?? "")?.places ?? [] { #expect(plan.passes(id), "\(row.name) passes \(id)") }
            expectTotalsAddUp(plan)
        }
    }

    /// Kashgar → Ashgabat: the road and rail corridor through Kyrgyzstan and Uzbekistan lies between the two places;
    /// the Northern route can serve the pair only by a long detour through Russia, and the comparison says by how much.
    @Test func comparisonMeasuresEachCorridorsDetour() throws {
        let rows = try network.compare(RouteRequest(from: "kashgar", to: "ashgabat", objective: .distance))
        let best = try #require(rows.last?.plan)
        for row in rows {
            guard let plan = row.plan else { #expect(row.detour == nil); continue }
            let detour = try #require(row.detour)
            #expect(abs(detour - Double(plan.totals.distance) / Double(best.totals.distance)) < 1e-12)
            #expect(detour >= 1, "no corridor is shorter than the shortest route")
        }
        #expect(rows.last?.detour == 1)
        let irkeshtam = try #require(rows.first { $0.corridor == "cn-kg-uz-tm-irkeshtam" }?.detour)
        let northern = try #require(rows.first { $0.corridor == "northern-route" }?.detour)
        #expect(irkeshtam < CorridorComparison.notableDetour && northern > 3)
    }

    @Test func gasGoesOnlyByPipeline() throws {
        let gas = RouteRequest(from: "galkynysh", to: "khorgos-gas", cargo: .tonnes(10_000), commodity: .gas)
        let plan = try #require(try network.plan(gas))
        #expect(plan.totals.modes == [.pipeline])
        #expect(plan.totals.countries == ["TM", "UZ", "KZ", "CN"])
        #expect(plan.totals.borderCrossings == 3)
        #expect(plan.crossings.map(\.mode) == [.pipeline, .pipeline, .pipeline])
        expectTotalsAddUp(plan)
        // Line D is planned only.
        var lineD = RouteRequest(from: "galkynysh", to: "wuqia", cargo: .tonnes(10_000), commodity: .gas)
        #expect(try network.plan(lineD) == nil)
        #expect(network.explainNoRoute(lineD).reason.contains("pipeline-d-vahdat-alay"))
        lineD.includesPlanned = true
        let planned = try #require(try network.plan(lineD))
        #expect(planned.uses("pipeline-d-vahdat-alay"))
        #expect(planned.totals.countries == ["TM", "UZ", "TJ", "KG", "CN"] && planned.totals.borderCrossings == 4)
        // The sourced sections from the Turkmen-Uzbek border: UZ 205, TJ 391, KG 215, CN 155 km.
        #expect(planned.legs.dropFirst().map(\.distance) == [205_000, 391_000, 215_000, 155_000])
        // Gas cannot go by rail; containers cannot go by pipeline.
        let gasByRail = RouteRequest(from: "xian", to: "tehran", cargo: .tonnes(100), commodity: .gas)
        #expect(try network.plan(gasByRail) == nil)
        #expect(network.explainNoRoute(gasByRail).reason.contains("pipelines only"))
        #expect(throws: NetworkError.self) { try network.plan(RouteRequest(from: "xian", to: "tehran", cargo: .tonnes(100), commodity: .gas, modes: [.rail])) }
        #expect(try network.plan(RouteRequest(from: "galkynysh", to: "khorgos-gas")) == nil)
    }

    /// A place the commodity's modes cannot reach points to the place beside it that they do reach: the gas metering
    /// station next to Khorgos station for gas, and the converse for containers.
    @Test func anUnservedPlaceSuggestsItsNeighbourForTheCommodity() throws {
        let gasToStation = RouteRequest(from: "galkynysh", to: "khorgos", cargo: .tonnes(10_000), commodity: .gas)
        #expect(try network.plan(gasToStation) == nil)
        let reason = network.explainNoRoute(gasToStation).reason
        #expect(reason.hasPrefix("'khorgos' has only rail, road links, so it cannot be served for gas (pipelines only)"), "\(reason)")
        #expect(reason.hasSuffix("; try 'khorgos-gas' (Khorgos gas metering station, 2 km away) instead"), "\(reason)")
        let containersToStation = RouteRequest(from: "khorgos-gas", to: "almaty")
        let converse = network.explainNoRoute(containersToStation).reason
        #expect(converse.contains("; try 'khorgos' (Khorgos (CN), 2 km away) or 'altynkol' "), "\(converse)")
        #expect(!converse.contains("khorgos-gas' ("))
        // Nothing within reach: the sentence ends where it did.
        let gasToTehran = network.explainNoRoute(RouteRequest(from: "galkynysh", to: "tehran", cargo: .tonnes(100), commodity: .gas)).reason
        #expect(gasToTehran.hasSuffix("with the modes allowed"), "\(gasToTehran)")
        #expect(throws: NetworkError.self) { try network.plan(RouteRequest(from: "saman-depe", to: "gazli", modes: [.pipeline])) }
    }

    @Test func middleCorridorCrossesTheCaspian() throws {
        let plan = try #require(try network.plan(RouteRequest(from: "xian", to: "kars", objective: .cost), within: "middle-corridor"))
        #expect(plan.legs.contains { $0.mode == .ferry })
        #expect(plan.transfers.filter { $0.kind == .railFerry }.count == 2)
        expectTotalsAddUp(plan)
    }

    @Test func corridorsRunEitherWay() throws {
        let corridor = try #require(network.corridor("cn-kz-tm-ir-dostyk"))
        #expect(network.waypoints(of: corridor, from: "xian", to: "tehran") == corridor.places)
        #expect(network.waypoints(of: corridor, from: "tehran", to: "xian") == corridor.places.reversed())
        #expect(network.waypoints(of: corridor, from: "dostyk", to: "gorgan") == Array(corridor.places.dropFirst(2)))
        let back = try #require(try network.plan(RouteRequest(from: "tehran", to: "xian"), within: "cn-kz-tm-ir-dostyk"))
        #expect(back.passes("inche-burun") && back.passes("alashankou"))
        #expect(back.totals.borderCrossings == 3)
    }
}
