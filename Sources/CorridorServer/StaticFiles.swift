import CorridorService
import Foundation

/// The map page's files and the OpenAPI document, read once from the module's resources at start-up, plus the
/// country outlines from ``CountryOutlines``. The page needs nothing else: no tiles, no CDN.
struct StaticFiles: Sendable {
    /// File name → reply, for the files served at `/NAME`.
    private var files: [String: Reply] = [:]
    let openAPI: Reply

    static let types = ["html": "text/html; charset=utf-8", "js": "text/javascript; charset=utf-8",
                        "css": "text/css; charset=utf-8", "geojson": "application/geo+json",
                        "svg": "image/svg+xml"]

    /// Reads every file of `Resources/map`, the OpenAPI document and the outlines.
    /// - Throws: ``ServiceError/failure(_:hint:)`` naming what is missing beside the executable.
    static func load() throws -> StaticFiles {
        let hint = "Copy the corridor_CorridorServer.resources and corridor_CorridorService.resources folders "
            + "next to the corridor binary."
        guard let folder = Bundle.module.url(forResource: "map", withExtension: nil),
              let yaml = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
              let yamlText = try? String(contentsOf: yaml, encoding: .utf8),
              let outlines = CountryOutlines.geoJSON else {
            throw ServiceError.failure("The map page's files are missing beside the corridor executable.", hint: hint)
        }
        var files: [String: Reply] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            let type = types[URL(fileURLWithPath: name).pathExtension] ?? "application/octet-stream"
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { continue }
            files[name] = Reply(status: 200, contentType: type, body: text)
        }
        files["countries.geojson"] = Reply(status: 200, contentType: types["geojson"]!,
                                           body: String(decoding: outlines, as: UTF8.self))
        return StaticFiles(files: files, openAPI: Reply(status: 200, contentType: "application/yaml", body: yamlText))
    }

    /// The file `name`, or a 404.
    func page(_ name: String) -> Reply {
        files[name] ?? Reply(status: 404, contentType: "text/plain; charset=utf-8", body: "No such page: /\(name)\n")
    }
}
