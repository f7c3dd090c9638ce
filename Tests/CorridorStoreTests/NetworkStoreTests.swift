import CorridorModel
import Foundation
import Testing
@testable import CorridorStore

/// Corridor networks: every table round-trips through the database, and through export to files and back.
@Suite struct NetworkStoreTests {
    /// The Central Asian network shipped with the package (`<package root>/networks/central-asia`).
    static var bundledFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("networks/central-asia")
    }

    /// Two places joined by rail, with the awkward values: several or no alternative names, no gauge, no opening
    /// date, text with commas, quotes and line breaks, long decimals, non-Latin names.
    ///
    ///     Khorgos ══rail 1520══ Altynkol        (a corridor through both; one one-way crossing; one gauge change)
    static var awkward: Network {
        let places = [
            Place(id: "khorgos", name: "Khorgos", alternativeNames: ["Horgos", "霍尔果斯", "Qorğas"], country: "CN",
                  latitude: 44.2130123456789, longitude: 80.4110987654321, kind: .dryPort, gauge: .standard,
                  source: "https://example.org/khorgos?a=1&b=2", confidence: .sourced),
            Place(id: "altynkol", name: "Altynkol, \"border\" station", alternativeNames: [], country: "KZ",
                  latitude: 44.19, longitude: 80.36, kind: .borderStation, gauge: nil, source: "",
                  confidence: .mapEstimate),
        ]
        let links = [
            Link(id: "rail-khorgos-altynkol", from: "khorgos", to: "altynkol", mode: .rail, gauge: .russian,
                 length: 12_345, status: .operational, opened: "2012-12-02", source: "s1", confidence: .derived,
                 notes: "two lines,\nsecond line"),
            Link(id: "road-khorgos-altynkol", from: "khorgos", to: "altynkol", mode: .road, gauge: nil, length: 1,
                 speed: Estimate(low: 40_000, typical: 51_100, high: 52_900), tariff: Estimate(exactly: 1), status: .planned, opened: nil, source: "s2", confidence: .assumption, notes: ""),
        ]
        let crossings = [BorderCrossing(id: "rail-khorgos-altynkol", from: "khorgos", to: "altynkol", mode: .rail,
                                        direction: .oneWay, time: Estimate(low: 60, typical: 600, high: 2880),
                                        fee: Estimate(exactly: 185_000), source: "CPMM", confidence: .sourced,
                                        notes: "per wagon")]
        let transfers = [Transfer(id: "gauge-altynkol", place: "altynkol", kind: .gaugeChange,
                                  time: Estimate(low: 120, typical: 240, high: 720),
                                  cost: Estimate(low: 15_000, typical: 30_000, high: 60_000), source: "s3",
                                  confidence: .derived)]
        let parameters = [
            Parameter(key: "rail.tariff", low: Decimal(string: "0.0307")!, typical: Decimal(string: "0.041")!,
                      high: Decimal(string: "123456789.000000001")!, unit: "USD/t-km", appliesTo: "rail",
                      source: "s4", confidence: .sourced, notes: "note"),
            Parameter(key: "zero", low: 0, typical: 0, high: Decimal(string: "-0.5")!, unit: "", appliesTo: "",
                      source: "", confidence: .assumption),
        ]
        let corridors = [Corridor(id: "middle", name: "Middle Corridor", places: ["khorgos", "altynkol", "khorgos"],
                                  notes: "loops are kept"),
                         Corridor(id: "empty", name: "Empty", places: [])]
        return Network(name: "awkward", places: places, links: links, crossings: crossings, transfers: transfers,
                       parameters: parameters, corridors: corridors)
    }

    /// The SQL taking a database's `link` table back to before links had their own speed and tariff (schema v4).
    static let dropLinkFigures = ["speedLow", "speedTypical", "speedHigh"].map { "ALTER TABLE link DROP COLUMN \($0)MetresPerHour;" }
        .joined() + ["tariffLow", "tariffTypical", "tariffHigh"].map { "ALTER TABLE link DROP COLUMN \($0)MillicentsPerKm;" }.joined()

    /// A file at the schema before links had their own speed and tariff (v4) is refused read-only, upgraded on a writable
    /// open keeping its links, and then stores links with their figures.
    @Test func aVersion4FileIsUpgradedKeepingItsLinks() throws {
        let path = try StoreFixtures.databasePath()
        let plain = Network(name: "plain", places: Self.awkward.places,
                            links: Self.awkward.links.map { var l = $0; l.speed = nil; l.tariff = nil; return l },
                            crossings: Self.awkward.crossings, transfers: Self.awkward.transfers,
                            parameters: Self.awkward.parameters, corridors: Self.awkward.corridors)
        let current = try CorridorDatabase(path: path)
        try current.importNetwork(plain)
        current.close()
        let before = try #require(Schema.migrations.firstIndex { $0.name.hasSuffix("links with their own speed and tariff") })
        try StoreFixtures.rawSQL(path, Self.dropLinkFigures + "PRAGMA user_version = \(before)")
        #expect(throws: StoreError.schemaNeedsUpgrade(path: path, found: before, supported: CorridorDatabase.schemaVersion)) {
            try CorridorDatabase(path: path, readOnly: true)
        }
        let upgraded = try CorridorDatabase(path: path)
        #expect(try upgraded.storedSchemaVersion() == CorridorDatabase.schemaVersion)
        #expect(try upgraded.network(named: "plain") == plain)
        try upgraded.importNetwork(Self.awkward)
        upgraded.close()
        let reader = try CorridorDatabase(path: path, readOnly: true)
        #expect(try reader.network(named: "awkward").links[1].speed == Estimate(low: 40_000, typical: 51_100, high: 52_900))
        #expect(try reader.network(named: "plain") == plain)
    }

    @Test func awkwardValuesRoundTripExactly() throws {
        let database = try CorridorDatabase.inMemory()
        let summary = try database.importNetwork(Self.awkward)
        #expect(summary.name == "awkward" && summary.placeCount == 2 && summary.linkCount == 2
                && summary.crossingCount == 1 && summary.transferCount == 1 && summary.parameterCount == 2
                && summary.corridorCount == 2)
        let back = try database.network(named: "awkward")
        #expect(back == Self.awkward)
        #expect(back.places[0].alternativeNames == ["Horgos", "霍尔果斯", "Qorğas"])
        #expect(back.parameters[0].high.description == "123456789.000000001")
        #expect(try database.network() == Self.awkward, "the only network")
    }

    /// The shipped network: load its files, store it in a file, read it back read-only, export it, load the export,
    /// and store that again: every step gives an equal network and the exported files are identical.
    @Test func bundledNetworkRoundTripsThroughTheDatabaseAndFiles() throws {
        let (original, _) = try Network.load(from: Self.bundledFolder, name: "central-asia")
        #expect(original.places.count > 50 && original.links.count > 50)
        let path = try StoreFixtures.databasePath()
        let writer = try CorridorDatabase(path: path)
        try writer.importNetwork(original)
        writer.close()

        let reader = try CorridorDatabase(path: path, readOnly: true)
        let stored = try reader.network(named: "central-asia")
        #expect(stored == original)
        #expect(stored.geoJSON() == original.geoJSON())

        let folder = try StoreFixtures.folder()
        let first = folder.appendingPathComponent("first"), second = folder.appendingPathComponent("second")
        for target in [first, second] { try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true) }
        try original.write(to: first)
        try stored.write(to: second)
        for file in Network.File.all {
            let a = try Data(contentsOf: first.appendingPathComponent(file))
            let b = try Data(contentsOf: second.appendingPathComponent(file))
            #expect(a == b, "\(file)")
        }
        let (reloaded, _) = try Network.load(from: second, name: "central-asia")
        #expect(reloaded == original)
        let again = try CorridorDatabase.inMemory()
        try again.importNetwork(reloaded, name: "copy")
        let copy = try again.network(named: "copy")
        #expect(copy.places == original.places && copy.links == original.links && copy.parameters == original.parameters
                && copy.name == "copy")
    }

    @Test func replaceIsAtomicAndDeleteRemovesEveryRow() throws {
        let path = try StoreFixtures.databasePath()
        let database = try CorridorDatabase(path: path)
        let first = try database.importNetwork(Self.awkward, name: "net")
        let error = #expect(throws: StoreError.self) { try database.importNetwork(Self.awkward, name: "net") }
        #expect(error?.description == "A network named 'net' already exists in '\(path)'. Choose another name or ask to replace it.")

        var smaller = Self.awkward
        smaller = Network(name: "net", places: smaller.places, links: Array(smaller.links.prefix(1)))
        let reader = try CorridorDatabase(path: path, readOnly: true)
        var sawOld = false
        database.beforeCommit = { () throws -> Void in
            #expect(try reader.network(named: "net").links.count == 2)
            sawOld = true
        }
        let second = try database.importNetwork(smaller, replace: true)
        database.beforeCommit = nil
        #expect(sawOld && second.contentVersion > first.contentVersion && second.linkCount == 1)
        #expect(try reader.network(named: "net") == smaller)
        #expect(try database.networkContentVersion(named: "net") == second.contentVersion)

        try database.importNetwork(Self.awkward, name: "other")
        #expect(throws: StoreError.ambiguousNetwork(path: path, names: ["net", "other"])) { try database.network() }
        #expect(throws: StoreError.notFound(kind: "network", name: "nett", path: path, suggestion: "net")) {
            try database.network(named: "nett")
        }
        try database.deleteNetwork(named: "net")
        try database.deleteNetwork(named: "other")
        #expect(try database.networks().isEmpty)
        #expect(throws: StoreError.noNetwork(path: path)) { try database.network() }
        for table in Schema.networkTables {
            #expect(try database.connection.integer("SELECT count(*) FROM \(table)") == 0, "\(table)")
        }
    }

    /// A value this build does not know (the file edited by another tool) is reported, not trapped on.
    @Test func unknownStoredValuesAreReported() throws {
        let database = try CorridorDatabase.inMemory()
        try database.importNetwork(Self.awkward)
        try database.connection.execute("UPDATE link SET mode = 'hovercraft' WHERE ordinal = 1")
        let error = #expect(throws: StoreError.self) { try database.network(named: "awkward") }
        #expect(error == .inconsistent(path: ":memory:", detail: "table 'link' holds the unknown value 'hovercraft'"))
    }
}
