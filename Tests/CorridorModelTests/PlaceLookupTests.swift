import Foundation
import Testing
@testable import CorridorModel

@Suite("Finding places by name")
struct PlaceLookupTests {
    @Test(arguments: ["xian", "Xi'an", "XIAN", "Xi’an", "xi an", "Xi'an International Port"])
    func spellingsOfXian(_ text: String) throws {
        #expect(try Bundled.network().place(matching: text).id == "xian")
    }

    @Test func accentsAndAlternativeNames() throws {
        let network = try Bundled.network()
        #expect(try network.place(matching: "Ürümqi").id == "urumqi")
        #expect(try network.place(matching: "Malaszewicze").id == "malaszewicze")
        #expect(try network.place(matching: "Małaszewicze").id == "malaszewicze")
        #expect(try network.place(matching: "Alma-Ata").id == "almaty")
        #expect(try network.place(matching: "TÜRKMENBAŞY").id == "turkmenbashi")
        #expect(try network.place(matching: "sarakhs-ir").id == "sarakhs-ir")
    }

    @Test func ambiguousNamesListTheCandidates() throws {
        let network = try Bundled.network()
        #expect(throws: NetworkError.ambiguousPlaceName("Serakhs", matches: ["sarahs-tm", "sarakhs-ir"])) {
            try network.place(matching: "Serakhs")
        }
        // A name matches without its bracketed qualifier, and a name and an alternative name count alike: Sarakhs
        // is the Iranian station's name and the Turkmen one's other name; Alat is in Uzbekistan and Azerbaijan.
        #expect(throws: NetworkError.ambiguousPlaceName("Sarakhs", matches: ["sarahs-tm", "sarakhs-ir"])) {
            try network.place(matching: "Sarakhs")
        }
        #expect(throws: NetworkError.ambiguousPlaceName("Alat", matches: ["alat-uz", "alat-az"])) {
            try network.place(matching: "Alat")
        }
        // An id still wins over names: "khorgos" is the Chinese station although Altynkol is also called Khorgos.
        #expect(try network.place(matching: "Khorgos").id == "khorgos")
    }

    @Test func unknownNamesSuggestTheClosest() throws {
        let network = try Bundled.network()
        do {
            _ = try network.place(matching: "Almatty")
            Issue.record("Almatty should be unknown")
        } catch let NetworkError.unknownPlaceName(name, closest) {
            #expect(name == "Almatty")
            #expect(closest.first == "almaty")
            #expect("\(NetworkError.unknownPlaceName(name, closest: closest))".hasPrefix("Unknown place 'Almatty'. Did you mean 'almaty'"))
        }
        #expect(throws: NetworkError.unknownPlaceName("Zzyzx", closest: [])) { try network.place(matching: "Zzyzx") }
    }

    @Test func corridorsByIDOrName() throws {
        let network = try Bundled.network()
        #expect(try network.corridor(matching: "middle-corridor").id == "middle-corridor")
        #expect(try network.corridor(matching: "Northern route via Russia").id == "northern-route")
        #expect(throws: NetworkError.self) { try network.corridor(matching: "southern-route") }
    }
}
