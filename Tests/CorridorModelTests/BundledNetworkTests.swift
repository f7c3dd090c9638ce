import Foundation
import Testing
@testable import CorridorModel

@Suite("The bundled Central Asia network")
struct BundledNetworkTests {
    @Test func loadsWithoutErrorsOrWarnings() throws {
        let (network, warnings) = try Bundled.loaded.get()
        #expect(network.name == "central-asia")
        #expect(network.places.count == 108)
        #expect(network.links.count == 159)
        #expect(warnings.isEmpty, "\(warnings)")
    }
}
