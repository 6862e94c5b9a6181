import EventModel
import Projection

/// Draws one map panel: sea, countries, user boundaries, hexagons or event symbols, reference
/// places and labels, clipped to the frame. Shared by ``MapReport`` and ``SmallMultiples``.
struct MapCanvas {
    /// An event with its projected position.
    struct Plotted {
        var event: Event
        var point: XY

        /// `events` that `geographic` (from EPSG:4326) can project, with their positions, in order;
        /// those PROJ cannot transform (infinite after the call) are left out.
        static func project(_ events: [Event], with geographic: Transformer) throws -> [Plotted] {
            var pts = events.map { XY(x: $0.coordinate.lon, y: $0.coordinate.lat) }
            _ = try geographic.forward(&pts)
            var plotted: [Plotted] = []
            plotted.reserveCapacity(pts.count)
            for (e, p) in zip(events, pts) where p.isFinite { plotted.append(Plotted(event: e, point: p)) }
            return plotted
        }
    }

    let frame: MapFrame
    let base: ProjectedBasemap
    /// Prefix for element ids, unique per panel.
    let id: String
    var symbols: SymbolScale
    /// Hexagon grid when the events are aggregated.
    var hex: (grid: HexGrid, classes: HexClasses)?
    /// How many event places get labels.
    var maxEventLabels = 14
    var labelSize = 11.0

    static let sea = "#D6E6F0", land = "#E4E2DD", focus = "#FBFAF6", coast = "#7FA6C2"

