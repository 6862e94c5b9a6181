import Foundation
import Testing
import Projection

/// One row of `Fixtures/places-cs2cs.tsv`: a place and what `cs2cs` made of it.
struct KnownPlace: Sendable, CustomTestStringConvertible {
    var name: String
    /// WGS 84 longitude/latitude (x = lon, y = lat).
    var lonLat: XY
    /// Expected easting/northing per target CRS ("EPSG:22770", "EPSG:32637", "EPSG:3857"), and
    /// "EPSG:22770->EPSG:32637" for cs2cs run on the EPSG:22770 values.
    var expected: [String: XY]

    /// What `cs2cs` gets back (lon/lat) after EPSG:4326 -> EPSG:22770 -> EPSG:4326.
    var roundTrip22770: XY

    var testDescription: String { name }

    /// Whether the place lies in UTM zone 37N's area of use (36°E to 42°E); a few do not.
    var isInUTM37: Bool { lonLat.x >= 36 && lonLat.x <= 42 }
}

enum Fixture {
    /// URL of a file in the test bundle's `Fixtures/` folder.
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil)!
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }

    /// The rows of `places-cs2cs.tsv` (written by `scripts/make-projection-fixture.sh`).
    static let places: [KnownPlace] = {
        let text = try! Fixture.text("places-cs2cs.tsv")
        var rows: [KnownPlace] = []
        var header: [Substring] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t")
            if header.isEmpty { header = f; continue }
            let v = f.dropFirst().map { Double($0)! }
            rows.append(KnownPlace(
                name: String(f[0]), lonLat: XY(x: v[1], y: v[0]),
                expected: ["EPSG:22770": XY(x: v[2], y: v[3]), "EPSG:32637": XY(x: v[4], y: v[5]),
                           "EPSG:3857": XY(x: v[6], y: v[7]), "EPSG:22770->EPSG:32637": XY(x: v[8], y: v[9])],
                roundTrip22770: XY(x: v[11], y: v[10])))
        }
        return rows
    }()

    /// A deterministic grid of `n` longitude/latitude points spread over Syria.
    static func syriaGrid(_ n: Int) -> [XY] {
        (0..<n).map { i in
            let a = Double(i % 997) / 997, b = Double((i * 7919) % 1009) / 1009
            return XY(x: 35.7 + a * 6.6, y: 32.4 + b * 4.9)
        }
    }
}


