// swift-tools-version:6.1
import PackageDescription

/// libFuzzer harnesses for the readers of untrusted files, kept in a package of their own so that the sanitizer
/// flags and the harnesses stay out of the main build and `swift test`. Build and run from this folder (Linux):
///
///     ./run.sh 600                        # build, then fuzz each harness for 600 seconds
///     swift build --scratch-path .build-fuzz --sanitize=fuzzer --sanitize=address   # build only
let package = Package(
    name: "corridor-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "corridor", path: ".."),
    ],
    targets: [
        .target(name: "FuzzSupport", path: "Sources/FuzzSupport"),
        .executableTarget(
            name: "fuzz-dimacs",
            dependencies: [
                "FuzzSupport",
                .product(name: "CorridorGraph", package: "corridor"),
                .product(name: "CorridorImport", package: "corridor"),
            ],
            path: "Sources/fuzz-dimacs",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .executableTarget(
            name: "fuzz-edges",
            dependencies: [
                "FuzzSupport",
                .product(name: "CorridorGraph", package: "corridor"),
                .product(name: "CorridorImport", package: "corridor"),
            ],
            path: "Sources/fuzz-edges",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .executableTarget(
            name: "fuzz-network",
            dependencies: [
                "FuzzSupport",
                .product(name: "CorridorModel", package: "corridor"),
            ],
            path: "Sources/fuzz-network",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
