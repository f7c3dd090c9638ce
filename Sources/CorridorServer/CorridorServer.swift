import CorridorService
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// `corridor serve`: the `/v1` JSON API (see `openapi.yaml`) and the map page at `/`, on Hummingbird.
///
/// The server only reads: each request opens the database read-only. It stops gracefully on SIGINT or SIGTERM
/// (swift-service-lifecycle): it stops accepting connections, answers the requests in flight, then returns.
public struct CorridorServer: Sendable {
    public var host: String
    /// The TCP port; 0 lets the system choose one (``run(onListening:)`` reports it).
    public var port: Int
    /// The database file, which must exist.
    public var databasePath: String

    public init(host: String, port: Int, databasePath: String) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
    }

    /// Serves until SIGINT or SIGTERM. `onListening` receives the address once the socket listens, such as
    /// `http://127.0.0.1:8080/`.
    /// - Throws: when the address cannot be bound or a static file is missing from the resources.
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        let api = API(databasePath: databasePath)
        let files = try StaticFiles.load()
        let router = Router()
        Self.addRoutes(to: router, api: api, files: files)
        var logger = Logger(label: "corridor")
        logger.logLevel = .warning
        let host = self.host
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "corridor"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                onListening("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
            },
            logger: logger
        )
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [.sigterm, .sigint],
                                                      logger: logger))
        try await group.run()
    }

    /// The endpoints: `/v1/…` from ``API``, anything else under `/v1` a JSON 404, static files at `/`.
    static func addRoutes(to router: Router<BasicRequestContext>, api: API, files: StaticFiles) {
        func get(_ path: RouterPath, _ answer: @escaping @Sendable (QueryParameters) -> Reply) {
            router.get(path) { request, _ in response(answer(QueryParameters(request.uri.queryParameters))) }
        }
        get("/v1/health", api.health)
        get("/v1/networks", api.networks)
        get("/v1/places", api.places)
        get("/v1/route", api.route)
        get("/v1/compare", api.compare)
        get("/v1/matrix", api.matrix)
        router.get("/v1/networks/:name") { request, context in
            let name = context.parameters.get("name") ?? ""
            return response(api.network(named: name, QueryParameters(request.uri.queryParameters)))
        }
        get("/v1/scenarios", api.scenarios)
        router.get("/v1/scenarios/:name") { request, context in
            let name = context.parameters.get("name") ?? ""
            return response(api.scenario(named: name, QueryParameters(request.uri.queryParameters)))
        }
        router.get("/v1/openapi.yaml") { _, _ in response(files.openAPI) }
        router.get("/v1/**") { request, _ in
            response(.error(.missing("No endpoint '\(request.uri.path)'.",
                                     hint: "'/v1/openapi.yaml' lists the endpoints.")))
        }
        router.get("/") { _, _ in response(files.page("index.html")) }
        router.get("/:file") { _, context in response(files.page(context.parameters.get("file") ?? "")) }
    }

    static func response(_ reply: Reply) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = reply.contentType
        headers[.cacheControl] = "no-store"
        return Response(status: HTTPResponse.Status(code: reply.status), headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(string: reply.body)))
    }
}
