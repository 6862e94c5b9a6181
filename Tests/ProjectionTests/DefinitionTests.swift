import Foundation
import Testing
@testable import Projection

/// Every kind of definition PROJ accepts gives the same transform as the EPSG code.
@Suite struct DefinitionTests {
    static let aleppo = Fixture.places.first { $0.name == "Aleppo" }!

    static func definitions() throws -> [(String, String)] {
        [
            ("EPSG code", "EPSG:22770"),
            ("OGC URN", "urn:ogc:def:crs:EPSG::22770"),
            ("WKT2 from projinfo", try Fixture.text("EPSG-22770.wkt")),
            ("PROJJSON from projinfo", try Fixture.text("EPSG-22770.json")),
        ]
    }

    @Test func everyDefinitionFormAgreesWithCs2cs() throws {
        for (label, definition) in try Self.definitions() {
            let t = try Transformer(from: "EPSG:4326", to: definition)
            let got = try t.forward(Self.aleppo.lonLat)
            let want = Self.aleppo.expected["EPSG:22770"]!
            #expect(abs(got.x - want.x) < 0.001 && abs(got.y - want.y) < 0.001, "\(label): \(got) vs \(want)")
            #expect(t.target.name == "Deir ez Zor / Syria Lambert", "\(label)")
        }
    }

    @Test func wktAndPROJJSONWrittenByPROJReadBack() throws {
        let crs = try CRS("EPSG:32637")
        for text in [crs.wkt, crs.projJSON].compactMap({ $0 }) {
            let t = try Transformer(from: "EPSG:4326", to: text)
            let got = try t.forward(Self.aleppo.lonLat)
            let want = Self.aleppo.expected["EPSG:32637"]!
            #expect(abs(got.x - want.x) < 0.001 && abs(got.y - want.y) < 0.001)
        }
        #expect(crs.wkt?.hasPrefix("PROJCRS[\"WGS 84 / UTM zone 37N\"") == true)
        #expect(crs.identifier == "EPSG:32637")
    }

    @Test func projStringsWithAndWithoutTypeCRS() throws {
        // Pure projection of the map CRS, on its own ellipsoid (no datum shift): compare lon/lat on
        // that datum (EPSG:4227) with the proj string of the same projection.
        let lcc = "+proj=lcc +lat_1=34.65 +lat_0=34.65 +lon_0=37.35 +k_0=0.9996256 +x_0=300000 +y_0=300000 +ellps=clrk80ign +units=m"
        let byCode = try Transformer(from: "EPSG:4227", to: "EPSG:22770")
        for target in [lcc, lcc + " +type=crs"] {
            let t = try Transformer(from: "+proj=longlat +ellps=clrk80ign", to: target)
            for place in Fixture.places {
                let a = try byCode.forward(place.lonLat), b = try t.forward(place.lonLat)
                #expect(abs(a.x - b.x) < 1e-6 && abs(a.y - b.y) < 1e-6, "\(place.name)")
            }
        }
    }

    @Test func webMercatorKnownValues() throws {
        let t = try Transformer(from: "EPSG:4326", to: "EPSG:3857")
        #expect(try t.forward(XY(x: 0, y: 0)) == XY(x: 0, y: 0))
        let east = try t.forward(XY(x: 180, y: 0))
        #expect(abs(east.x - 20_037_508.342789244) < 1e-6)
        let damascus = Fixture.places.first { $0.name == "Damascus" }!
        let got = try t.forward(damascus.lonLat), want = damascus.expected["EPSG:3857"]!
        #expect(abs(got.x - want.x) < 0.001 && abs(got.y - want.y) < 0.001)
    }

    @Test func crsProperties() throws {
        let crs = try CRS("EPSG:22770")
        #expect(crs.name == "Deir ez Zor / Syria Lambert")
        #expect(crs.identifier == "EPSG:22770")
        #expect(!crs.isGeographic)
        let area = try #require(crs.areaOfUse)
        #expect(area.name.contains("Syria"))
        #expect(area.west > 35 && area.west < 36 && area.east > 42 && area.east < 43)
        #expect(area.south > 32 && area.south < 33 && area.north > 37 && area.north < 38)
        #expect(try CRS("EPSG:4326").isGeographic)
        #expect(try CRS("+proj=longlat +datum=WGS84").areaOfUse == nil)
        #expect(try CRS("EPSG:4326").projString?.contains("+proj=longlat") == true)
    }

    @Test func lonLatOrderEvenForLatLonCRS() throws {
        // EPSG:4326 is officially latitude first; callers still pass longitude as x.
        let t = try Transformer(from: "EPSG:4326", to: "EPSG:4326")
        #expect(try t.forward(XY(x: 37.1612, y: 36.2012)) == XY(x: 37.1612, y: 36.2012))
    }
}
