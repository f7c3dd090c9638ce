import Foundation
import Testing
@testable import CorridorModel

@Suite("GeoJSON output")
struct GeoJSONTests {
    func features(_ text: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["type"] as? String == "FeatureCollection")
        return try #require(object["features"] as? [[String: Any]])
    }

    @Test func networkHasAPointPerPlaceAndALinePerLink() throws {
        let network = try Bundled.network()
        let all = try features(network.geoJSON())
        let geometry = all.compactMap { ($0["geometry"] as? [String: Any])?["type"] as? String }
        #expect(geometry.filter { $0 == "Point" }.count == network.places.count)
        #expect(geometry.filter { $0 == "LineString" }.count == network.links.count)
        let cku = try #require(all.first { ($0["properties"] as? [String: Any])?["id"] as? String == "rail-torugart-makmal" })
        let properties = try #require(cku["properties"] as? [String: Any])
        #expect(properties["mode"] as? String == "rail")
        #expect(properties["status"] as? String == "under-construction")
        #expect(properties["length_m"] as? Int == 131_000)
        #expect((properties["source"] as? String)?.contains("railwaygazette.com") == true)
        let coordinates = try #require((cku["geometry"] as? [String: Any])?["coordinates"] as? [[Double]])
        #expect(coordinates == [[75.35, 40.58], [74.3, 41.2]])   // longitude first
    }
}
