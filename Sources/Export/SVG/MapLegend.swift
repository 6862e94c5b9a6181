import EventModel

/// The legend: event types with counts, the fatalities size key, location precision, the
/// hexagon key when aggregated, and reference symbols.
struct MapLegend {
    /// Event types drawn, with counts, in legend order.
    var types: [(type: EventType, count: Int)]
    /// Size key values when symbol sizes vary (empty: no key).
    var sizeKey: [Int] = []
    var symbols: SymbolScale
    /// Location precisions present (drawn symbols only).
    var precisions: Set<GeoPrecision> = []
    /// Hexagon key when aggregated: classes and the cell width in km.
    var hex: (classes: HexClasses, acrossKm: Double)?
    var capitals = true
    var overlayName: String?

    init<S: Sequence<Event>>(events: S, symbols: SymbolScale, aggregated: Bool) {
        var counts: [EventType: Int] = [:]
        var precisions: Set<GeoPrecision> = []
        var maxDead = 0
        for e in events {
            counts[e.eventType, default: 0] += 1
            precisions.insert(e.geoPrecision)
            maxDead = max(maxDead, e.fatalities ?? 0)
        }
        types = SymbolStyle.order.compactMap { t in counts[t].map { (t, $0) } }
        self.symbols = symbols
        if !aggregated {
            if symbols.radius(maxDead) > symbols.floor + 0.5 { sizeKey = symbols.keyValues(max: maxDead) }
            self.precisions = precisions
        }
    }

    /// Fills in the entries that depend on how the map was drawn: the hexagon key (cell width in
    /// km, through the scale bar's ground distance per pixel) and the reference layers shown.
    mutating func describe(hex: (grid: HexGrid, classes: HexClasses)?, frame: MapFrame, bar: ScaleBar,
                           base: ProjectedBasemap, basemap: Basemap) {
        if let hex {
            self.hex = (hex.classes, hex.grid.radius * 3.0.squareRoot() * frame.scale * bar.kilometres / bar.pixels)
        }
        capitals = !base.places.isEmpty
        overlayName = base.overlay.isEmpty ? nil : basemap.attribution.first
    }

    /// Draws at (`x`, `top`) within `width`; returns the bottom.
    func draw(x: Double, top: Double, width: Double, into w: inout SVGWriter) -> Double {
        let f = SVGWriter.num
        var y = top
        w.raw("<g id=\"legend\" font-size=\"11\" fill=\"#333333\">\n")
        func heading(_ s: String) {
            y += 14
            w.raw("<text x=\"\(f(x))\" y=\"\(f(y))\" font-weight=\"bold\" font-size=\"12\" fill=\"#1A1A1A\">\(SVGWriter.escape(s))</text>\n")
            y += 8
        }
        heading(hex == nil ? "Event type" : "Event type (timeline)")
        if types.isEmpty {
            y += 14
            w.raw("<text x=\"\(f(x))\" y=\"\(f(y))\" font-style=\"italic\">No events in this period</text>\n")
            y += 6
        }
        for (t, n) in types {
            let style = SymbolStyle.of(t)
            let cy = y + 9
            w.raw("<path class=\"legend-type\" transform=\"translate(\(f(x + 8)) \(f(cy)))\" d=\"\(style.path(radius: 6))\" fill=\"\(style.colour)\" stroke=\"#FFFFFF\" stroke-width=\"0.8\"/>")
            w.raw("<text x=\"\(f(x + 22))\" y=\"\(f(cy + 4))\">\(SVGWriter.escape(t.rawValue)) (\(MapWords.count(n)))</text>\n")
            y += 20
        }
        if !sizeKey.isEmpty {
            heading("Reported fatalities")
            let rMax = symbols.radius(sizeKey.last!)
            var cx = x + 4
            let base = y + 2 * rMax + 4
            for v in sizeKey {
                let r = symbols.radius(v)
                cx += r
                w.raw("<circle cx=\"\(f(cx))\" cy=\"\(f(base - r))\" r=\"\(f(r))\" fill=\"#BDBDBD\" stroke=\"#555555\" stroke-width=\"0.8\"/>")
                w.raw("<text x=\"\(f(cx))\" y=\"\(f(base + 13))\" text-anchor=\"middle\" font-size=\"10\">\(v)</text>\n")
                cx += r + 18
            }
            y = base + 30
            w.raw("<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"10\" fill=\"#555555\">Symbol area ∝ deaths; none reported: smallest size</text>\n")
            y += 6
        }
        if precisions.count > 1 || precisions.contains(where: { $0 != .exact }) {
            heading("Location")
            let rows: [(GeoPrecision, String, String)] = [
                (.exact, "fill=\"#777777\" stroke=\"#FFFFFF\"", "Exact place"),
                (.near, "fill=\"#FFFFFF\" stroke=\"#777777\" stroke-width=\"2\"", "Near a place (outskirts, countryside)"),
                (.region, "fill=\"#FFFFFF\" stroke=\"#777777\" stroke-width=\"1.8\" stroke-dasharray=\"3 2\"", "Governorate or wider area"),
            ]
            for (pr, paint, text) in rows where precisions.contains(pr) {
                w.raw("<circle cx=\"\(f(x + 8))\" cy=\"\(f(y + 9))\" r=\"6\" \(paint)/><text x=\"\(f(x + 22))\" y=\"\(f(y + 13))\">\(text)</text>\n")
                y += 20
            }
        }
        if let hex {
            heading("Events per hexagon (\(ScaleBar.label((hex.acrossKm * 10).rounded() / 10)) km across)")
            for i in hex.classes.lowerBounds.indices {
                let hx = x + 8, hy = y + 9, r = 7.0
                var d = ""
                for k in 0..<6 {
                    let a = Double.pi / 180 * (60 * Double(k) - 30)
                    d += (k == 0 ? "M" : "L") + f(hx + r * cos(a)) + " " + f(hy + r * sin(a))
                }
                w.raw("<path class=\"legend-hex\" d=\"\(d)Z\" fill=\"\(hex.classes.colour(i))\" stroke=\"#999999\" stroke-width=\"0.5\"/>")
                w.raw("<text x=\"\(f(x + 22))\" y=\"\(f(y + 13))\">\(hex.classes.label(i))</text>\n")
                y += 19
            }
        }
        heading("Reference")
        if capitals {
            w.raw("<rect x=\"\(f(x + 5.5))\" y=\"\(f(y + 6.5))\" width=\"5\" height=\"5\" fill=\"#333333\"/><text x=\"\(f(x + 22))\" y=\"\(f(y + 13))\">Governorate capital</text>\n")
            y += 20
        }
        w.raw("<path d=\"M\(f(x)) \(f(y + 9))h16\" stroke=\"#4D4D4D\" stroke-width=\"1.1\"/><text x=\"\(f(x + 22))\" y=\"\(f(y + 13))\">International boundary</text>\n")
        y += 20
        if let o = overlayName {
            w.raw("<path d=\"M\(f(x)) \(f(y + 9))h16\" stroke=\"#6F6F6F\" stroke-width=\"0.7\" stroke-dasharray=\"4 2\"/><text x=\"\(f(x + 22))\" y=\"\(f(y + 13))\">\(SVGWriter.escape(o))</text>\n")
            y += 20
        }
        w.raw("</g>\n")
        return y
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
