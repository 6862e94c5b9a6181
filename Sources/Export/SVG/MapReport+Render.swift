import EventModel
import Projection

extension MapReport {
    /// Draws the whole page.
    func render() throws -> (svg: String, frame: MapFrame) {
        let p = try prepare()
        let lay = layout(p)
        let frame = lay.frame
        let base = try ProjectedBasemap(basemap, crs: crs, geographic: p.geographic)
        let W = Layout.width, M = Layout.margin
        let aggregated = p.plotted.count > aggregationThreshold
        var canvas = MapCanvas(frame: frame, base: base, id: "m-",
                               symbols: SymbolScale(maxFatalities: p.plotted.map { $0.event.fatalities ?? 0 }.max() ?? 0))
        if aggregated {
            let grid = HexGrid(radius: frame.extent.width / (48 * 3.0.squareRoot()))
            let maxCount = grid.counts(p.plotted.map(\.point)).values.max() ?? 1
            canvas.hex = (grid, HexClasses(maxCount: maxCount))
        }

        // Right column: inset, then legend.
        var column = SVGWriter()
        var colY = Layout.top
        if lay.showInset {
            let insetH = min(230, Layout.columnWidth * p.syria.height / p.syria.width)
            LocatorInset.draw(base: base, syria: p.syria, main: frame.extent,
                              in: PixelRect(x: Layout.columnX, y: colY, width: Layout.columnWidth, height: insetH), into: &column)
            colY += insetH + 18
        }
        let bar = try ScaleBar(frame: frame, transformer: p.geographic, maxPixels: frame.rect.width * 0.28)
        var legend = MapLegend(events: p.plotted.lazy.map(\.event), symbols: canvas.symbols, aggregated: aggregated)
        legend.describe(hex: canvas.hex, frame: frame, bar: bar, base: base, basemap: basemap)
        let legendBottom = legend.draw(x: Layout.columnX, top: colY, width: Layout.columnWidth, into: &column)

        // Timeline and footer below the taller of map and legend.
        let stripTop = max(frame.rect.maxY, legendBottom) + 22
        let strip = PixelRect(x: M, y: stripTop, width: W - 2 * M, height: 118)
        let range = timeline ?? period
        let stripEvents = (timelineEvents ?? events).lazy.filter { range.contains($0.date) }.map { (day: $0.date, type: $0.eventType) }
        var footer = SVGWriter()
        let footerBottom = self.footer(p, top: strip.maxY + 14, into: &footer)
        let H = (footerBottom + M).rounded(.up)

        var w = SVGWriter()
        let heading = headline(p)
        w.pageHeader(width: W, height: H, margin: M, title: heading.title, subtitle: heading.subtitle,
                     description: description(p, aggregated: aggregated), produced: produced)

        // Map with scale bar and north arrow kept clear of labels.
        let barOrigin = XY(x: frame.rect.x + 10, y: frame.rect.maxY - 10)
        let barBox = PixelRect(x: barOrigin.x, y: barOrigin.y - 34, width: bar.pixels + 44, height: 34)
        let arrowOrigin = XY(x: frame.rect.maxX - 38, y: frame.rect.y + 10)
        let arrowBox = PixelRect(x: arrowOrigin.x, y: arrowOrigin.y, width: 28, height: 50)
        canvas.draw(p.plotted, into: &w, reserved: [barBox.inset(-4), arrowBox.inset(-4)])
        _ = bar.draw(at: barOrigin, into: &w)
        _ = NorthArrow.draw(at: arrowOrigin, into: &w)
        w.raw(column.text)
        TimelineStrip(range: range, highlight: period, events: Array(stripEvents)).draw(in: strip, into: &w)
        w.raw(footer.text)
        w.raw("</svg>\n")
        return (w.text, frame)
    }

    /// Title line and "regions, dates · counts" line.
    func headline(_ p: Prepared) -> (title: String, subtitle: String) {
        let dead = p.inPeriod.reduce(0) { $0 + ($1.fatalities ?? 0) }
        let n = p.inPeriod.count
        let counts = "\(MapWords.count(n)) event\(n == 1 ? "" : "s"), \(MapWords.count(dead)) reported fatalit\(dead == 1 ? "y" : "ies")"
        let place = p.regions
        return (title, "\(place), \(MapWords.range(period)) · \(counts)")
    }

    func description(_ p: Prepared, aggregated: Bool) -> String {
        var s = "Map of \(p.inPeriod.count) events from \(MapWords.range(period)) in \(p.regions), "
        s += "projected in \(crs)"
        s += aggregated ? ", aggregated into hexagons (events per cell)." : ", one symbol per event sized by reported fatalities."
        if p.unprojectable > 0 { s += " \(p.unprojectable) events could not be projected and are not shown." }
        return s + " Made with \(generator)."
    }

    /// Sources, attribution and disclaimer in small type; returns the bottom.
    func footer(_ p: Prepared, top: Double, into w: inout SVGWriter) -> Double {
        let width = Layout.width - 2 * Layout.margin
        var lines: [String] = []
        lines += MapWords.wrap(MapWords.sources(p.inPeriod, given: sources), width: width, size: 9.5)
        var credits = basemap.attribution.joined(separator: ", ")
        credits += (credits.isEmpty ? "" : ". ") + "Places: GeoNames (CC BY 4.0). Map: \(generator), projection \(crs), grid north up."
        lines += MapWords.wrap(credits, width: width, size: 9.5)
        if p.unprojectable > 0 { lines.append("\(p.unprojectable) events could not be projected into \(crs) and are not shown.") }
        lines += MapWords.wrap("Disclaimer: the boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance. Event locations and counts come from automated reading of news reports and may be incomplete.", width: width, size: 9.5)
        var y = top + 10
        w.raw("<g id=\"footer\" font-size=\"9.5\" fill=\"#555555\">\n")
        for l in lines {
            w.raw("<text x=\"\(SVGWriter.num(Layout.margin))\" y=\"\(SVGWriter.num(y))\">\(SVGWriter.escape(l))</text>\n")
            y += 13
        }
        w.raw("</g>\n")
        return y
    }
}
