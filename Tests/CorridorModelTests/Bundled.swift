import Foundation
import Testing
@testable import CorridorModel

/// The network shipped with the package, at `<package root>/networks/central-asia`, loaded once.
enum Bundled {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("networks/central-asia")

    static let loaded: Result<(network: Network, warnings: [NetworkWarning]), Error> = Result { try Network.load(from: directory) }

    static func network() throws -> Network { try loaded.get().network }
}
