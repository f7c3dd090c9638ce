import Testing
@testable import CorridorModel

@Suite("Error messages")
struct NetworkErrorTests {
    @Test func requestAndLookupErrorsReadWell() {
        #expect("\(NetworkError.ambiguousPlaceName("Serakhs", matches: ["sarahs-tm", "sarakhs-ir"]))"
            == "The place 'Serakhs' is ambiguous: it names 'sarahs-tm', 'sarakhs-ir'. Use one of these ids.")
        #expect("\(NetworkError.unknownCorridor("midle", closest: ["middle-corridor"]))"
            == "Unknown corridor 'midle'. Did you mean 'middle-corridor'?")
        #expect("\(NetworkError.cannotWrite(file: "links.csv", reason: "permission denied"))"
            == "Cannot write 'links.csv': permission denied. Check that the folder exists and is writable.")
        #expect("\(NoRoute(from: "xian", to: "tehran", reason: "'xian' has only rail links"))"
            == "No route from 'xian' to 'tehran': 'xian' has only rail links.")
    }

    @Test func inconsistentRequestsAreErrors() throws {
        let network = Fixtures.railOrRoad()
        #expect(throws: NetworkError.invalidRequest("'alpha' is both origin and destination")) {
            try network.plan(RouteRequest(from: "alpha", to: "alpha"))
        }
        #expect(throws: NetworkError.invalidRequest("containers travel by rail, road or ferry (never by pipeline), and the modes allowed are pipeline")) {
            try network.plan(RouteRequest(from: "alpha", to: "beta", modes: [.pipeline]))
        }
        #expect(throws: NetworkError.invalidRequest("the cargo must be at least one container or one tonne, not 0 FEU")) {
            try network.plan(RouteRequest(from: "alpha", to: "beta", cargo: .feu(0)))
        }
        #expect(throws: NetworkError.unknownPlaceName("alpah", closest: ["alpha"])) {
            try network.plan(RouteRequest(from: "alpah", to: "beta"))
        }
    }
}
