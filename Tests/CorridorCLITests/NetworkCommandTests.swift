import Foundation
import Testing

/// `corridor network list|show|validate|export`.
@Suite struct NetworkCommandTests {
    @Test func exportThenImportGivesTheSameNetwork() throws {
        let sandbox = try Sandbox()
        try sandbox.prepareTinyNetwork()
        let exported = try sandbox.run(["network", "export", "tiny", "--format", "csv", "--output", "copy"])
        #expect(exported.status == 0, "\(exported)")
        let copy = sandbox.folder.appendingPathComponent("copy")
        for (name, text) in TinyNetwork.files {
            let written = try String(contentsOf: copy.appendingPathComponent(name), encoding: .utf8)
            #expect(written.split(separator: "\n").count == text.split(separator: "\n").count, "\(name)")
        }
        let reimported = try sandbox.run(["import", "network", copy.path, "--name", "copy"])
        #expect(reimported.status == 0, "\(reimported)")
        let original = try sandbox.run(["route", "--network", "tiny", "--from", "urumqi", "--to", "almaty"])
        let again = try sandbox.run(["route", "--network", "copy", "--from", "urumqi", "--to", "almaty"])
        #expect(again.stdout == original.stdout)

        let list = try sandbox.run(["network", "list"])
        let names = list.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: " ").first.map(String.init) }
        #expect(names == ["central-asia", "copy", "tiny"])
    }

    @Test func geoJSONExportParses() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.run(["network", "export", "--format", "geojson"])
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["type"] as? String == "FeatureCollection")
        #expect(((document["features"] as? [Any])?.count ?? 0) > 100)
    }

    @Test func validateAndShow() throws {
        let sandbox = try Sandbox()
        let folder = try TinyNetwork.write(into: sandbox)
        let valid = try sandbox.run(["network", "validate", "--folder", folder])
        #expect(valid.status == 0, "\(valid)")
        #expect(valid.stdout == "Network 'tiny' is valid: 6 places, 7 links, 2 crossings, 1 transfers, 2 corridors.\n")

        let broken = try TinyNetwork.write(into: sandbox, folder: "broken", replacing: [
            "transfers.csv": ("gauge-altynkol,altynkol,gauge-change,1,2,4", "gauge-altynkol,altynkol,gauge-change,1,2,x"),
        ])
        let invalid = try sandbox.run(["network", "validate", "--folder", broken])
        #expect(invalid.status == 65)
        #expect(invalid.stderr.hasPrefix("error: Cannot load 'transfers.csv', line 2:"))

        let shown = try sandbox.run(["network", "show"])
        #expect(shown.status == 0)
        #expect(shown.stdout.hasPrefix("Network 'central-asia'\n"))
        #expect(shown.stdout.split(separator: "\n").contains { $0.hasPrefix("xian ") && $0.contains("Xi'an") })

        let unknown = try sandbox.run(["network", "show", "centrl-asia"])
        #expect(unknown.status == 66)
        #expect(unknown.stderr.contains("Did you mean 'central-asia'?"))
    }
}
