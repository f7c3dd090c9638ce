import Foundation
import Testing

/// `corridor compare` and `corridor matrix`.
@Suite struct CompareTests {
    @Test func comparisonOnTheTinyNetworkIsPinned() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let result = try sandbox.run(["compare", "--network", "tiny", "--from", "urumqi", "--to", "almaty"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(result.stdout == """
            Ürümqi → Almaty: corridors compared by cost for 1 FEU

            corridor      name                         km  days  cost/unit    CO2e  borders  gauge changes  modes
            khorgos-rail  Rail via Khorgos          1,010   2.0       $804  555 kg        1              1  rail
            (any)         best route, any corridor  1,010   2.0       $804  555 kg        1              1  rail
            island-line   Island line                   –     –          –       –        –              –  cannot serve the pair

            island-line: no route from 'urumqi' to 'almaty' passes 'island', 'islet' in order.

            """)
    }

    @Test func longDetoursAreNamedUnderTheTable() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.run(["compare", "--from", "Kashgar", "--to", "Ashgabat", "--objective", "distance"])
        #expect(result.status == 0, "\(result)")
        let notes = result.stdout.split(separator: "\n").filter { $0.contains("× the distance of the best route") }
        #expect(notes.contains { $0.hasPrefix("northern-route: ") && $0.hasSuffix("the corridor does not lie between these places.") })
        #expect(!notes.contains { $0.hasPrefix("cn-kg-uz-tm-irkeshtam: ") })
        let json = try sandbox.run(["compare", "--from", "Kashgar", "--to", "Ashgabat", "--objective", "distance", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["corridors"] as? [[String: Any]])
        #expect((rows.first { $0["corridor"] as? String == "northern-route" }?["detour"] as? Double ?? 0) > 3)
    }

    @Test func csvAndJSONAgreeAndAreSortedByTheObjective() throws {
        let sandbox = try Sandbox()
        let csv = try sandbox.run(["compare", "--from", "Xi'an", "--to", "Tehran", "--format", "csv"])
        #expect(csv.status == 0, "\(csv)")
        let rows = csv.stdout.split(separator: "\n").dropFirst().map(String.init)
        #expect(rows.count >= 4)
        #expect(rows.contains { $0.contains("best route, any corridor") })

        let json = try sandbox.run(["compare", "--from", "Xi'an", "--to", "Tehran", "--format", "json", "--objective", "time"])
        #expect(json.status == 0, "\(json)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let corridors = try #require(document["corridors"] as? [[String: Any]])
        let values = corridors.compactMap { $0["objectiveValue"] as? Int }
        #expect(values == values.sorted(), "rows must be sorted by the objective")
        let best = try #require(corridors.first { $0["corridor"] is NSNull }?["objectiveValue"] as? Int)
        #expect(best == values.min(), "no corridor beats the unconstrained best")
        for row in corridors where row["objectiveValue"] == nil {
            #expect((row["reason"] as? String)?.isEmpty == false, "a corridor that cannot serve says why")
        }
    }

    @Test func unknownCorridorSuggestsOne() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let result = try sandbox.run(["compare", "--network", "tiny", "--from", "urumqi", "--to", "almaty",
                                      "--corridors", "khorgos-rial"])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("error: Unknown corridor 'khorgos-rial'. Did you mean 'khorgos-rail'?\n"))
    }

    @Test func matrixHasOneCellPerPair() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let csv = try sandbox.run(["matrix", "--network", "tiny", "--from", "urumqi,almaty", "--to", "almaty,urumqi,islet"])
        #expect(csv.status == 0, "\(csv)")
        #expect(csv.stdout == """
            cost_usd,Almaty,Ürümqi,Islet
            Ürümqi,804,,
            Almaty,,804,

            """)
        let json = try sandbox.run(["matrix", "--network", "tiny", "--from", "urumqi", "--to", "almaty",
                                    "--objective", "time", "--format", "json"])
        #expect(json.stdout == """
            {
              "objective": "time",
              "unit": "time_h",
              "valueOfTimeCentsPerFeuDay": 84000,
              "carbonPriceCentsPerTonne": 0,
              "origins": ["urumqi"],
              "destinations": ["almaty"],
              "values": [
                [38.9]
              ]
            }

            """)
    }
}
