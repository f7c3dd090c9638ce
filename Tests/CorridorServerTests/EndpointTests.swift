import Foundation
import Testing

/// Every endpoint of the real `corridor serve`, for every status it documents, with each answer checked against
/// `openapi.yaml`; then a damaged database (500) and a graceful stop on SIGTERM.
@Suite(.serialized) struct EndpointTests {
    @Test func everyEndpointAndStatus() async throws {
        let server = try ServerProcess()
        let xian = encoded("Xi'an")
        let health = try await server.expect("/v1/health", 200, template: "/v1/health")
        #expect(try health.object()["networks"] as? Int == 1)
        let networks = try await server.expect("/v1/networks", 200, template: "/v1/networks")
        #expect(networks.body.contains("\"central-asia\""))
        let geo = try await server.expect("/v1/networks/central-asia", 200, template: "/v1/networks/{name}")
        #expect(geo.contentType.hasPrefix("application/geo+json"))
        try await server.expect("/v1/networks/atlantis", 404, template: "/v1/networks/{name}")

        let places = try await server.expect("/v1/places?prefix=xi", 200, template: "/v1/places")
        let names = (try places.object()["places"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names?.contains("Xi'an") == true, "\(places)")
        try await server.expect("/v1/places", 400, template: "/v1/places")
        try await server.expect("/v1/places?prefix=a&limit=0", 400, template: "/v1/places")
        try await server.expect("/v1/places?prefix=a&network=atlantis", 404, template: "/v1/places")

        try await server.expect("/v1/route?from=\(xian)&to=Tehran", 200, template: "/v1/route")
        let geoRoute = try await server.expect("/v1/route?from=\(xian)&to=Tehran&format=geojson", 200, template: "/v1/route")
        #expect(geoRoute.contentType.hasPrefix("application/geo+json"))
        try await server.expect("/v1/route?from=\(xian)&to=Tehran&via=Almaty&objective=time&modes=rail,road&service=regular"
                         + "&unit=teu&quantity=2&include-under-construction", 200, template: "/v1/route")
        try await server.expect("/v1/route?from=\(xian)&to=Tehran&objective=generalized&value-of-time=900&carbon-price=80",
                         200, template: "/v1/route")
        try await server.expect("/v1/route?from=\(xian)&to=Tehran&carbon-price=lots", 400, template: "/v1/route")
        try await server.expect("/v1/route?from=\(xian)", 400, template: "/v1/route")
        try await server.expect("/v1/route?from=\(xian)&to=Tehran&objective=fastest", 400, template: "/v1/route")
        try await server.expect("/v1/route?from=\(xian)&to=Tehran&quantity=0", 400, template: "/v1/route")
        try await server.expect("/v1/route?from=\(xian)&to=Tehran&modes=rail,hovercraft", 400, template: "/v1/route")
        let typo = try await server.expect("/v1/route?from=\(xian)&to=Tehran&objetive=time", 400, template: "/v1/route")
        #expect(typo.body.contains("Did you mean 'objective'?"))
        try await server.expect("/v1/route?from=Tehran&to=Tehran", 400, template: "/v1/route")
        let unknown = try await server.expect("/v1/route?from=Almatty&to=Baku", 404, template: "/v1/route")
        #expect(unknown.body.contains("Almatty"))
        try await server.expect("/v1/route?from=\(xian)&to=Tehran&network=atlantis", 404, template: "/v1/route")
        let none = try await server.expect("/v1/route?from=Almaty&to=Baku&modes=road&avoid-country=KZ,UZ,TM,KG",
                                    422, template: "/v1/route")
        #expect(try none.object()["hint"] is String)

        try await server.expect("/v1/compare?from=\(xian)&to=Tehran&objective=time", 200, template: "/v1/compare")
        try await server.expect("/v1/compare?from=\(xian)&to=Tehran&corridors=nowhere", 404, template: "/v1/compare")
        try await server.expect("/v1/compare?from=Almaty&to=Baku&modes=pipeline", 400, template: "/v1/compare")
        try await server.expect("/v1/compare?from=Almaty&to=Baku&modes=road&avoid-country=KZ,UZ,TM,KG", 422,
                         template: "/v1/compare")

        try await server.expect("/v1/matrix?from=\(xian),Urumqi&to=Tehran,Baku&objective=time", 200, template: "/v1/matrix")
        try await server.expect("/v1/matrix?to=Tehran", 400, template: "/v1/matrix")
        try await server.expect("/v1/matrix?from=Atlantis&to=Tehran", 404, template: "/v1/matrix")

        let yaml = try await server.expect("/v1/openapi.yaml", 200, template: "/v1/openapi.yaml")
        #expect(yaml.body.hasPrefix("# The HTTP API"))
        let missing = try await server.get("/v1/nowhere")
        #expect(missing.status == 404 && missing.body.contains("openapi.yaml"))

        // A database damaged while the server runs is a server fault: 500, with a sentence.
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: server.databasePath))
        try await server.expect("/v1/health", 500, template: "/v1/health")
        #expect(server.stop() == 0)
    }

    @Test func documentNamesEveryEndpointItServes() throws {
        let document = try #require(OpenAPIDocument.served)
        let paths = Set((document.root["paths"] as? [String: Any] ?? [:]).keys)
        #expect(paths == ["/v1/health", "/v1/networks", "/v1/networks/{name}", "/v1/places", "/v1/route", "/v1/compare",
                          "/v1/matrix", "/v1/scenarios", "/v1/scenarios/{name}", "/v1/openapi.yaml"])
        // The checker itself rejects what it should.
        #expect(!document.problems(of: ["error": 3], against: ["$ref": "#/components/schemas/Error"], at: "$").isEmpty)
        #expect(!document.problems(of: ["error": "x", "hint": NSNull(), "extra": 1],
                                   against: ["$ref": "#/components/schemas/Error"], at: "$").isEmpty)
        #expect(document.problems(of: ["error": "x", "hint": NSNull()],
                                  against: ["$ref": "#/components/schemas/Error"], at: "$").isEmpty)
    }
}
