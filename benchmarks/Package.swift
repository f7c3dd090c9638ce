// swift-tools-version:6.1
import PackageDescription

/// Benchmarks of the corridor package, kept in a package of their own so that package-benchmark and its
/// dependencies stay out of the main build and CI. Run from this folder:
///
///     swift package benchmark                      # all suites (slow: the first build takes minutes)
///     swift build -c release --product corridor-dijkstra   # the lean driver that compare-peers.sh runs
///     swift build -c release --product corridor-alternatives   # k shortest paths and the trade-off frontier
///     swift build -c release --product corridor-ch         # the hierarchy's driver that compare-routingkit.sh runs
let package = Package(
    name: "corridor-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "corridor", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The lean drivers' clock, medians and pairs-file reader.
        .target(
            name: "DriverSupport",
            dependencies: [.product(name: "CorridorGraph", package: "corridor")],
            path: "Sources/DriverSupport"
        ),
        // A driver shaped like the peers' (`../shared/peers/bgl_dijkstra.cpp`): same arguments, same key=value output,
        // linking only the routing core and the DIMACS reader, so engine is compared with engine.
        .executableTarget(
            name: "corridor-dijkstra",
            dependencies: [
                "DriverSupport",
                .product(name: "CorridorGraph", package: "corridor"),
                .product(name: "CorridorImport", package: "corridor"),
            ],
            path: "Sources/corridor-dijkstra"
        ),
        // Times k shortest paths against Dijkstra on a DIMACS graph, and the trade-off frontier between a network's hubs.
        .executableTarget(
            name: "corridor-alternatives",
            dependencies: [
                .product(name: "CorridorGraph", package: "corridor"),
                .product(name: "CorridorImport", package: "corridor"),
                .product(name: "CorridorModel", package: "corridor"),
            ],
            path: "Sources/corridor-alternatives"
        ),
        // The contraction hierarchy's drivers, set beside RoutingKit's and Boost's by compare-routingkit.sh: the lean
        // one (build, queries, matrix) and the one that loads a stored hierarchy from a database.
        .executableTarget(
            name: "corridor-ch",
            dependencies: [
                "DriverSupport",
                .product(name: "CorridorGraph", package: "corridor"),
                .product(name: "CorridorImport", package: "corridor"),
            ],
            path: "Sources/corridor-ch"
        ),
        .executableTarget(
            name: "corridor-ch-load",
            dependencies: [
                "DriverSupport",
                .product(name: "CorridorGraph", package: "corridor"),
                .product(name: "CorridorStore", package: "corridor"),
            ],
            path: "Sources/corridor-ch-load"
        ),
        .executableTarget(
            name: "GraphBenchmarks",
            dependencies: [
                .product(name: "CorridorGraph", package: "corridor"),
                .product(name: "CorridorImport", package: "corridor"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/GraphBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
