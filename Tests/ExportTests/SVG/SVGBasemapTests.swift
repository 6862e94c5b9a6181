import EventModel
import Foundation
import Testing
@testable import Export

@Suite("SVG basemap")
struct SVGBasemapTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    @Test func standardBasemapHoldsSyriaNeighboursAndCapitals() throws {
        let b = try Basemap.standard()
        let codes = Set(b.countries.map(\.code))
        for c in ["SYR", "TUR", "LBN", "ISR", "JOR", "IRQ", "CYP"] { #expect(codes.contains(c)) }
        #expect(b.countries.first { $0.code == "SYR" }?.name == "Syria")
        #expect(b.places.count == 13)
        #expect(b.places.contains { $0.name == "Deir ez-Zor" })
        #expect(b.attribution == ["Boundaries: Natural Earth"])
    }

    @Test func userBoundariesInUTMAreReadAndDrawn() throws {
        let url = Self.fixtures.appendingPathComponent("svg-governorates-utm37.geojson")
        let b = try Basemap(geoJSONFile: url)
        #expect(b.overlayCRS == "EPSG:32637")
        #expect(b.overlay.count == 3)
        #expect(b.overlay[0].name == "Idlib (approximate)")
        var r = MapReport(events: SVGSamples.idlibMay2019, title: "User boundaries", period: SVGSamples.may2019, basemap: b)
        r.produced = SVGSamples.day("2026-11-21")
        let svg = try r.svg()
        try expectValidSVG(svg, name: "svg-user-basemap")
        #expect(svg.contains("class=\"overlay\""))
        #expect(svg.contains("Boundaries: svg-governorates-utm37.geojson"))
    }

    @Test(arguments: [
        ("not json", "not valid JSON"),
        ("{\"type\":\"FeatureCollection\"}", "without a \"features\" array"),
        ("{\"type\":\"FeatureCollection\",\"features\":[]}", "no Polygon"),
        ("{\"type\":\"Polygon\",\"coordinates\":[[[1,2],[\"x\",3]]]}", "malformed Polygon"),
        ("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:999999\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}}]}", "unknown CRS"),
    ])
    func badFilesThrowAnErrorNamingTheFile(_ text: String, _ reason: String) throws {
        let dir = try makeTemporaryFolder("svg-basemap")
        let url = dir.appendingPathComponent("bad.geojson")
        try Data(text.utf8).write(to: url)
        do {
            _ = try Basemap(geoJSONFile: url)
            Issue.record("no error for \(text)")
        } catch let e as BasemapError {
            #expect(e.description.hasPrefix(url.path + ": "))
            #expect(e.description.contains(reason), "\(e)")
        }
    }

    @Test func missingFileIsAnError() {
        #expect(throws: BasemapError.self) { try Basemap(geoJSONFile: URL(fileURLWithPath: "/nonexistent/b.geojson")) }
    }
}
