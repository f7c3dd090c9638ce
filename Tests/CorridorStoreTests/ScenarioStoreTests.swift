import CorridorModel
import Foundation
import Testing
@testable import CorridorStore

/// Scenarios in the store: kept byte for byte, checked against their network on import, and guarding that network.
@Suite struct ScenarioStoreTests {
    /// Opens the China–Kyrgyzstan–Uzbekistan railway (four links under construction in the bundled network).
    static let cku = """
        change,target,id,column,value,note,source
        open,link,rail-kashgar-torugart-cn,,,Chinese section,"railwaygazette.com, test copy"
        open,link,rail-torugart-cn-torugart,,,border link,test
        open,link,rail-torugart-makmal,,,Kyrgyz standard-gauge section,test
        open,link,rail-makmal-jalal-abad,,,Kyrgyz broad-gauge section,test

        """

    static func bundled() throws -> Network { try Network.load(from: NetworkStoreTests.bundledFolder, name: "central-asia").network }

    @Test func importListShowExportRoundTrip() throws {
        let database = try CorridorDatabase.inMemory()
        try database.importNetwork(try Self.bundled())
        let summary = try database.importScenario(Self.cku, file: "cku.csv", name: "cku", network: "central-asia")
        #expect(summary.name == "cku" && summary.network == "central-asia" && summary.sourceFile == "cku.csv" && summary.changeCount == 4)
        #expect(try database.scenarioText(named: "cku") == Self.cku)
        try database.importScenario(try database.scenarioText(named: "cku"), file: "exported.csv", name: "again", network: "central-asia")
        #expect(try database.scenarios().map(\.name) == ["again", "cku"])
        #expect(try database.scenario(named: "again").changeCount == 4)
        let opened = try database.network(applying: "cku")
        #expect(try database.network(applying: "again") == opened)
        #expect(opened.links.first { $0.id == "rail-torugart-makmal" }?.status == .operational)
        #expect(try database.network(named: "central-asia").links.first { $0.id == "rail-torugart-makmal" }?.status == .underConstruction)
        #expect(throws: StoreError.nameTaken(kind: "scenario", name: "cku", path: ":memory:")) {
            try database.importScenario(Self.cku, file: "cku.csv", name: "cku", network: "central-asia")
        }
        try database.importScenario(Self.cku.replacingOccurrences(of: "open,link,rail-makmal-jalal-abad,,,Kyrgyz broad-gauge section,test\n", with: ""),
                                    file: "cku.csv", name: "cku", network: "central-asia", replace: true)
        #expect(try database.scenario(named: "cku").changeCount == 3)
        try database.deleteScenario(named: "again")
        #expect(throws: StoreError.notFound(kind: "scenario", name: "agian", path: ":memory:", suggestion: nil)) {
            try database.scenario(named: "agian")
        }
        #expect(throws: StoreError.notFound(kind: "scenario", name: "ckk", path: ":memory:", suggestion: "cku")) {
            try database.deleteScenario(named: "ckk")
        }
    }

    /// A scenario that does not apply, and one interrupted just before its commit, leave every byte of the file as it was.
    @Test func refusedImportLeavesTheFileIdentical() throws {
        let path = try StoreFixtures.databasePath()
        let setup = try CorridorDatabase(path: path)
        try setup.importNetwork(try Self.bundled())
        setup.close()
        let before = try StoreFixtures.digest(path)
        let broken = Self.cku.replacingOccurrences(of: "rail-torugart-makmal", with: "rail-torugart-makmall")
        let writer = try CorridorDatabase(path: path)
        let error = try #require(throws: NetworkError.self) {
            try writer.importScenario(broken, file: "cku.csv", name: "cku", network: "central-asia")
        }
        #expect(error.description == "Cannot apply 'cku.csv', line 4 ('rail-torugart-makmall'): the network has no link 'rail-torugart-makmall' in links.csv; did you mean 'rail-torugart-makmal'?")
        struct Interrupted: Error {}
        writer.beforeCommit = { throw Interrupted() }
        #expect(throws: Interrupted.self) { try writer.importScenario(Self.cku, file: "cku.csv", name: "cku", network: "central-asia") }
        #expect(try writer.scenarios().isEmpty)
        writer.close()
        #expect(try StoreFixtures.digest(path) == before)
        #expect(!StoreFixtures.hasWAL(path))
    }

    @Test func aNetworkWithScenariosIsKeptUnlessAsked() throws {
        let database = try CorridorDatabase.inMemory()
        let network = try Self.bundled()
        try database.importNetwork(network)
        try database.importScenario(Self.cku, file: "cku.csv", name: "cku", network: "central-asia")
        let guarded = StoreError.networkHasScenarios(network: "central-asia", scenarios: ["cku"], path: ":memory:")
        #expect(throws: guarded) { try database.deleteNetwork(named: "central-asia") }
        #expect(throws: guarded) { try database.importNetwork(network, replace: true) }
        #expect(guarded.description == "Network 'central-asia' in ':memory:' is the base of scenario 'cku'. Delete it first, or ask to take it along.")
        let old = try database.networkContentVersion(named: "central-asia")
        try database.importNetwork(network, replace: true, keepingScenarios: true)
        #expect(try database.networkContentVersion(named: "central-asia") != old)
        #expect(try database.scenario(named: "cku").network == "central-asia")
        #expect(try database.network(applying: "cku").links.first { $0.id == "rail-torugart-makmal" }?.status == .operational)
        try database.deleteNetwork(named: "central-asia", withScenarios: true)
        #expect(try database.networks().isEmpty && database.scenarios().isEmpty)
        #expect(try database.connection.integer("SELECT count(*) FROM link") == 0)
    }

    /// A file at schema v2 (networks, no scenarios) is upgraded on a writable open, keeps its network, and takes scenarios.
    @Test func aVersion2FileIsUpgradedKeepingItsNetwork() throws {
        let path = try StoreFixtures.databasePath()
        let current = try CorridorDatabase(path: path)
        try current.importNetwork(try Self.bundled())
        current.close()
        // Back to the version 2 layout: no scenario table, one gauge per place, no border points.
        try StoreFixtures.rawSQL(path, """
            DROP TABLE scenario; ALTER TABLE place DROP COLUMN otherGauges; ALTER TABLE link DROP COLUMN borderMetres;
            \(NetworkStoreTests.dropLinkFigures)
            PRAGMA user_version = 2
            """)
        let upgraded = try CorridorDatabase(path: path)
        #expect(try upgraded.storedSchemaVersion() == CorridorDatabase.schemaVersion)
        let kept = try upgraded.network(named: "central-asia"), bundled = try Self.bundled()
        #expect(kept.places.map(\.id) == bundled.places.map(\.id) && kept.places.map(\.gauge) == bundled.places.map(\.gauge))
        #expect(kept.links.map(\.id) == bundled.links.map(\.id) && kept.links.allSatisfy { $0.borderDistance == nil })
        try upgraded.importScenario(Self.cku, file: "cku.csv", name: "cku", network: "central-asia")
        upgraded.close()
    }
}
