// swift-tools-version:6.1
import PackageDescription

/// Modules depend in one direction; README.md, "Design notes", draws the graph. Each target lists exactly the
/// modules its files import. The routing core (CorridorGraph) imports only its own C kernel (CorridorLanes), not even
/// Foundation.
let package = Package(
    name: "corridor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "corridor", targets: ["corridor"]),
        .library(name: "CorridorGraph", targets: ["CorridorGraph"]),
        .library(name: "CorridorImport", targets: ["CorridorImport"]),
        .library(name: "CorridorModel", targets: ["CorridorModel"]),
        .library(name: "CorridorStore", targets: ["CorridorStore"]),
        .library(name: "CorridorService", targets: ["CorridorService"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),

        // The core's vector kernel (the matrix's dense-core sweeps), in C: compiled for AVX2 and for the baseline, one
        // chosen at load. It imports nothing either.
        .target(name: "CorridorLanes"),
        .target(name: "CorridorGraph", dependencies: ["CorridorLanes"]),
        .target(name: "CorridorImport", dependencies: ["CorridorGraph", "CZlib"]),
        .target(name: "CorridorModel", dependencies: ["CorridorGraph"]),
        .target(name: "CorridorStore", dependencies: ["CorridorModel", "CorridorImport", "CorridorGraph", "CSQLite"]),
        // The bundled networks, copied as resources beside the executable (SwiftPM copies only a target's own files).
        .target(name: "CorridorNetworks", path: "networks", resources: [.copy("central-asia")]),
        // Benchmarks users run (`corridor bench`): query sets, timing, percentiles, agreement, reports.
        .target(name: "CorridorBench", dependencies: ["CorridorGraph", "CorridorImport"]),
        // What a command and a server share: resolve names, build requests, run them, encode answers, sort errors.
        // The country outlines are Natural Earth's 1:110m countries of Eurasia (public domain), for maps.
        .target(
            name: "CorridorService",
            dependencies: [
                "CorridorModel", "CorridorStore", "CorridorImport", "CorridorGraph", "CorridorBench", "CorridorNetworks",
            ],
            resources: [.copy("Resources/countries-110m-eurasia.geojson")]
        ),
        // The HTTP API and the map page (`corridor serve`): Hummingbird routes onto CorridorService.
        .target(
            name: "CorridorServer",
            dependencies: [
                "CorridorService", "CorridorStore", "CorridorModel", "CorridorGraph", "CorridorBench",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            resources: [.copy("Resources/openapi.yaml"), .copy("Resources/map")]
        ),
        .executableTarget(
            name: "corridor",
            dependencies: [
                "CorridorServer", "CorridorService", "CorridorStore", "CorridorModel", "CorridorImport", "CorridorGraph", "CorridorNetworks",
                "CorridorBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .target(name: "CorridorTestSupport", dependencies: ["CorridorGraph", "CorridorBench"], path: "Tests/CorridorTestSupport"),
        .testTarget(name: "CorridorGraphTests", dependencies: ["CorridorGraph", "CorridorLanes", "CorridorImport", "CorridorTestSupport"]),
        .testTarget(name: "CorridorImportTests", dependencies: ["CorridorImport", "CorridorGraph", "CorridorTestSupport"]),
        .testTarget(name: "CorridorModelTests", dependencies: ["CorridorModel", "CorridorGraph", "CorridorTestSupport"]),
        .testTarget(name: "CorridorStoreTests", dependencies: ["CorridorStore", "CorridorModel", "CorridorImport", "CorridorTestSupport"]),
        .testTarget(name: "CorridorServiceTests", dependencies: ["CorridorService", "CorridorModel", "CorridorTestSupport"]),
        .testTarget(name: "CorridorServerTests", dependencies: ["corridor", "CorridorTestSupport"]),
        .testTarget(name: "CorridorCLITests", dependencies: ["corridor", "CorridorBench", "CorridorTestSupport"]),
    ]
)
