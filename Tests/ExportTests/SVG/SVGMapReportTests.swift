import EventModel
import Foundation
import Projection
import Testing
@testable import Export

@Suite("SVG map report")
struct SVGMapReportTests {
    func report(_ events: [Event] = SVGSamples.idlibMay2019) throws -> MapReport {
        var r = MapReport(events: events, title: "Conflict events in north-west Syria", period: SVGSamples.may2019,
                          basemap: try Basemap.standard())
        r.produced = SVGSamples.day("2026-11-21")
        r.generator = "eventmap 0.1.0"
        return r
    }

    @Test func mapIsValidSVGAndRenders() throws {
        let svg = try report().svg()
        try expectValidSVG(svg, name: "svg-idlib-may2019")
        #expect(svg.contains("font-family=\"DejaVu Sans, Arial, sans-serif\""))
        #expect(svg.contains("Idlib and Hama, 1–31 May 2019"))
        #expect(svg.contains("Produced 21 November 2026"))
        #expect(svg.contains("Boundaries: Natural Earth"))
        #expect(svg.contains("Places: GeoNames (CC BY 4.0)"))
        #expect(svg.contains("eventmap 0.1.0"))
        #expect(svg.contains("Sources: AFP, Reuters"))
        #expect(svg.contains("Disclaimer"))
        #expect(svg.contains("id=\"north-arrow\"") && svg.contains("id=\"scalebar\""))
        #expect(svg.contains("id=\"locator\""), "a zoomed map carries the locator inset")
        #expect(svg.contains("id=\"timeline\""))
        // Legend: one entry per type drawn, with counts.
        #expect(svg.contains("Explosions/Remote violence (9)"))
        #expect(svg.contains("Battles (4)"))
        #expect(!svg.contains("Riots ("))
        #expect(svg.contains("Reported fatalities"))
        #expect(svg.contains("Governorate or wider area"))
    }

    @Test func eventWithReversedDatesIsDrawnInItsPeriod() throws {
        // The map command files an event in every period its days overlap, reading a reversed pair
        // of dates the right way round; the report must draw it there too.
        var events = Array(SVGSamples.idlibMay2019.prefix(3))
        var reversed = events[0]
        reversed.eventID = "reversed-dates"
        (reversed.date, reversed.dateEnd) = (SVGSamples.day("2019-05-20"), SVGSamples.day("2019-04-28"))
        events.append(reversed)
        let svg = try report(events).svg()
        #expect(svgMarkers(svg).count == 4, "the event dated 20 May back to 28 April is drawn on May's map")
    }

    @Test func smallMapMatchesItsGoldenFile() throws {
        // Same input, same bytes: a change to any layer shows up here (RECORD_SNAPSHOTS=1 to accept).
        let svg = try report(Array(SVGSamples.idlibMay2019.prefix(6))).svg()
        try expectMatchesGolden(svg, named: "svg-golden-map.svg")
    }

