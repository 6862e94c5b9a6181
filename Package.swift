// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "eventmap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "eventmap", targets: ["eventmap"]),
        .library(name: "EventModel", targets: ["EventModel"]),
        .library(name: "Gazetteer", targets: ["Gazetteer"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Projection", targets: ["Projection"]),
        .library(name: "Export", targets: ["Export"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // PROJ's C API (libproj-dev). Only `Projection` imports it.
        .systemLibrary(
            name: "CProj",
            pkgConfig: "proj",
            providers: [.apt(["libproj-dev"])]
        ),
        // Value types every part shares: places, articles, events, days.
        .target(name: "EventModel"),
        .target(name: "Projection", dependencies: ["CProj"]),
        .target(name: "Gazetteer", dependencies: ["EventModel"]),
        .target(name: "Extraction", dependencies: ["EventModel", "Gazetteer"]),
        .target(name: "Export", dependencies: ["EventModel", "Projection"]),
        .executableTarget(
            name: "eventmap",
            dependencies: [
                "EventModel", "Gazetteer", "Extraction", "Projection", "Export",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "EventModelTests", dependencies: ["EventModel"]),
        .testTarget(name: "ProjectionTests", dependencies: ["Projection"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GazetteerTests", dependencies: ["Gazetteer", "EventModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "Gazetteer", "EventModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ExportTests", dependencies: ["Export", "Projection", "EventModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CLITests", dependencies: ["eventmap", "Projection"]),
    ]
)
