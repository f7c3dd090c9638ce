import Foundation
import Testing
@testable import CorridorModel

/// A fresh temporary folder per use, removed by the caller.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("corridor-model-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite("Network folders: round trips and validation errors")
struct NetworkFilesTests {
    @Test func fixtureRoundTripsThroughFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = Fixtures.railOrRoad()
        try network.write(to: folder)
        let (loaded, warnings) = try Network.load(from: folder, name: network.name)
        #expect(loaded == network)
        #expect(warnings.isEmpty)
    }

    @Test func bundledNetworkRoundTripsThroughFiles() throws {
        let original = try Bundled.network()
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try original.write(to: folder)
        let again = try Network.load(from: folder, name: original.name).network
        #expect(again == original)
        let folder2 = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder2) }
        try again.write(to: folder2)
        for file in Network.File.all {   // writing is deterministic: a second round trip gives the same bytes
            #expect(try Data(contentsOf: folder.appendingPathComponent(file)) == Data(contentsOf: folder2.appendingPathComponent(file)))
        }
    }

    /// Writes the fixture, lets `edit` change one file's text, and loads the folder again.
    func load(editing file: String, _ edit: (String) -> String, network: Network = Fixtures.railOrRoad()) throws -> [NetworkWarning] {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try network.write(to: folder)
        let url = folder.appendingPathComponent(file)
        try Data(edit(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
        return try Network.load(from: folder).warnings
    }

    func expectError(_ expected: String, editing file: String, network: Network = Fixtures.railOrRoad(),
                     _ edit: @escaping (String) -> String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            _ = try load(editing: file, edit, network: network)
            Issue.record("expected the error: \(expected)", sourceLocation: sourceLocation)
        } catch {
            #expect("\(error)" == expected, sourceLocation: sourceLocation)
        }
    }

    @Test func unknownPlaceSuggestsTheClosestID() {
        expectError("Cannot load 'links.csv', line 5: link 'road-alpha-gamma' ends at unknown place 'Gama'. Did you mean 'gamma'?",
                    editing: Network.File.links) { $0.replacingOccurrences(of: "road-alpha-gamma,alpha,gamma", with: "road-alpha-gamma,alpha,Gama") }
        expectError("Cannot load 'transfers.csv', line 2: transfer 'gauge-change-delta' is at unknown place 'kashgar'. Add the place to places.csv first.",
                    editing: Network.File.transfers) { $0.replacingOccurrences(of: "gauge-change-delta,delta", with: "gauge-change-delta,kashgar") }
    }

    @Test func unknownPortInTheBundledNetwork() throws {
        let network = try Bundled.network()
        var links = network.links
        let index = try #require(links.firstIndex { $0.id == "ferry-aktau-alat-az" })
        links[index].from = "Aktau Port"
        let edited = Network(name: network.name, places: network.places, links: links, crossings: network.crossings,
                             transfers: network.transfers, parameters: network.parameters, corridors: network.corridors)
        #expect(throws: NetworkError.unknownPlace(file: "links.csv", line: index + 2, owner: "link 'ferry-aktau-alat-az'",
                                                  role: "starts at", reference: "Aktau Port", suggestion: "aktau")) {
            try edited.validate()
        }
    }

    @Test func duplicateIDsNameBothLines() {
        expectError("Cannot load 'places.csv', line 3: the id 'alpha' is already used on line 2. Give each row its own id.",
                    editing: Network.File.places) { $0.replacingOccurrences(of: "\nbeta,", with: "\nalpha,") }
    }

    @Test func lengthsMustBePositiveAndPresent() {
        expectError("Cannot load 'links.csv', line 2: link 'rail-alpha-beta' has the length '-600'. Give length_km as a positive number of kilometres.",
                    editing: Network.File.links) { $0.replacingOccurrences(of: ",1435,600,", with: ",1435,-600,") }
        expectError("Cannot load 'links.csv', line 2: link 'rail-alpha-beta' has no length. Give length_km as a positive number of kilometres.",
                    editing: Network.File.links) { $0.replacingOccurrences(of: ",1435,600,", with: ",1435,,") }
    }

    @Test func gaugeBreakNeedsATransfer() {
        expectError("Cannot load 'links.csv', line 3: rail link 'rail-beta-delta' meets 'delta' on 1435 mm but the place is 1520 mm, and transfers.csv has no gauge-change at 'delta'. Add a gauge-change transfer there, or correct gauge_mm.",
                    editing: Network.File.transfers) { $0.replacingOccurrences(of: "gauge-change-delta,delta,gauge-change", with: "gauge-change-delta,delta,rail-road") }
        expectError("Cannot load 'links.csv', line 4: rail link 'rail-delta-epsilon' meets 'epsilon' on 1435 mm but the place is 1520 mm, and transfers.csv has no gauge-change at 'epsilon'. Add a gauge-change transfer there, or correct gauge_mm.",
                    editing: Network.File.links) {
            $0.replacingOccurrences(of: "rail-delta-epsilon,delta,epsilon,rail,1520", with: "rail-delta-epsilon,delta,epsilon,rail,1435")
              .replacingOccurrences(of: "rail-beta-delta,beta,delta,rail,,", with: "rail-beta-delta,beta,delta,rail,1435,")
        }
    }

    @Test func borderLinksNeedACrossing() {
        expectError("Cannot load 'links.csv', line 6: link 'road-gamma-delta' crosses a border between 'gamma' and 'delta', and crossings.csv has no road row for it. Add one with the time and fee of the crossing.",
                    editing: Network.File.crossings) { $0.replacingOccurrences(of: "road-gamma-delta,gamma,delta,road", with: "road-gamma-delta,gamma,delta,ferry") }
    }

    /// The fixture with a place no link reaches.
    var withOmega: Network {
        let base = Fixtures.railOrRoad()
        return Network(name: base.name, places: base.places + [Fixtures.place("omega", "AA", x: 9)], links: base.links,
                       crossings: base.crossings, transfers: base.transfers, parameters: base.parameters, corridors: base.corridors)
    }

    @Test func corridorsMustConnectInOrder() {
        expectError("Cannot load 'corridors.csv', line 3: corridor 'northern' cannot get from 'beta' to 'omega' in the network. Check the order of its places, or add the missing link.",
                    editing: Network.File.corridors, network: withOmega) { $0.replacingOccurrences(of: "beta|delta", with: "beta|omega") }
    }

    @Test func valuesAreCheckedWithTheirColumn() {
        expectError("Cannot load 'places.csv', line 2: kind 'town' is not one of 'city', 'rail-junction', 'border-station', 'seaport', 'dry-port', 'gas-field', 'pipeline-station'.",
                    editing: Network.File.places) { $0.replacingOccurrences(of: "alpha,Alpha,,AA,40.0,60.0,city", with: "alpha,Alpha,,AA,40.0,60.0,town") }
        expectError("Cannot load 'crossings.csv', line 2: time_low_h 'soon' is not a number of hours, zero or more.",
                    editing: Network.File.crossings) { $0.replacingOccurrences(of: "rail,both,48,", with: "rail,both,soon,") }
        expectError("Cannot load 'parameters.csv': the cost profile needs the parameter 'vot_usd_per_feu_hour'. Add a row with that key.",
                    editing: Network.File.parameters) { $0.replacingOccurrences(of: "vot_usd_per_feu_hour", with: "vot_usd_per_teu_hour") }
        expectError("Cannot load 'links.csv': the header has no column 'length_km' (it has id, from, to, mode, gauge_mm, length, km_to_border, speed_low_kmh, speed_typical_kmh, speed_high_kmh, tariff_low_usd_feu_km, tariff_typical_usd_feu_km, tariff_high_usd_feu_km, status, opened, confidence, source, notes). Add the column to the first line.",
                    editing: Network.File.links) { $0.replacingOccurrences(of: "length_km", with: "length") }
    }

    /// The fixture with its own speed (40–50–62.5 km/h) and tariff (0.12345 USD per FEU-km) on rail-alpha-beta.
    var withLinkFigures: Network {
        let base = Fixtures.railOrRoad()
        var links = base.links
        links[0].speed = Estimate(low: 40_000, typical: 50_000, high: 62_500)
        links[0].tariff = Estimate(exactly: 12_345)
        return Network(name: base.name, places: base.places, links: links, crossings: base.crossings,
                       transfers: base.transfers, parameters: base.parameters, corridors: base.corridors)
    }

    @Test func linkSpeedAndTariffRoundTripThroughFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = withLinkFigures
        try network.write(to: folder)
        let text = try String(contentsOf: folder.appendingPathComponent(Network.File.links), encoding: .utf8)
        #expect(text.contains("rail-alpha-beta,alpha,beta,rail,1435,600,,40,50,62.5,0.12345,0.12345,0.12345,operational,"))
        #expect(text.contains("rail-beta-delta,beta,delta,rail,,10,,,,,,,,operational,"))
        #expect(try Network.load(from: folder, name: network.name).network == network)
        // The figures count in the fingerprint; a network without any keeps the fingerprint it had before the columns.
        #expect(network.fingerprint != Fixtures.railOrRoad().fingerprint)
        // A file written before the columns existed still reads, every link on the sheet's figures.
        let old = text.split(separator: "\n").map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return (fields[..<7] + fields[13...]).joined(separator: ",")
        }.joined(separator: "\n")
        try Data(old.utf8).write(to: folder.appendingPathComponent(Network.File.links))
        #expect(try Network.load(from: folder, name: network.name).network == Fixtures.railOrRoad())
    }

    @Test func badLinkFiguresAreRefusedNamingFileLineAndLink() {
        func edit(_ fields: String) -> (String) -> String {
            { $0.replacingOccurrences(of: "rail-alpha-beta,alpha,beta,rail,1435,600,,,,,,,,", with: "rail-alpha-beta,alpha,beta,rail,1435,600,,\(fields),") }
        }
        let tail = " Leave a link's three speed or tariff columns empty to use the parameter sheet's figure."
        expectError("Cannot load 'links.csv', line 2: link 'rail-alpha-beta' has speed_low_kmh '0', which should be a number of km/h above 0 and at most 200." + tail,
                    editing: Network.File.links, edit("0,0,0,,,"))
        expectError("Cannot load 'links.csv', line 2: link 'rail-alpha-beta' has speed_high_kmh 'fast', which should be a number of km/h above 0 and at most 200." + tail,
                    editing: Network.File.links, edit("50,60,fast,,,"))
        expectError("Cannot load 'links.csv', line 2: link 'rail-alpha-beta' has speed_typical_kmh '1100', which should be a number of km/h above 0 and at most 200." + tail,
                    editing: Network.File.links, edit("50,1100,1500,,,"))
        expectError("Cannot load 'links.csv', line 2: link 'rail-alpha-beta' has no tariff_high_usd_feu_km, which should be filled in like the other two (or leave all three empty)." + tail,
                    editing: Network.File.links, edit(",,,0.2,0.3,"))
        expectError("Cannot load 'links.csv', line 2: link 'rail-alpha-beta' has tariff_typical_usd_feu_km '0.1', which should be between tariff_low_usd_feu_km and tariff_high_usd_feu_km." + tail,
                    editing: Network.File.links, edit(",,,0.2,0.1,0.3"))
        expectError("Cannot load 'links.csv', line 2: link 'rail-alpha-beta' has tariff_low_usd_feu_km '1e3', which should be a number of US dollars per FEU-km above 0 and at most 50." + tail,
                    editing: Network.File.links, edit(",,,1e3,1e3,1e3"))
    }

    @Test func missingFileIsNamed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.railOrRoad().write(to: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent(Network.File.crossings))
        #expect(throws: NetworkError.missingFile(file: "crossings.csv", reason: "there is no such file in '\(folder.lastPathComponent)'")) {
            try Network.load(from: folder)
        }
    }

    @Test func unreachablePlacesAreWarnedAbout() throws {
        let warnings = try withOmega.validate()
        #expect(warnings == [.unreachablePlace(file: "places.csv", line: 7, place: "omega")])
        #expect(warnings[0].description == "'places.csv', line 7: no link reaches the place 'omega', so no route can start or end there.")
    }
}
