// swift-tools-version:6.0
// Benchmarks live in their own package so that nothing they need reaches eventmap's users.
import PackageDescription

let package = Package(
    name: "eventmap-benchmarks",
    platforms: [.macOS(.v13)],
    // `name:` pins the identity: SwiftPM otherwise names a path dependency after its folder.
    dependencies: [.package(name: "eventmap", path: "..")],
    targets: [
        .executableTarget(
            name: "eventmap-bench",
            dependencies: [
                .product(name: "EventModel", package: "eventmap"),
                .product(name: "Gazetteer", package: "eventmap"),
                .product(name: "Extraction", package: "eventmap"),
                .product(name: "Projection", package: "eventmap"),
                .product(name: "Export", package: "eventmap"),
            ],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),
    ]
)
