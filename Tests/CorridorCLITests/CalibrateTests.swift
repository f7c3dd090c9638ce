import Foundation
import Testing

/// `corridor network calibrate` and the names a forwarder types, through the built binary.
@Suite struct CalibrateTests {
    @Test func calibrateReportsEveryBundledJourneyInEachFormat() throws {
        let sandbox = try Sandbox()
        let table = try sandbox.run(["network", "calibrate"])
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout.hasPrefix("journey "))
        #expect(table.stdout.contains("\nxian-almaty-2013 "))
        let summary = try #require(table.stdout.split(separator: "\n").last)
        #expect(summary.hasPrefix("Lengths within ±15 %: "), "\(summary)")

        let json = try sandbox.run(["network", "calibrate", "--format", "json"])
        #expect(json.status == 0, "\(json)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let journeys = try #require(document["journeys"] as? [[String: Any]])
        #expect(journeys.count >= 25)
        let share = try #require(document["insideShare"] as? Double)
        #expect(share >= 0.9)
        #expect(document["lengthsWithin"] as? Int == document["lengthsChecked"] as? Int)
        let xian = try #require(journeys.first { $0["journey"] as? String == "xian-almaty-2013" })
        #expect(xian["reportedMetres"] as? Int == 3_866_000 && xian["inside"] as? Bool == true)

        let csv = try sandbox.run(["network", "calibrate", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("journey,modes,km_reported,km_model,km_error,days_reported,days_low,days_typical,days_high,days_error,inside\n"))
        #expect(csv.stdout.split(separator: "\n").count == journeys.count + 1)
    }

    @Test func calibrateReadsAJourneysFileAndNamesItsErrors() throws {
        let sandbox = try Sandbox()
        let header = "id,origin,destination,vias,route,mode,service,km,days,year,source,confidence,notes\n"
        let good = try sandbox.write(header + "t,tashkent,kashgar,osh,,road,,900,2,2018,test,reported,\n", to: "mine.csv")
        let result = try sandbox.run(["network", "calibrate", "--journeys", good, "--format", "csv"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.split(separator: "\n").count == 2)
        let bad = try sandbox.write(header + "t,tashkent,kashgar,,,camel,,,2,2018,test,reported,\n", to: "bad.csv")
        let refused = try sandbox.run(["network", "calibrate", "--journeys", bad])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("'bad.csv', line 2: mode 'camel'"), "\(refused.stderr)")
        let missing = try sandbox.run(["network", "calibrate", "--journeys", "nowhere.csv"])
        #expect(missing.status == 66)
    }

    @Test func anAmbiguousNameListsThePlacesAndExits65() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.run(["route", "--from", "Sarakhs", "--to", "Tehran"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: The place 'Sarakhs' is ambiguous: it names 'sarahs-tm', 'sarakhs-ir'."), "\(result.stderr)")
    }
}