    /// Writes the panel. Labels avoid `reserved` rectangles (scale bar, north arrow, inset).
    func draw(_ events: [Plotted], into w: inout SVGWriter, reserved: [PixelRect] = []) {
        let r = frame.rect
        let f = SVGWriter.num
        w.raw("<defs><clipPath id=\"\(id)clip\"><rect x=\"\(f(r.x))\" y=\"\(f(r.y))\" width=\"\(f(r.width))\" height=\"\(f(r.height))\"/></clipPath>")
        var shown: [(Int, ProjectedBasemap.Feature)] = []
        for (i, c) in base.countries.enumerated() where c.touches(frame.extent) {
            let d = c.pathData(in: frame, tolerance: 0.6, closed: true)
            if d.isEmpty { continue }
            w.raw("<path id=\"\(id)c\(i)\" d=\"\(d)\"/>")
            shown.append((i, c))
        }
        // The panel's georeference, so a reader can map pixels back to coordinates: the CRS, the
        // projected bounds shown (min x, min y, max x, max y) and the pixel rectangle they fill.
        let e = frame.extent
        w.raw("</defs>\n<g clip-path=\"url(#\(id)clip)\" data-crs=\"\(SVGWriter.escape(e.crs))\" ")
        w.raw("data-extent=\"\(e.minX) \(e.minY) \(e.maxX) \(e.maxY)\" data-rect=\"\(r.x) \(r.y) \(r.width) \(r.height)\">\n")
        w.raw("<rect x=\"\(f(r.x))\" y=\"\(f(r.y))\" width=\"\(f(r.width))\" height=\"\(f(r.height))\" fill=\"\(Self.sea)\"/>\n")
        // Coast: a wide blue stroke under the fills leaves a line only where land meets sea.
        w.raw("<g fill=\"none\" stroke=\"\(Self.coast)\" stroke-width=\"2.2\" stroke-linejoin=\"round\">")
        for (i, _) in shown { w.raw("<use xlink:href=\"#\(id)c\(i)\"/>") }
        w.raw("</g>\n<g stroke=\"none\">")
        for (i, c) in shown { w.raw("<use xlink:href=\"#\(id)c\(i)\" fill=\"\(c.isFocus ? Self.focus : Self.land)\"/>") }
        w.raw("</g>\n<g fill=\"none\" stroke=\"#A3A3A3\" stroke-width=\"0.6\" stroke-linejoin=\"round\">")
        for (i, c) in shown where !c.isFocus { w.raw("<use xlink:href=\"#\(id)c\(i)\"/>") }
        w.raw("</g>\n")
        for (i, c) in shown where c.isFocus {
            w.raw("<use xlink:href=\"#\(id)c\(i)\" fill=\"none\" stroke=\"#4D4D4D\" stroke-width=\"1.1\" stroke-linejoin=\"round\"/>\n")
        }
        for o in base.overlay where o.touches(frame.extent) {
            let d = o.pathData(in: frame, tolerance: 0.6, closed: true) + o.pathData(in: frame, tolerance: 0.6, closed: false)
            if !d.isEmpty {
                w.raw("<path class=\"overlay\" d=\"\(d)\" fill=\"none\" stroke=\"#6F6F6F\" stroke-width=\"0.7\" stroke-dasharray=\"4 2\"/>\n")
            }
        }
        let hexBoxes = hex.map { drawHexes(events, $0.grid, $0.classes, into: &w) } ?? []
        var placer = LabelPlacer(bounds: r.inset(2))
        for b in reserved { placer.block(b) }
        let capitals = base.places.map { (name: $0.name, px: frame.pixel($0.point)) }
            .filter { r.contains(PixelRect(x: $0.px.x, y: $0.px.y, width: 0, height: 0)) }
        for c in capitals { placer.block(symbolAt: c.px, radius: 3) }
        var labelled: [String] = []
        var labelledAt: [XY] = []  // event places labelled, so a capital on the same spot is not named twice
        if hex == nil {
            let sorted = drawSymbols(events, into: &w)
            for s in sorted { placer.block(symbolAt: s.px, radius: s.radius) }
            w.raw("<g class=\"labels\" font-size=\"\(f(labelSize))\" font-weight=\"bold\" fill=\"#1A1A1A\" stroke=\"#FFFFFF\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">\n")
            for place in importantPlaces(sorted) {
                guard let p = placer.place(place.name, at: place.px, gap: place.radius, size: labelSize) else { continue }
                w.raw("<text class=\"label\" x=\"\(f(p.x))\" y=\"\(f(p.y))\" text-anchor=\"\(p.anchor)\">\(SVGWriter.escape(place.name))</text>\n")
                labelled.append(place.name)
                labelledAt.append(place.px)
            }
            w.raw("</g>\n")
        }
        // Governorate capitals: dots always, labels where they fit.
        w.raw("<g fill=\"#333333\" stroke=\"#FFFFFF\" stroke-width=\"0.8\">")
        for c in capitals {
            w.raw("<rect x=\"\(f(c.px.x - 2.5))\" y=\"\(f(c.px.y - 2.5))\" width=\"5\" height=\"5\"/>")
        }
        w.raw("</g>\n<g class=\"capitals\" font-size=\"10\" fill=\"#333333\" stroke=\"#FFFFFF\" stroke-width=\"2.5\" stroke-linejoin=\"round\" paint-order=\"stroke\">\n")
        for c in capitals where !labelled.contains(c.name)
            && !labelledAt.contains(where: { abs($0.x - c.px.x) < 8 && abs($0.y - c.px.y) < 8 }) {
            guard let p = placer.place(c.name, at: c.px, gap: 3, size: 10) else { continue }
            w.raw("<text class=\"label\" x=\"\(f(p.x))\" y=\"\(f(p.y))\" text-anchor=\"\(p.anchor)\">\(SVGWriter.escape(c.name))</text>\n")
        }
        w.raw("</g>\n")
        for b in hexBoxes { placer.block(b) }  // names of countries and sea stay off the hexagons
        drawCountryNames(&placer, into: &w)
        drawSeaName(&placer, into: &w)
        w.raw("</g>\n<rect x=\"\(f(r.x))\" y=\"\(f(r.y))\" width=\"\(f(r.width))\" height=\"\(f(r.height))\" fill=\"none\" stroke=\"#808080\" stroke-width=\"0.8\"/>\n")
    }

    /// A symbol on the page.
    struct Symbol {
        var px: XY
        var radius: Double
        var plotted: Plotted
    }

    /// Draws event symbols, largest first; returns them in drawing order.
    private func drawSymbols(_ events: [Plotted], into w: inout SVGWriter) -> [Symbol] {
        let f = SVGWriter.num
        var syms = events.map { Symbol(px: frame.pixel($0.point), radius: symbols.radius($0.event.fatalities), plotted: $0) }
        syms = syms.filter { frame.rect.inset(-30).contains(PixelRect(x: $0.px.x, y: $0.px.y, width: 0, height: 0)) }
        syms.sort { $0.radius != $1.radius ? $0.radius > $1.radius : $0.plotted.event.eventID < $1.plotted.event.eventID }
        w.raw("<g class=\"events\" stroke-linejoin=\"round\">\n")
        for (n, s) in syms.enumerated() {
            let e = s.plotted.event
            let style = SymbolStyle.of(e.eventType)
            let paint: String
            switch e.geoPrecision {
            case .exact: paint = "fill=\"\(style.colour)\" fill-opacity=\"0.9\" stroke=\"#FFFFFF\" stroke-width=\"0.8\""
            case .near: paint = "fill=\"#FFFFFF\" fill-opacity=\"0.6\" stroke=\"\(style.colour)\" stroke-width=\"2\""
            case .region: paint = "fill=\"#FFFFFF\" fill-opacity=\"0.4\" stroke=\"\(style.colour)\" stroke-width=\"1.8\" stroke-dasharray=\"3 2\""
            }
            w.raw("<path class=\"ev\" id=\"\(id)ev\(n)\" data-lon=\"\(e.coordinate.lon)\" data-lat=\"\(e.coordinate.lat)\" transform=\"translate(\(f(s.px.x)) \(f(s.px.y)))\" d=\"\(style.path(radius: s.radius))\" \(paint)/>\n")
        }
        w.raw("</g>\n")
        return syms
    }

    /// Event places by importance (events there, then fatalities), one entry per place.
    private func importantPlaces(_ syms: [Symbol]) -> [(name: String, px: XY, radius: Double)] {
        var byPlace: [String: (n: Int, dead: Int, px: XY, radius: Double)] = [:]
        for s in syms {
            let name = s.plotted.event.location
            guard !name.isEmpty else { continue }
            var v = byPlace[name] ?? (0, 0, s.px, s.radius)
            v.n += 1
            v.dead += s.plotted.event.fatalities ?? 0
            if s.radius > v.radius { v.radius = s.radius; v.px = s.px }
            byPlace[name] = v
        }
        return byPlace.sorted { a, b in
            (a.value.n, a.value.dead, b.key) > (b.value.n, b.value.dead, a.key)
        }.prefix(maxEventLabels).map { ($0.key, $0.value.px, $0.value.radius) }
    }

    /// Draws the occupied cells; returns their boxes on the page.
    private func drawHexes(_ events: [Plotted], _ grid: HexGrid, _ classes: HexClasses, into w: inout SVGWriter) -> [PixelRect] {
        var boxes: [PixelRect] = []
        let rpx = grid.radius * frame.scale
        let counts = grid.counts(events.map(\.point))
        let margin = frame.rect.inset(-20)
        w.raw("<g class=\"hexes\" stroke=\"#FFFFFF\" stroke-width=\"0.5\" fill-opacity=\"0.88\">\n")
        for (cell, n) in counts.sorted(by: { ($0.key.r, $0.key.q) < ($1.key.r, $1.key.q) }) {
            let c = frame.pixel(grid.centre(cell))
            guard margin.contains(PixelRect(x: c.x, y: c.y, width: 0, height: 0)) else { continue }
            boxes.append(PixelRect(x: c.x - rpx, y: c.y - rpx, width: 2 * rpx, height: 2 * rpx))
            var d = ""
            for (k, p) in grid.corners(cell).enumerated() {
                let q = frame.pixel(p)
                d += (k == 0 ? "M" : "L") + SVGWriter.num(q.x) + " " + SVGWriter.num(q.y)
            }
            w.raw("<path class=\"hex\" data-count=\"\(n)\" d=\"\(d)Z\" fill=\"\(classes.colour(classes.index(n)))\"/>\n")
        }
        w.raw("</g>\n")
        return boxes
    }

    /// Country names in grey capitals, at Natural Earth's label point when it is on the map,
    /// else at the sample point inside the country nearest to it.
    private func drawCountryNames(_ placer: inout LabelPlacer, into w: inout SVGWriter) {
        let f = SVGWriter.num
        w.raw("<g class=\"countries\" font-size=\"12\" letter-spacing=\"2\" fill=\"#8C8C8C\">\n")
        for c in base.countries where c.touches(frame.extent) && !c.name.isEmpty && c.name.count < 20 {
            let name = c.name.uppercased()
            let size = c.isFocus ? 15.0 : 12.0
            for p in candidatePoints(c) {
                guard let pl = placer.place(name, at: p, gap: 0, size: size, letterSpacing: c.isFocus ? 4 : 2,
                                            centredOnly: true) else { continue }
                let fill = c.isFocus ? " fill=\"#6E6E6E\" font-size=\"15\" letter-spacing=\"4\"" : ""
                w.raw("<text x=\"\(f(pl.x))\" y=\"\(f(pl.y))\" text-anchor=\"middle\"\(fill)>\(SVGWriter.escape(name))</text>\n")
                break
            }
        }
        w.raw("</g>\n")
    }

    /// "Mediterranean Sea" in blue italics at the first of a few sea points that is on the map.
    private func drawSeaName(_ placer: inout LabelPlacer, into w: inout SVGWriter) {
        for p in base.seaLabelPoints {
            let px = frame.pixel(p)
            let half = LabelPlacer.width("Mediterranean Sea", size: 11) / 2 + 4
            let probes = [XY(x: px.x, y: px.y), XY(x: px.x - half, y: px.y - 10), XY(x: px.x + half, y: px.y - 10),
                          XY(x: px.x - half, y: px.y + 5), XY(x: px.x + half, y: px.y + 5)].map(frame.projected)
            guard !probes.contains(where: { q in base.countries.contains { inside(q, $0) } }),
                  let pl = placer.place("Mediterranean Sea", at: px, gap: 0, size: 11, centredOnly: true) else { continue }
            w.raw("<text x=\"\(SVGWriter.num(pl.x))\" y=\"\(SVGWriter.num(pl.y))\" text-anchor=\"middle\" font-size=\"11\" font-style=\"italic\" fill=\"#4F7FA3\">Mediterranean Sea</text>\n")
            return
        }
    }

    private func candidatePoints(_ c: ProjectedBasemap.Feature) -> [XY] {
        let r = frame.rect
        let target = c.labelPoint.map(frame.pixel) ?? XY(x: r.x + r.width / 2, y: r.y + r.height / 2)
        var pts: [XY] = []
        for i in 0..<16 {
            for j in 0..<12 {
                let px = XY(x: r.x + r.width * (Double(i) + 0.5) / 16, y: r.y + r.height * (Double(j) + 0.5) / 12)
                if inside(frame.projected(px), c) { pts.append(px) }
            }
        }
        let sorted = pts.sorted { d2($0, target) < d2($1, target) }
        if r.inset(20).contains(PixelRect(x: target.x, y: target.y, width: 0, height: 0)), inside(frame.projected(target), c) {
            return [target] + sorted.prefix(8)
        }
        return Array(sorted.prefix(8))
    }

    private func d2(_ a: XY, _ b: XY) -> Double { (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y) }

    /// Even–odd point in polygon over every ring.
    private func inside(_ p: XY, _ c: ProjectedBasemap.Feature) -> Bool {
        var odd = false
        for ring in c.polygons.joined() {
            var j = ring.count - 1
            for i in 0..<ring.count {
                let a = ring[i], b = ring[j]
                if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x { odd.toggle() }
                j = i
            }
        }
        return odd
    }
}
