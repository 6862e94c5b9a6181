import Testing
@testable import Projection

/// Swift agrees with `cs2cs` on known Syrian places (fixture from scripts/make-projection-fixture.sh).
@Suite struct KnownPlacesTests {
    static let targets = ["EPSG:22770", "EPSG:32637", "EPSG:3857"]

    @Test func fixtureHasTwentyOrMorePlaces() {
        #expect(Fixture.places.count >= 20)
        #expect(Fixture.places.contains { $0.name == "Aleppo" })
    }

    @Test(arguments: targets)
    func singlePointsAgreeWithCs2csWithinOneMillimetre(target: String) throws {
        let t = try Transformer(from: "EPSG:4326", to: target)
        for place in Fixture.places {
            let got = try t.forward(place.lonLat)
            let want = place.expected[target]!
            #expect(abs(got.x - want.x) < 0.001, "\(place.name) easting \(got.x) vs cs2cs \(want.x)")
            #expect(abs(got.y - want.y) < 0.001, "\(place.name) northing \(got.y) vs cs2cs \(want.y)")
        }
    }

    @Test(arguments: targets)
    func batchAgreesWithCs2csAndIsClean(target: String) throws {
        let t = try Transformer(from: "EPSG:4326", to: target)
        var points = Fixture.places.map(\.lonLat)
        let report = try t.forward(&points)
        #expect(report.failed.isEmpty)
        #expect(report.message == nil)
        // Syria lies in EPSG:22770's and EPSG:3857's areas, but spills over UTM zone 37N (36°E-42°E).
        let outside = target == "EPSG:32637" ? Fixture.places.indices.filter { !Fixture.places[$0].isInUTM37 } : []
        #expect(report.outsideAreaOfUse == outside)
        if target == "EPSG:32637" { #expect(outside.count >= 3) }
        for (place, got) in zip(Fixture.places, points) {
            let want = place.expected[target]!
            #expect(abs(got.x - want.x) < 0.001 && abs(got.y - want.y) < 0.001, "\(place.name): \(got) vs \(want)")
        }
    }

    @Test func aleppoKnownValueIn22770() throws {
        let t = try Transformer(from: "EPSG:4326", to: "EPSG:22770")
        let p = try t.forward(XY(x: 37.1612, y: 36.2012))
        #expect(abs(p.x - 282_898.228232) < 0.001)
        #expect(abs(p.y - 472_123.130670) < 0.001)
    }

    /// Pure projections (no datum change) invert exactly: within 1e-9 degrees.
    @Test(arguments: [("EPSG:4326", "EPSG:32637"), ("EPSG:4326", "EPSG:3857"), ("EPSG:4227", "EPSG:22770")])
    func roundTripsWithinOneNanodegree(source: String, target: String) throws {
        try expectRoundTrip(source, target, within: 1e-9)
    }

    /// WGS 84 to EPSG:22770 includes a datum shift (WGS 84 to Deir ez Zor) that PROJ chooses per
    /// point among several (5 m Syria-wide, 0.5 m around Deir ez-Zor), and may choose differently on
    /// the way back; it also drops the ellipsoidal height the shift produces. So the way back can be
    /// off by centimetres to metres (Al-Hasakah: 6.5e-5 degrees), and `cs2cs` is off by exactly as much
    /// (`cs2cs EPSG:4326 EPSG:22770 | cs2cs -I EPSG:4326 EPSG:22770`, fixture columns latBack/lonBack).
    /// The Swift round trip must equal cs2cs's within 1e-9 degrees. Round trips through the map CRS's
    /// own datum are exact (EPSG:4227 above).
    @Test func roundTripThroughDatumShiftMatchesCs2cs() throws {
        let t = try Transformer(from: "EPSG:4326", to: "EPSG:22770")
        var points = Fixture.places.map(\.lonLat)
        try t.forward(&points)
        try t.inverse(&points)
        for (place, back) in zip(Fixture.places, points) {
            let want = place.roundTrip22770
            #expect(abs(back.x - want.x) < 1e-9 && abs(back.y - want.y) < 1e-9, "\(place.name): \(back) vs cs2cs \(want)")
            #expect(abs(back.x - place.lonLat.x) < 1e-4 && abs(back.y - place.lonLat.y) < 1e-4, "\(place.name)")
        }
    }

    private func expectRoundTrip(_ source: String, _ target: String, within tolerance: Double) throws {
        let t = try Transformer(from: source, to: target)
        let original = Fixture.places.map(\.lonLat) + Fixture.syriaGrid(2_000)
        var points = original
        #expect(try t.forward(&points).failed.isEmpty)
        #expect(try t.inverse(&points).failed.isEmpty)
        var worst = 0.0
        for (a, b) in zip(original, points) { worst = max(worst, abs(a.x - b.x), abs(a.y - b.y)) }
        #expect(worst < tolerance, "\(source) -> \(target) -> back: worst error \(worst) degrees")
        for place in Fixture.places {
            let back = try t.inverse(try t.forward(place.lonLat))
            #expect(abs(back.x - place.lonLat.x) < tolerance && abs(back.y - place.lonLat.y) < tolerance, "\(place.name)")
        }
    }

    @Test func inverseOfCs2csValuesGivesThePlace() throws {
        let t = try Transformer(from: "EPSG:4326", to: "EPSG:32637")
        var points = Fixture.places.map { $0.expected["EPSG:32637"]! }
        #expect(try t.inverse(&points).failed.isEmpty)
        for (place, got) in zip(Fixture.places, points) {
            #expect(abs(got.x - place.lonLat.x) < 1e-8 && abs(got.y - place.lonLat.y) < 1e-8, "\(place.name)")
        }
    }

    @Test func projectedToProjectedAgreesWithCs2cs() throws {
        // EPSG:22770 -> EPSG:32637 directly (neither side is longitude/latitude, so the area check
        // goes through the target's geographic CRS).
        let t = try Transformer(from: "EPSG:22770", to: "EPSG:32637")
        var points = Fixture.places.map { $0.expected["EPSG:22770"]! }
        let report = try t.forward(&points)
        #expect(report.failed.isEmpty)
        #expect(report.outsideAreaOfUse == Fixture.places.indices.filter { !Fixture.places[$0].isInUTM37 })
        for (place, got) in zip(Fixture.places, points) {
            let want = place.expected["EPSG:22770->EPSG:32637"]!
            #expect(abs(got.x - want.x) < 0.001 && abs(got.y - want.y) < 0.001, "\(place.name): \(got) vs \(want)")
        }
    }
}
