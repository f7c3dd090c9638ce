import Foundation
import Testing

/// `corridor scenario import|list|show|export|delete` and `corridor network delete`, on the built binary.
@Suite struct ScenarioCommandTests {
    static let closeRailBorder = """
        change,target,id,column,value,note,source
        close,link,rail-khorgos-altynkol,,,"rail border shut, for the test",test fixture

        """

    @Test func theFirstRunStoresTheBundledScenarios() throws {
        let sandbox = try Sandbox()
        let list = try sandbox.run(["scenario", "list"])
        #expect(list.status == 0, "\(list)")
        let names = list.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: " ")[0]) }
        #expect(names == ["caspian-ferry-disruption", "china-kazakhstan-rail-dwell-halved", "cku-railway-open",
                          "iran-closed", "line-d-built"])
        let shown = try sandbox.run(["scenario", "show", "iran-closed"])
        #expect(shown.status == 0)
        #expect(shown.stdout.hasPrefix("Scenario 'iran-closed' on network 'central-asia', from iran-closed.csv, imported "))
        #expect(shown.stdout.contains("line 2  close country IR\n"))
    }

    @Test func listAndShowPrintJSONAndListByNetwork() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let file = try sandbox.write(Self.closeRailBorder, to: "shut.csv")
        #expect(try sandbox.run(["scenario", "import", file, "--network", "tiny"]).status == 0)
        let tiny = try sandbox.run(["scenario", "list", "--network", "tiny", "--format", "json"])
        #expect(tiny.status == 0, "\(tiny)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(tiny.stdout.utf8)) as? [String: Any])
        let rows = try #require(list["scenarios"] as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["shut"] && rows.first?["network"] as? String == "tiny"
                && rows.first?["changeCount"] as? Int == 1 && rows.first?["file"] as? String == "shut.csv", "\(tiny)")
        let all = try sandbox.run(["scenario", "list", "--format", "json"])
        #expect(all.stdout.components(separatedBy: "\"name\"").count - 1 == 6, "\(all)")   // the five bundled ones too
        let shown = try sandbox.run(["scenario", "show", "shut", "--format", "json"])
        let detail = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let change = (detail["changes"] as? [[String: Any]])?.first
        #expect(change?["line"] as? Int == 2 && change?["change"] as? String == "close" && change?["target"] as? String == "link"
                && change?["id"] as? String == "rail-khorgos-altynkol" && change?["source"] as? String == "test fixture", "\(shown)")
        let unknown = try sandbox.run(["scenario", "list", "--network", "atlantis"])
        #expect(unknown.status == 66 && unknown.stderr.contains("No network named 'atlantis'"), "\(unknown)")
    }

    @Test func anUnknownScenarioPointsToTheScenarioList() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.run(["route", "--from", "Xi'an", "--to", "Tehran", "--scenario", "nope"])
        #expect(result.status == 66, "\(result)")
        #expect(result.stderr.contains("error: No scenario named 'nope'"), "\(result)")
        #expect(result.stderr.hasSuffix("hint: 'corridor scenario list' shows the stored scenarios.\n"), "\(result)")
    }

    @Test func importShowExportDelete() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let file = try sandbox.write(Self.closeRailBorder, to: "shut.csv")
        let imported = try sandbox.run(["scenario", "import", file, "--network", "tiny"])
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stdout == "Imported scenario 'shut' on network 'tiny': 1 change.\n")
        let exported = try sandbox.run(["scenario", "export", "shut"])
        #expect(exported.stdout == Self.closeRailBorder)
        let written = try sandbox.run(["scenario", "export", "shut", "--output", "copy.csv"])
        #expect(written.status == 0)
        #expect(sandbox.contents(of: sandbox.folder.appendingPathComponent("copy.csv").path) == Data(Self.closeRailBorder.utf8))
        let again = try sandbox.run(["scenario", "export", "shut", "--output", "copy.csv"])
        #expect(again.status != 0 && again.stderr.contains("copy.csv"))
        let taken = try sandbox.run(["scenario", "import", file, "--network", "tiny"])
        #expect(taken.status == 1 && taken.stderr.contains("A scenario named 'shut' already exists"))
        let deleted = try sandbox.run(["scenario", "delete", "shut"])
        #expect(deleted.status == 0 && deleted.stdout == "Deleted scenario 'shut'.\n")
        let gone = try sandbox.run(["scenario", "show", "shut"])
        #expect(gone.status == 66)
    }

    @Test func aScenarioThatDoesNotApplyIsRefusedAndWritesNothing() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let before = try #require(sandbox.contents(of: sandbox.databasePath))
        let typo = try sandbox.write(Self.closeRailBorder.replacingOccurrences(of: "rail-khorgos-altynkol", with: "rail-khorgos-altynkl"),
                                     to: "typo.csv")
        let refused = try sandbox.run(["scenario", "import", typo, "--name", "typo", "--network", "tiny"])
        #expect(refused.status == 65)
        #expect(refused.stderr == """
            error: Cannot apply 'typo.csv', line 2 ('rail-khorgos-altynkl'): the network has no link 'rail-khorgos-altynkl' in links.csv; did you mean 'rail-khorgos-altynkol'?

            """)
        // A road between the two countries without a crossing: the network file's words, at the scenario's line.
        let road = try sandbox.write("""
            change,target,id,column,value,note,source
            add,link,road-urumqi-almaty,,from=urumqi; to=almaty; mode=road; length_km=900; status=operational; confidence=assumption,new road,test

            """, to: "road.csv")
        let invalid = try sandbox.run(["scenario", "import", road, "--network", "tiny"])
        #expect(invalid.status == 65)
        #expect(invalid.stderr.hasPrefix("error: Cannot load 'road.csv', line 2: link 'road-urumqi-almaty' crosses a border between 'urumqi' and 'almaty'"))
        #expect(sandbox.contents(of: sandbox.databasePath) == before)
    }

    /// A link's own speed, set by a scenario on a network file that predates the column: refused when absurd, naming
    /// the scenario's file, line and link; used by route when sound.
    @Test func aLinkSpeedIsCheckedThenUsed() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let before = try #require(sandbox.contents(of: sandbox.databasePath))
        func speed(_ value: String) -> String {
            "change,target,id,column,value,note,source\nset,link,rail-altynkol-almaty,speed_kmh,\(value),slow order,test\n"
        }
        let typo = try sandbox.write(speed("1100"), to: "km-a-day.csv")
        let refused = try sandbox.run(["scenario", "import", typo, "--network", "tiny"])
        #expect(refused.status == 65)
        #expect(refused.stderr == "error: Cannot load 'km-a-day.csv', line 2: link 'rail-altynkol-almaty' has speed_low_kmh '1100', which should be a number of km/h above 0 and at most 200. Leave a link's three speed or tariff columns empty to use the parameter sheet's figure.\n")
        #expect(sandbox.contents(of: sandbox.databasePath) == before)
        let slow = try sandbox.write(speed("10"), to: "slow.csv")
        #expect(try sandbox.run(["scenario", "import", slow, "--network", "tiny"]).status == 0)
        let route = try sandbox.run(["route", "--from", "Urumqi", "--to", "Almaty", "--objective", "cost", "--modes", "rail",
                                     "--scenario", "slow", "--format", "json"])
        #expect(route.status == 0, "\(route)")
        // 330 km at 10 km/h is 1980 min; the cost does not depend on the speed.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(route.stdout.utf8)) as? [String: Any])
        let difference = try #require(json["difference"] as? [String: Any])
        let time = try #require(difference["timeMinutes"] as? [String: Any]), cost = try #require(difference["costCents"] as? [String: Any])
        #expect((time["typical"] as? Int).map { $0 > 1000 } == true && cost["typical"] as? Int == 0, "\(difference)")
    }

    @Test func aNetworkWithScenariosIsDeletedOnlyWithThem() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let file = try sandbox.write(Self.closeRailBorder, to: "shut.csv")
        _ = try sandbox.run(["scenario", "import", file, "--network", "tiny"])
        let refused = try sandbox.run(["network", "delete", "tiny"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is the base of scenario 'shut'"))
        #expect(refused.stderr.contains("hint: 'corridor network delete NAME --with-scenarios' deletes them too"))
        let replaced = try sandbox.run(["import", "network", try TinyNetwork.write(into: sandbox), "--name", "tiny", "--replace"])
        #expect(replaced.status == 1)
        let kept = try sandbox.run(["import", "network", try TinyNetwork.write(into: sandbox), "--name", "tiny", "--replace",
                                    "--keep-scenarios"])
        #expect(kept.status == 0, "\(kept)")
        let deleted = try sandbox.run(["network", "delete", "tiny", "--with-scenarios"])
        #expect(deleted.status == 0)
        #expect(deleted.stdout == "Deleted network 'tiny' and its scenarios 'shut'.\n")
        let edges = try sandbox.write("id,source,target,cost\n1,1,2,1.5\n", to: "roads.csv")
        _ = try sandbox.run(["import", "edges", edges])
        let graph = try sandbox.run(["network", "delete", "roads"])
        #expect(graph.status == 0 && graph.stdout == "Deleted graph 'roads'.\n")
        let list = try sandbox.run(["network", "list"])
        #expect(!list.stdout.contains("tiny") && !list.stdout.contains("roads"))
    }
}

/// `--scenario` and `--against` on route, compare and matrix, on the tiny network with its rail border closed.
///
/// Ürümqi → Almaty, one FEU, cheapest. Today all rail: 1010 km × $0.40 + $300 border + $100 gauge change = $804;
/// express time 670 km in 965 min + 5 km and 5 km in 7 min each + 330 km in 475 min (at 41,667 m/h) + 24 h at the
/// border (the gauge change is inside it) = 2894 min. With rail-khorgos-altynkol closed only road is left:
/// 1030 km × $2 + $150 = $2210; 1030 km driven at 50 km/h in 1236 min, two days at 16 h a day, whose one rest of 8 h
/// the 8 h at the border cover: 1236 + 480 = 1716 min. So Δ = +$1,406 (140,600 cents), −1178 min, +20 km.
@Suite struct ScenarioDifferenceTests {
    func sandbox() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let file = try sandbox.write(ScenarioCommandTests.closeRailBorder, to: "shut.csv")
        let imported = try sandbox.run(["scenario", "import", file, "--network", "tiny"])
        guard imported.status == 0 else { throw Sandbox.SandboxError.setupFailed(imported.description) }
        return sandbox
    }

    @Test func routePrintsBothPlansAndExactDifferences() throws {
        let sandbox = try sandbox()
        let json = try sandbox.run(["route", "--scenario", "shut", "--from", "urumqi", "--to", "almaty", "--format", "json"])
        #expect(json.status == 0, "\(json)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let difference = try #require(document["difference"] as? [String: Any])
        #expect((difference["costCents"] as? [String: Any])?["typical"] as? Int == 140_600)
        #expect((difference["timeMinutes"] as? [String: Any])?["typical"] as? Int == -1178)
        #expect(difference["distanceMetres"] as? Int == 20_000)
        #expect(difference["crossingsAdded"] as? [String] == ["road-khorgos"])
        #expect(difference["crossingsDropped"] as? [String] == ["rail-khorgos"])
        #expect(document["against"] as? String == "network 'tiny'")
        let base = try #require(document["basePlan"] as? [String: Any])
        #expect(((base["totals"] as? [String: Any])?["costCents"] as? [String: Any])?["typical"] as? Int == 80_400)
        let table = try sandbox.run(["route", "--scenario", "shut", "--from", "urumqi", "--to", "almaty"])
        #expect(table.stdout.hasPrefix("Ürümqi → Almaty: cheapest route for 1 FEU, scenario 'shut' against network 'tiny'\n"))
        #expect(table.stdout.contains("\ncost                        $804           $2,210       +$1,406\n"), "\(table.stdout)")
        #expect(table.stdout.contains("\ntime                    2 d 00 h         1 d 05 h  −19 h 38 min\n"))
        #expect(table.stdout.contains("Border crossings: now road-khorgos; no longer rail-khorgos.\n"))
        // Against a scenario instead of the network: the same plan, nothing changes.
        let itself = try sandbox.run(["route", "--scenario", "shut", "--against", "shut", "--from", "urumqi", "--to", "almaty"])
        #expect(itself.stdout.contains("against scenario 'shut'") && itself.stdout.hasSuffix("\nSame route; only its figures differ.\n"))
        #expect(itself.stdout.contains("\ncost                       $2,210           $2,210  0\n"), "\(itself.stdout)")
        let wrongNetwork = try sandbox.run(["route", "--scenario", "shut", "--network", "central-asia", "--from", "urumqi", "--to", "almaty"])
        #expect(wrongNetwork.status == 64)
        #expect(wrongNetwork.stderr.contains("Scenario 'shut' changes network 'tiny', not 'central-asia'."))
    }

    @Test func compareAddsADeltaPerCorridor() throws {
        let sandbox = try sandbox()
        let csv = try sandbox.run(["compare", "--scenario", "shut", "--from", "urumqi", "--to", "almaty", "--format", "csv"])
        #expect(csv.status == 0, "\(csv)")
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasSuffix(",reason,delta_days,delta_cost_per_unit_usd,delta_co2_kg"))
        // −1178 min = −0.82 days; +$1,406; CO2e 1668.6 − 555.4 kg.
        let best = try #require(lines.first { $0.contains("best route, any corridor") })
        #expect(best.hasSuffix(",-0.82,1406,1113.2"), "\(best)")
        let json = try sandbox.run(["compare", "--scenario", "shut", "--from", "urumqi", "--to", "almaty", "--format", "json"])
        #expect(json.stdout.contains("\"costPerUnitCents\": 140600"))
    }

    @Test func matrixPrintsTheDeltaMatrix() throws {
        let sandbox = try sandbox()
        let csv = try sandbox.run(["matrix", "--scenario", "shut", "--from", "urumqi,almaty", "--to", "urumqi,almaty"])
        #expect(csv.status == 0, "\(csv)")
        #expect(csv.stdout == "delta_cost_usd,Ürümqi,Almaty\nÜrümqi,,1406\nAlmaty,1406,\n")
        let json = try sandbox.run(["matrix", "--scenario", "shut", "--from", "urumqi", "--to", "almaty", "--format", "json"])
        #expect(json.stdout.contains("\"differences\": [\n    [140600]\n  ],\n  \"values\": [\n    [221000]\n  ],\n  \"baseValues\": [\n    [80400]\n  ]"), "\(json.stdout)")
        // By time the fastest route was road already, so closing the rail border changes nothing.
        let time = try sandbox.run(["matrix", "--scenario", "shut", "--from", "urumqi", "--to", "almaty", "--objective", "time"])
        #expect(time.stdout == "delta_time_h,Almaty\nÜrümqi,0\n")
    }

    /// One line per pair with the exact differences: Ürümqi → Almaty as above (CO2e 1668.6 − 555.4 kg = +1,113,200 g);
    /// Ürümqi → Khorgos never crosses the border, so nothing changes. With --alternatives, each route against the
    /// network's best: the scenario's only route is the road, 1 route per pair.
    @Test func pairsPrintADifferencePerPair() throws {
        let sandbox = try sandbox()
        let file = try sandbox.write("urumqi almaty\nurumqi khorgos\n", to: "pairs.txt")
        let tsv = try sandbox.run(["route", "--pairs", file, "--scenario", "shut"])
        #expect(tsv.status == 0, "\(tsv)")
        let lines = tsv.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == "from\tto\tcost_usd\tdistance_km\ttime_h\tco2_kg\tborder_crossings\tgauge_changes\t"
                + "delta_distance_m\tdelta_time_min\tdelta_cost_cents\tdelta_co2_g\tsame_route")
        #expect(lines[1].hasPrefix("urumqi\talmaty\t2210\t1030\t") && lines[1].hasSuffix("\t20000\t-1178\t140600\t1113200\tno"), "\(lines[1])")
        #expect(lines[2].hasPrefix("urumqi\tkhorgos\t") && lines[2].hasSuffix("\t0\t0\t0\t0\tyes"), "\(lines[2])")
        // Against the scenario itself every difference is zero.
        let itself = try sandbox.run(["route", "--pairs", file, "--scenario", "shut", "--against", "shut"])
        #expect(itself.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.hasSuffix("\t0\t0\t0\t0\tyes") }, "\(itself)")
        let ranked = try sandbox.run(["route", "--pairs", file, "--scenario", "shut", "--alternatives", "2"])
        let rows = ranked.stdout.split(separator: "\n").map(String.init)
        #expect(rows[0].hasPrefix("from\tto\trank\tcost_usd\t") && rows[0].hasSuffix("\tdelta_co2_g\tsame_route"))
        #expect(rows[1].hasPrefix("urumqi\talmaty\t1\t2210\t") && rows[1].hasSuffix("\t20000\t-1178\t140600\t1113200\tno"), "\(ranked)")
    }

    /// The scenario's alternatives, each against the network's best (all rail, $804): the road, the only route left.
    @Test func alternativesAreComparedWithTheNetworksBest() throws {
        let sandbox = try sandbox()
        let table = try sandbox.run(["route", "--from", "urumqi", "--to", "almaty", "--alternatives", "3", "--scenario", "shut"])
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout.hasPrefix("Ürümqi → Almaty: 1 cheapest route that differs in their links, for 1 FEU, scenario 'shut' against network 'tiny'\n"), "\(table.stdout)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines[1].hasPrefix("   #") && lines[2].hasPrefix("base") && lines[2].contains("$804") && lines[3].hasPrefix("   1"))
        #expect(lines[3].contains("$2,210") && lines[3].contains("+20") && lines[3].contains("+$1,406"), "\(table.stdout)")
        #expect(table.stdout.hasSuffix("\nΔ: against the best route on network 'tiny' (row 'base').\n"))
        let csv = try sandbox.run(["route", "--from", "urumqi", "--to", "almaty", "--alternatives", "3", "--scenario", "shut",
                                   "--format", "csv"])
        let rows = csv.stdout.split(separator: "\n").map(String.init)
        #expect(rows[0].hasPrefix("network,rank,corridor,distance_m,time_min,cost_cents,co2_g,border_crossings,delta_distance_m,"))
        #expect(rows[1].hasPrefix("network 'tiny',1,khorgos-rail,1010000,2894,80400,555400,1,0,0,0,0,CN KZ,"), "\(csv)")
        #expect(rows[2].hasPrefix("scenario 'shut',1,khorgos-rail,1030000,1716,221000,1668600,1,20000,-1178,140600,1113200,CN KZ,"), "\(csv)")
        let json = try sandbox.run(["route", "--from", "urumqi", "--to", "almaty", "--alternatives", "3", "--scenario", "shut",
                                    "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["against"] as? String == "network 'tiny'" && document["basePlan"] is [String: Any])
        let route = try #require((document["routes"] as? [[String: Any]])?.first)
        let difference = try #require(route["differenceFromBase"] as? [String: Any])
        #expect((difference["costCents"] as? [String: Any])?["typical"] as? Int == 140_600)
        #expect(difference["crossingsAdded"] as? [String] == ["road-khorgos"])
    }

    /// Both frontiers: the network's has the rail ($804, 2894 min, 555.4 kg) and the road ($2,210, 1716 min,
    /// 1668.6 kg); the scenario's only the road, kept with the same figures; the rail is gone.
    @Test func paretoShowsWhatTheFrontierKeepsAddsAndLoses() throws {
        let sandbox = try sandbox()
        let csv = try sandbox.run(["route", "--from", "urumqi", "--to", "almaty", "--pareto", "--scenario", "shut", "--format", "csv"])
        #expect(csv.status == 0, "\(csv)")
        #expect(csv.stdout == """
            status,rank,corridor,label,cost_cents,time_min,co2_g,distance_m,border_crossings,cents_per_day_saved,countries,delta_cost_cents,delta_time_min,delta_co2_g
            kept,1,khorgos-rail,Rail via Khorgos,221000,1716,1668600,1030000,1,,CN KZ,0,0,0
            gone,1,khorgos-rail,Rail via Khorgos,80400,2894,555400,1010000,1,,CN KZ,,,

            """)
        let table = try sandbox.run(["route", "--from", "urumqi", "--to", "almaty", "--pareto", "--scenario", "shut"])
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Ürümqi → Almaty: the cost × time × CO2e frontier for 1 FEU, scenario 'shut' against network 'tiny', cheapest first")
        #expect(lines[2].hasPrefix("1  kept") && lines[2].hasSuffix("0       0       0"), "\(table.stdout)")
        #expect(lines[3].hasPrefix("   gone") && lines[3].contains("$804"), "\(table.stdout)")
        let json = try sandbox.run(["route", "--from", "urumqi", "--to", "almaty", "--pareto", "--scenario", "shut", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let scenarioRoutes = try #require((document["frontier"] as? [String: Any])?["routes"] as? [[String: Any]])
        let baseRoutes = try #require((document["baseFrontier"] as? [String: Any])?["routes"] as? [[String: Any]])
        #expect(scenarioRoutes.map { $0["status"] as? String } == ["kept"] && baseRoutes.map { $0["status"] as? String } == ["gone", "kept"])
        #expect(((scenarioRoutes[0]["differenceFromBase"] as? [String: Any])?["costCents"] as? [String: Any])?["typical"] as? Int == 0)
    }

    @Test func valueOfTimeAndCarbonPriceAreEchoed() throws {
        let sandbox = try sandbox()
        let json = try sandbox.run(["route", "--network", "tiny", "--from", "urumqi", "--to", "almaty", "--format", "json",
                                    "--objective", "generalized", "--value-of-time", "1200.5", "--carbon-price", "80"])
        #expect(json.status == 0, "\(json)")
        #expect(json.stdout.contains("\"valueOfTimeCentsPerFeuDay\": 120050,\n  \"carbonPriceCentsPerTonne\": 8000,"))
        for command in ["compare", "matrix"] {
            let echoed = try sandbox.run([command, "--network", "tiny", "--from", "urumqi", "--to", "almaty", "--format", "json",
                                          "--value-of-time", "1200.5", "--carbon-price", "80"])
            #expect(echoed.stdout.contains("\"valueOfTimeCentsPerFeuDay\": 120050,\n  \"carbonPriceCentsPerTonne\": 8000,"), "\(command)")
        }
        let bad = try sandbox.run(["route", "--from", "urumqi", "--to", "almaty", "--carbon-price", "lots"])
        #expect(bad.status == 64 && bad.stderr.contains("'lots' is not an amount of US dollars"))
    }
}
