import EventModel
import Foundation
import Testing
@testable import Export

@Suite("SVG small multiples")
struct SVGSmallMultiplesTests {
    @Test func panelsShareOneExtentAndEmptyPeriodsAreListed() throws {
        let ev = SVGSamples.idlibMay2019
        var sm = SmallMultiples(panels: [
            ("2019-05-W1", Array(ev.prefix(5))), ("2019-05-W2", Array(ev[5..<9])), ("2019-06", []),
            ("2019-05-W3", Array(ev[9...])),
        ], title: "Idlib & Hama by week", basemap: try Basemap.standard())
        sm.produced = SVGSamples.day("2026-11-21")
        let svg = try sm.svg()
        try expectValidSVG(svg, name: "svg-small-multiples")
        #expect(svgCaptures(#"<g class="panel" id="panel-(\d+)""#, in: svg).count == 3)
        #expect(svg.contains("No events: 2019-06"))
        #expect(svg.contains("Sources: AFP, Reuters"))
        #expect(svg.contains("Places: GeoNames (CC BY 4.0)"))
        #expect(svg.contains("Idlib &amp; Hama by week"))
        #expect(svgMarkers(svg).count == ev.count)
        // Same extent and scale: the same event place gets the same panel-local position.
        let khan = svgMarkers(svg).filter { $0.lon == 36.6510 }
        #expect(khan.count == 2)
        #expect(khan.count == 2 && khan[0].x == khan[1].x && khan[0].y == khan[1].y)
    }
}
