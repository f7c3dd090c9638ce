import CorridorTestSupport
import Testing
@testable import CorridorStore

/// The user's ids of a stored graph's nodes and arcs: numbered ones take no memory and are never stored.
@Suite struct InputIDsTests {
    @Test func numberedIDsAnswerWithoutAList() {
        let ids = InputIDs.numbered(5)
        #expect(Array(ids) == [1, 2, 3, 4, 5] && ids.listed == nil)
        #expect(ids.index(ofAscending: 1) == 0 && ids.index(ofAscending: 5) == 4)
        #expect(ids.index(ofAscending: 0) == nil && ids.index(ofAscending: 6) == nil && ids.index(ofAscending: -3) == nil)
        #expect(InputIDs.numbered(0).isEmpty && InputIDs.numbered(0).index(ofAscending: 1) == nil)
    }

    @Test func aNumberedListIsRecognised() {
        #expect(InputIDs([1, 2, 3]) == .numbered(3) && InputIDs([1, 2, 3]).listed == nil)
        #expect(InputIDs([1, 3, 4]).listed == [1, 3, 4] && InputIDs([2, 3, 4]).listed == [2, 3, 4])
        #expect(InputIDs([]) == .numbered(0))
    }

    /// Listed ascending ids: every id is found at its index, and the gaps between them are not found.
    @Test(arguments: 0 ..< 4 as Range<UInt64>)
    func listedLookupMatchesAScan(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var values: [Int64] = []
        var next = Int64(random.next() % 10) - 5
        for _ in 0 ..< 200 {
            values.append(next)
            next += 1 + Int64(random.next() % 4)
        }
        let ids = InputIDs(values)
        for probe in (values.first! - 2) ... (values.last! + 2) {
            #expect(ids.index(ofAscending: probe) == values.firstIndex(of: probe), "seed \(seed), id \(probe)")
        }
    }

    @Test func aDIMACSGraphStoresNoIDMaps() throws {
        let folder = try StoreFixtures.folder()
        let gr = try StoreFixtures.file("t.gr", "p sp 3 3\na 1 2 5\na 2 3 7\na 3 1 2\n", in: folder)
        let database = try CorridorDatabase.inMemory()
        let summary = try database.importDIMACS(name: "tiny", graph: gr)
        #expect(try CompiledGraphRecord.count(contentVersion: summary.contentVersion, in: database.connection) == 8,
                "the eight CSR arrays only")
        let stored = try database.storedGraph(named: "tiny")
        #expect(stored.loadedFromCache && stored.nodeInputIDs == .numbered(3) && stored.arcInputIDs == .numbered(3))
    }
}