    @Test func markersSitWhereTheProjectionPutsTheEvents() throws {
        let r = try report()
        let svg = try r.svg()
        let frame = try r.frame()
        let markers = svgMarkers(svg)
        #expect(markers.count == SVGSamples.idlibMay2019.count)
        let t = try Transformer(from: "EPSG:4326", to: "EPSG:22770")
        for m in markers {
            // Invert the marker's pixel position: pixel -> projected -> lon/lat.
            let ll = try t.inverse(frame.projected(XY(x: m.x, y: m.y)))
            let metresPerPixel = 1 / frame.scale
            let offKm = svgHaversineKm(ll.x, ll.y, m.lon, m.lat)
            #expect(offKm * 1000 <= metresPerPixel, "marker \(m.id) is \(offKm) km from its event")
            #expect(SVGSamples.idlibMay2019.contains { $0.coordinate.lon == m.lon && $0.coordinate.lat == m.lat })
        }
        // Larger symbols are drawn first.
        let sizes = svgCaptures(#"<path class="ev"[^>]* d="M-([0-9.]+),0a"#, in: svg).map { Double($0[0])! }
        #expect(sizes == sizes.sorted(by: >))
    }

    @Test func everyStringIsEscaped() throws {
        var events = SVGSamples.idlibMay2019
        events[0].location = "<script>alert(\"x\")</script> & 'Tom'"
        events[0].outlets = ["Ben & Jerry's <News>"]
        events[0].admin1 = "Idlib\" onload=\"x"
        var r = try report(events)
        r.title = "Events <b>bold</b> & \"quoted\""
        r.sources = ["A&B"]
        let svg = try r.svg()
        try expectValidSVG(svg, name: "svg-escaping")
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Tom&#39;"))
        #expect(svg.contains("Ben &amp; Jerry&#39;s &lt;News&gt;"))
        #expect(svg.contains("Events &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;"))
    }

    @Test func denseDataIsAggregatedIntoHexagons() throws {
        let many = SVGSamples.synthetic(2500, start: "2019-05-01", days: 31)
        let svg = try report(many).svg()
        try expectValidSVG(svg, name: "svg-hexbins")
        #expect(!svg.contains("class=\"ev\""))
        let counts = svgCaptures(#"class="hex" data-count="([0-9]+)""#, in: svg).map { Int($0[0])! }
        #expect(counts.count > 20)
        #expect(counts.reduce(0, +) == 2500)
        #expect(svg.contains("Events per hexagon"))
        // At the threshold, symbols are still drawn.
        let few = try report(Array(many.prefix(2000))).svg()
        #expect(!few.contains("class=\"hex\""))
        #expect(svgMarkers(few).count == 2000)
    }

    @Test func scaleBarMatchesTheGroundWithinOnePercent() throws {
        for events in [SVGSamples.idlibMay2019, SVGSamples.synthetic(300, start: "2019-05-01", days: 31)] {
            let r = try report(events)
            let svg = try r.svg()
            let frame = try r.frame()
            let px = Double(svgCaptures(#"id="scalebar-bar" x="[-0-9.]+" y="[-0-9.]+" width="([0-9.]+)""#, in: svg)[0][0])!
            let km = Double(svgCaptures(#"id="scalebar" data-km="([0-9.]+)""#, in: svg)[0][0])!
            let c = frame.extent.centre
            let half = px / frame.scale / 2
            let t = try Transformer(from: "EPSG:22770", to: "EPSG:4326")
            let a = try t.forward(XY(x: c.x - half, y: c.y)), b = try t.forward(XY(x: c.x + half, y: c.y))
            let ground = svgHaversineKm(a.x, a.y, b.x, b.y)
            #expect(abs(ground - km) / km < 0.01, "bar says \(km) km, measures \(ground) km")
            #expect(svg.contains(">\(ScaleBar.label(km)) km</text>"))
        }
    }

    @Test func labelsNeverOverlapEachOtherOrSymbols() throws {
        let svg = try report().svg()
        var boxes: [(String, PixelRect)] = []
        let groups = svgCaptures(#"<g class="(labels|capitals)" font-size="([0-9.]+)"[^>]*>([\s\S]*?)</g>"#, in: svg)
        #expect(groups.count == 2)
        for g in groups {
            let size = Double(g[1])!
            for l in svgCaptures(#"<text class="label" x="([-0-9.]+)" y="([-0-9.]+)" text-anchor="(\w+)">([^<]*)</text>"#, in: g[2]) {
                let x = Double(l[0])!, y = Double(l[1])!
                let w = LabelPlacer.width(l[3], size: size)
                let left = l[2] == "start" ? x : l[2] == "end" ? x - w : x - w / 2
                boxes.append((l[3], PixelRect(x: left, y: y - size * 0.78, width: w, height: size)))
            }
        }
        #expect(boxes.count >= 8, "labels placed: \(boxes.map(\.0))")
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                #expect(!boxes[i].1.intersects(boxes[j].1), "\(boxes[i].0) overlaps \(boxes[j].0)")
            }
            for m in svgMarkers(svg) {
                let sym = PixelRect(x: m.x - 4, y: m.y - 4, width: 8, height: 8)
                #expect(!boxes[i].1.intersects(sym), "\(boxes[i].0) covers marker \(m.id)")
            }
        }
    }

    @Test func timelineHighlightsThePeriodInALongerStrip() throws {
        var r = try report(SVGSamples.idlibMay2019 + SVGSamples.synthetic(200, start: "2019-01-01", days: 365))
        r.timeline = SVGSamples.day("2019-01-01")...SVGSamples.day("2019-12-31")
        let svg = try r.svg()
        try expectValidSVG(svg, name: "svg-timeline-year")
        #expect(svg.contains("id=\"timeline-period\""))
        #expect(svg.contains("Events per week, by type"))
        #expect(svg.contains(">Jan 2019</text>"))
        // Only the period's events on the map, the whole year's in the strip.
        var split = try report(SVGSamples.idlibMay2019)
        split.timeline = r.timeline
        split.timelineEvents = r.events
        let splitSVG = try split.svg()
        #expect(splitSVG.contains("id=\"timeline-period\""))
        #expect(svgMarkers(splitSVG).count == SVGSamples.idlibMay2019.count)
        #expect(svgCaptures(#"class="bars"[^>]* d="([^"]+)""#, in: splitSVG).map { $0[0].components(separatedBy: "Z").count - 1 }.reduce(0, +)
                > svgCaptures(#"class="bars"[^>]* d="([^"]+)""#, in: try report().svg()).map { $0[0].components(separatedBy: "Z").count - 1 }.reduce(0, +))
        let own = try report().svg()
        #expect(!own.contains("id=\"timeline-period\""))
        #expect(own.contains("Events per day, by type"))
    }

    @Test func wholeCountryMapHasNoInset() throws {
        let corners = [
            SVGSamples.event(90, "2019-05-04", .airStrike, "Qamishli", "Al-Hasakah", lat: 37.05, lon: 41.22),
            SVGSamples.event(91, "2019-05-05", .shelling, "Abu Kamal", "Deir ez-Zor", lat: 34.45, lon: 40.92),
            SVGSamples.event(92, "2019-05-06", .armedClash, "Daraa", "Daraa", lat: 32.62, lon: 36.10),
            SVGSamples.event(93, "2019-05-07", .armedClash, "Kessab", "Latakia", lat: 35.93, lon: 35.99),
        ]
        let svg = try report(SVGSamples.synthetic(500, start: "2019-05-01", days: 31) + corners).svg()
        try expectValidSVG(svg, name: "svg-syria")
        #expect(!svg.contains("id=\"locator\""))
    }

    @Test func unknownCRSThrows() throws {
        var r = try report()
        r.crs = "EPSG:999999"
        #expect(throws: (any Error).self) { try r.svg() }
    }

    @Test func otherCRSDrawsTheSameEventsInPlace() throws {
        var r = try report()
        r.crs = "EPSG:32637"
        let svg = try r.svg()
        try expectValidSVG(svg, name: "svg-utm37")
        let frame = try r.frame()
        let t = try Transformer(from: "EPSG:4326", to: "EPSG:32637")
        for m in svgMarkers(svg) {
            let p = frame.pixel(try t.forward(XY(x: m.lon, y: m.lat)))
            #expect(hypot(p.x - m.x, p.y - m.y) <= 1)
        }
    }
}
