import Foundation
import Testing

/// `corridor route` on the hand-checked tiny network (output pinned) and on the bundled network (shape checked).
@Suite struct RouteTests {
    @Test func cheapestRouteOnTheTinyNetworkIsPinned() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let result = try sandbox.run(["route", "--network", "tiny", "--from", "Urumqi", "--to", "almaty"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(result.stdout == """
            Ürümqi → Almaty: cheapest route for 1 FEU

            #  step           from → to                                 country     km         time    cost    CO2e
            1  rail 1435      Ürümqi → Khorgos → border                 CN         675  16 h 12 min    $270  365 kg
            2  border (rail)  Khorgos → Altynkol                        CN→KZ              1 d 00 h    $300
            3  rail 1435      border → Altynkol                         KZ           5        7 min      $2    3 kg
            4  gauge change   at Altynkol: rail 1435 mm → rail 1520 mm  KZ                in border    $100   10 kg
            5  rail 1520      Altynkol → Almaty                         KZ         330   7 h 55 min    $132  178 kg
            ─  ─────────────  ────────────────────────────────────────  ───────  ─────  ───────────  ──────  ──────
               total                                                             1,010     2 d 00 h    $804  555 kg
               low                                                                         1 d 02 h    $553  368 kg
               high                                                                        3 d 06 h  $1,156  757 kg

            1 border crossing, 1 gauge change, 0 mode changes; countries CN → KZ.
            The gauge change at Altynkol takes no time of its own: the express train's border dwell includes transloading.

            """)
    }

    /// Regular trains: 300 km a day, and the border's own 30 h, which includes the gauge change (as CPMM measures it).
    @Test func regularServiceIsPinned() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let result = try sandbox.run(["route", "--network", "tiny", "--from", "urumqi", "--to", "almaty", "--service", "regular"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            Ürümqi → Almaty: cheapest route for 1 FEU

            #  step           from → to                                 country     km       time    cost    CO2e
            1  rail 1435      Ürümqi → Khorgos → border                 CN         675   2 d 06 h    $270  365 kg
            2  border (rail)  Khorgos → Altynkol                        CN→KZ            1 d 06 h    $300
            3  rail 1435      border → Altynkol                         KZ           5     24 min      $2    3 kg
            4  gauge change   at Altynkol: rail 1435 mm → rail 1520 mm  KZ              in border    $100   10 kg
            5  rail 1520      Altynkol → Almaty                         KZ         330   1 d 02 h    $132  178 kg
            ─  ─────────────  ────────────────────────────────────────  ───────  ─────  ─────────  ──────  ──────
               total                                                             1,010   4 d 15 h    $804  555 kg
               low                                                                       2 d 23 h    $553  368 kg
               high                                                                      6 d 07 h  $1,156  757 kg

            1 border crossing, 1 gauge change, 0 mode changes; countries CN → KZ.
            The gauge change at Altynkol takes no time of its own: the border time CPMM measured for regular trains includes transloading.

            """)

        let unknown = try sandbox.run(["route", "--network", "tiny", "--from", "urumqi", "--to", "almaty", "--service", "fast"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("'fast'"))
    }

    @Test func fastestRouteTakesTheRoad() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let result = try sandbox.run(["route", "--network", "tiny", "--from", "ÜRÜMQI", "--to", "Alma-Ata",
                                      "--objective", "time", "--format", "tsv"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            position\tstep\tmode\tfrom\tto\tcountry\tdistance_m\ttime_min\ttime_min_low\ttime_min_high\tcost_cents\tcost_cents_low\tcost_cents_high\tco2_g
            0\tleg\troad\tÜrümqi\tAltynkol\tCN\t685000\t822\t805\t1188\t137000\t102750\t205500\t1109700
            1\tborder-crossing\troad\tKhorgos\tAltynkol\tCN-KZ\t0\t480\t300\t1200\t15000\t10000\t30000\t0
            2\tleg\troad\tKhorgos\tAlmaty\tKZ\t345000\t414\t405\t598\t69000\t51750\t103500\t558900
            \ttotal\t\tÜrümqi\tAlmaty\t\t1030000\t1716\t1510\t2986\t221000\t164500\t339000\t1668600

            """)
    }

    @Test func noRouteExitsWithStatus2AndSaysWhy() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let result = try sandbox.run(["route", "--network", "tiny", "--from", "urumqi", "--to", "island"])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            error: No route from 'urumqi' to 'island': 'urumqi' and 'island' are not connected by the rail, road and ferry links of the network.
            hint: 'corridor network show tiny' shows what the network links.

            """)

        let avoided = try sandbox.run(["route", "--network", "tiny", "--from", "urumqi", "--to", "almaty",
                                       "--avoid", "Khorgos"])
        #expect(avoided.status == 2)
        #expect(avoided.stderr.hasPrefix("error: No route from 'urumqi' to 'almaty': "))
        #expect(avoided.stderr.hasSuffix("hint: Try fewer --avoid-country/--avoid.\n"))
    }

    /// Gas sent to Khorgos station is pointed to the gas metering station beside it, and containers the other way.
    @Test func aPlaceTheCommodityCannotReachPointsToTheOneBesideIt() throws {
        let sandbox = try Sandbox()
        let gas = try sandbox.run(["route", "--commodity", "gas", "--unit", "tonnes", "--quantity", "1000",
                                   "--from", "Galkynysh", "--to", "Khorgos"])
        #expect(gas.status == 2, "\(gas)")
        #expect(gas.stderr.hasSuffix("""
            error: No route from 'galkynysh' to 'khorgos': 'khorgos' has only rail, road links, so it cannot be served for gas (pipelines only) with the modes allowed; try 'khorgos-gas' (Khorgos gas metering station, 2 km away) instead.
            hint: Ask for 'khorgos-gas' instead of 'khorgos'.

            """), "\(gas.stderr)")
        let containers = try sandbox.run(["route", "--from", "khorgos-gas", "--to", "Almaty"])
        #expect(containers.status == 2, "\(containers)")
        #expect(containers.stderr.hasSuffix("hint: Ask for 'khorgos' or 'altynkol' instead of 'khorgos-gas'.\n"), "\(containers.stderr)")
    }

    @Test func unknownPlaceIsBadDataWithTheClosestNames() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let result = try sandbox.run(["route", "--network", "tiny", "--from", "Urumqi", "--to", "Almatty"])
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            error: Unknown place 'Almatty'. Did you mean 'almaty'?
            hint: Places are ids, names or alternative names; 'corridor network show' lists them.

            """)
    }

    @Test func jsonTotalsEqualTheSumOfTheSteps() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        for arguments in [["--network", "tiny", "--from", "urumqi", "--to", "almaty"],
                          ["--network", "tiny", "--from", "almaty", "--to", "urumqi", "--objective", "time"],
                          ["--from", "Xi'an", "--to", "Tehran"],
                          ["--from", "Yiwu", "--to", "Bandar Abbas", "--unit", "teu", "--quantity", "2"],
                          ["--from", "Kashgar", "--to", "Tashkent", "--objective", "generalized"],
                          ["--from", "Almaty", "--to", "Baku", "--objective", "co2", "--unit", "tonnes",
                           "--quantity", "12"]] {
            let result = try sandbox.run(["route"] + arguments + ["--format", "json"])
            #expect(result.status == 0, "\(arguments): \(result)")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let steps = try #require(document["steps"] as? [[String: Any]])
            let totals = try #require(document["totals"] as? [String: Any])
            #expect(!steps.isEmpty)
            let distance = steps.compactMap { $0["distanceMetres"] as? Int }.reduce(0, +)
            #expect(distance == totals["distanceMetres"] as? Int, "\(arguments)")
            for key in ["timeMinutes", "costCents", "co2Grams"] {
                for bound in ["low", "typical", "high"] {
                    let sum = steps.compactMap { ($0[key] as? [String: Int])?[bound] }.reduce(0, +)
                    #expect(sum == (totals[key] as? [String: Int])?[bound], "\(arguments) \(key).\(bound)")
                }
            }
            for transfer in steps where transfer["type"] as? String == "transfer" {
                let inDwell = try #require(transfer["timeInBorderDwell"] as? Bool, "\(arguments)")
                let time = (transfer["timeMinutes"] as? [String: Int])?["typical"]
                #expect(inDwell ? time == 0 : time != 0, "\(arguments): \(transfer)")
            }
            let crossings = steps.filter { $0["type"] as? String == "border-crossing" }.count
            #expect(crossings == totals["borderCrossings"] as? Int)
        }
    }

    @Test func xianToTehranOnTheBundledNetwork() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.run(["route", "--from", "Xi'an", "--to", "Tehran"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "Creating \(sandbox.databasePath) from the bundled network 'central-asia'…\n")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Xi'an → Tehran: cheapest route for 1 FEU")
        #expect(lines.contains { $0.hasPrefix(" #  step") && $0.hasSuffix("CO2e") })
        #expect(lines.filter { $0.contains("gauge change") && $0.contains("at ") }.count >= 2)
        // Every gauge change carries its time, or says the border dwell next to it holds that time.
        let gaugeChanges = lines.filter { $0.contains("gauge change") && $0.contains("at ") }
        #expect(gaugeChanges.allSatisfy { !$0.contains(" 0 min ") }, "\(gaugeChanges)")
        #expect(gaugeChanges.contains { $0.contains("at Altynkol") && $0.contains(" in border ") })
        #expect(lines.contains("The gauge change at Altynkol takes no time of its own: the express train's border dwell includes transloading."))
        #expect(lines.contains { $0.contains("   total ") })
        #expect(lines.contains { $0.hasPrefix("    low ") } && lines.contains { $0.hasPrefix("    high ") })

        // The second run finds the database and says nothing on standard error; spellings do not matter.
        let again = try sandbox.run(["route", "--from", "XIAN", "--to", "tehran"])
        #expect(again.status == 0)
        #expect(again.stderr == "")
        #expect(again.stdout == result.stdout)
    }

    @Test func geoJSONDrawsEveryLeg() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let result = try sandbox.run(["route", "--network", "tiny", "--from", "urumqi", "--to", "almaty",
                                      "--format", "geojson"])
        #expect(result.status == 0, "\(result)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["type"] as? String == "FeatureCollection")
        let features = try #require(document["features"] as? [[String: Any]])
        let lines = features.filter { ($0["geometry"] as? [String: Any])?["type"] as? String == "LineString" }
        #expect(lines.count == 3)
        let first = try #require((lines.first?["geometry"] as? [String: Any])?["coordinates"] as? [[Double]])
        #expect(first.first == [87.62, 43.83])
        // The gauge change at Altynkol says its time is in the border's, as the table's "in border" does.
        let transfers = features.compactMap { $0["properties"] as? [String: Any] }.filter { $0["step"] as? String == "transfer" }
        #expect(transfers.count == 1 && transfers[0]["place"] as? String == "Altynkol")
        #expect(transfers[0]["timeInBorderDwell"] as? Bool == true && transfers[0]["timeHours"] as? Double == 0)
    }

    @Test func pairsFilePrintsOneLinePerPair() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let pairs = try sandbox.write("# origin destination\nurumqi almaty\n\nAlmaty\tÜrümqi\nurumqi island\n", to: "pairs.txt")
        let result = try sandbox.run(["route", "--network", "tiny", "--pairs", pairs])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            from\tto\tcost_usd\tdistance_km\ttime_h\tco2_kg\tborder_crossings\tgauge_changes
            urumqi\talmaty\t804\t1010\t48.23\t555.4\t1\t1
            Almaty\tÜrümqi\t804\t1010\t48.23\t555.4\t1\t1
            urumqi\tisland\t\t\t\t\t\t

            """)

        let broken = try sandbox.write("urumqi almaty\nurumqi\n", to: "broken.txt")
        let bad = try sandbox.run(["route", "--network", "tiny", "--pairs", broken])
        #expect(bad.status == 65)
        #expect(bad.stdout == "", "nothing is printed before the whole file is read")
        #expect(bad.stderr.hasPrefix("error: Cannot read '\(broken)', line 2: expected two places, found 1 ('urumqi'); nothing was routed.\n"))

        let unknown = try sandbox.run(["route", "--network", "tiny", "--pairs", "-"], stdin: "urumqi almaty\nurumqi atlantis\n")
        #expect(unknown.status == 65)
        #expect(unknown.stdout == "")
        #expect(unknown.stderr.hasPrefix("error: In '-', line 2: Unknown place 'atlantis'."))
    }

    @Test func avoidingACrossingOrAPlaceChangesTheRoute() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let byRoad = try sandbox.run(["route", "--network", "tiny", "--from", "urumqi", "--to", "almaty",
                                      "--avoid", "rail-khorgos", "--format", "tsv"])
        #expect(byRoad.status == 0, "\(byRoad)")
        let modes = byRoad.stdout.split(separator: "\n").dropFirst().dropLast().map { $0.split(separator: "\t", omittingEmptySubsequences: false)[2] }
        #expect(modes == ["road", "road", "road"])

        let railOnly = try sandbox.run(["route", "--network", "tiny", "--from", "urumqi", "--to", "almaty",
                                        "--avoid", "rail-khorgos", "--modes", "rail"])
        #expect(railOnly.status == 2)
        #expect(railOnly.stderr.hasSuffix("hint: Try fewer --avoid-country/--avoid, more --modes.\n"))

        let via = try sandbox.run(["route", "--network", "tiny", "--from", "almaty", "--to", "urumqi", "--via", "Khorgos",
                                   "--objective", "time"])
        #expect(via.status == 0)
        #expect(via.stdout.hasPrefix("Almaty → Ürümqi via Khorgos: fastest route for 1 FEU\n"))

        let unknownMatrix = try sandbox.run(["matrix", "--network", "tiny", "--from", "urumqi", "--to", "atlantis"])
        #expect(unknownMatrix.status == 65)
        #expect(unknownMatrix.stderr.hasPrefix("error: Unknown place 'atlantis'."))
    }
}
