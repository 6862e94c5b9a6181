import EventModel
import Projection

/// `index.svg`: one mini-map per period, all on the same extent, scale and symbol sizes (and
/// the same hexagon grid and classes when any panel is dense), so periods compare at a glance.
/// Periods without events are listed under the panels but not drawn.
public struct SmallMultiples: Sendable {
    /// Period label (e.g. `2019-05`) and that period's events, in order.
    public var panels: [(label: String, events: [Event])]
    public var title: String
    /// The maps' CRS: any definition PROJ accepts.
    public var crs: String
    public var basemap: Basemap
    /// The production date printed in small type.
    public var produced: Day = MapReport.today
    /// The tool's name and version for the attribution line.
    public var generator = "eventmap"
    /// A panel with more events than this switches every panel to hexagons.
    public var aggregationThreshold = 2000
    /// Panels per row (at most).
    public var columns = 4

    /// Creates the set of panels; nothing is projected until ``svg()``.
    /// - Parameters:
    ///   - panels: one entry per period, in order; empty ones are listed, not drawn.
    ///   - title: headline.
    ///   - crs: the maps' CRS.
    ///   - basemap: reference layers.
    public init(panels: [(label: String, events: [Event])], title: String, crs: String = "EPSG:22770", basemap: Basemap) {
        self.panels = panels
        self.title = title
        self.crs = crs
        self.basemap = basemap
    }

    /// The SVG 1.1 document.
    /// - Throws: `ProjectionError` when PROJ does not know ``crs``.
    public func svg() throws -> String {
        let geo = try Transformer(from: "EPSG:4326", to: crs)
        let f = SVGWriter.num
        // Project every panel's events.
        var projected: [(label: String, plotted: [MapCanvas.Plotted])] = []
        var empty: [String] = []
        var all: [XY] = []
        for p in panels {
            let plotted = try MapCanvas.Plotted.project(p.events, with: geo)
            if plotted.isEmpty { empty.append(p.label) } else { projected.append((p.label, plotted)) }
            all += plotted.map(\.point)
        }
        let extent = try MapExtent.fitting(projected: all, crs: crs, transformer: geo)
        let base = try ProjectedBasemap(basemap, crs: crs, geographic: geo)
        let allEvents = projected.flatMap { $0.plotted.map(\.event) }
        let scale = SymbolScale(maxFatalities: allEvents.map { $0.fatalities ?? 0 }.max() ?? 0, maxRadius: 14)

        let W = 1200.0, M = 24.0, gap = 16.0
        let cols = max(1, min(columns, projected.count))
        let panelW = ((W - 2 * M - gap * Double(cols - 1)) / Double(cols)).rounded(.down)
        let aspect = extent.width / max(extent.height, 1e-9)
        let panelH = min(panelW * 1.2, max(panelW * 0.6, panelW / aspect)).rounded()
        let frame = MapFrame(extent: extent, rect: PixelRect(x: 0, y: 0, width: panelW, height: panelH))
        let aggregated = projected.contains { $0.plotted.count > aggregationThreshold }
        var hex: (grid: HexGrid, classes: HexClasses)?
        if aggregated {
            let grid = HexGrid(radius: frame.extent.width / (32 * 3.0.squareRoot()))
            let maxCount = projected.map { grid.counts($0.plotted.map(\.point)).values.max() ?? 0 }.max() ?? 1
            hex = (grid, HexClasses(maxCount: maxCount))
        }
        let rows = (projected.count + cols - 1) / cols
        let top = 96.0, labelH = 20.0
        let gridBottom = top + Double(rows) * (panelH + labelH + gap)

        var body = SVGWriter()
        for (i, panel) in projected.enumerated() {
            let px = M + Double(i % cols) * (panelW + gap), py = top + Double(i / cols) * (panelH + labelH + gap)
            let dead = panel.plotted.reduce(0) { $0 + ($1.event.fatalities ?? 0) }
            body.raw("<g class=\"panel\" id=\"panel-\(i)\" transform=\"translate(\(f(px)) \(f(py)))\">\n")
            body.raw("<text x=\"0\" y=\"14\" font-size=\"13\" font-weight=\"bold\" fill=\"#1A1A1A\">\(SVGWriter.escape(panel.label))</text>")
            body.raw("<text x=\"\(f(panelW))\" y=\"14\" font-size=\"10\" fill=\"#555555\" text-anchor=\"end\">\(MapWords.count(panel.plotted.count)) events, \(MapWords.count(dead)) deaths</text>\n")
            body.raw("<g transform=\"translate(0 \(f(labelH)))\">\n")
            var canvas = MapCanvas(frame: frame, base: base, id: "p\(i)-", symbols: scale)
            canvas.hex = hex
            canvas.maxEventLabels = 4
            canvas.labelSize = 9
            canvas.draw(panel.plotted, into: &body)
            body.raw("</g></g>\n")
        }
        // Shared legend, scale and notes under the grid.
        var below = SVGWriter()
        var y = gridBottom + 4
        if !empty.isEmpty {
            below.raw("<g id=\"empty-periods\" font-size=\"11\" fill=\"#555555\">")
            for line in MapWords.wrap("No events: " + empty.joined(separator: ", "), width: W - 2 * M, size: 11) {
                below.raw("<text x=\"\(f(M))\" y=\"\(f(y + 10))\">\(SVGWriter.escape(line))</text>")
                y += 15
            }
            below.raw("</g>\n")
            y += 5
        }
        let bar = try ScaleBar(frame: frame, transformer: geo, maxPixels: panelW * 0.4)
        below.raw("<text x=\"\(f(M))\" y=\"\(f(y + 12))\" font-size=\"11\" fill=\"#333333\">Every panel: same extent and scale (grid north up)</text>\n")
        _ = bar.draw(at: XY(x: M, y: y + 62), into: &below)
        _ = NorthArrow.draw(at: XY(x: M + bar.pixels + 70, y: y + 22), into: &below)
        var legend = MapLegend(events: allEvents, symbols: scale, aggregated: aggregated)
        legend.describe(hex: hex, frame: frame, bar: bar, base: base, basemap: basemap)
        let legendBottom = legend.draw(x: W / 2, top: y - 8, width: W / 2 - M, into: &below)
        var footY = max(legendBottom, y + 80) + 12
        let credits = (basemap.attribution + ["Places: GeoNames (CC BY 4.0)", "Map: \(generator), projection \(crs)"]).joined(separator: ". ") + "."
        let sourceLine = MapWords.sources(allEvents)
        below.raw("<g font-size=\"9.5\" fill=\"#555555\"><text x=\"\(f(M))\" y=\"\(f(footY))\">\(SVGWriter.escape(sourceLine))</text>")
        footY += 13
        below.raw("<text x=\"\(f(M))\" y=\"\(f(footY))\">\(SVGWriter.escape(credits))</text>")
        footY += 13
        below.raw("<text x=\"\(f(M))\" y=\"\(f(footY))\">Disclaimer: the boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance.</text></g>\n")
        let H = (footY + M).rounded(.up)

        var w = SVGWriter()
        let days = allEvents.map(\.date)
        let span = days.min().map { MapWords.range($0...days.max()!) } ?? "no events"
        let subtitle = "\(MapWords.regions(allEvents)), \(span) · \(panels.count) periods"
        w.pageHeader(width: W, height: H, margin: M, title: title, subtitle: subtitle,
                     description: "Small multiples: one map per period (\(panels.map(\.label).joined(separator: ", "))), all on one extent and scale in \(crs). Made with \(generator).",
                     produced: produced)
        w.raw(body.text)
        w.raw(below.text)
        w.raw("</svg>\n")
        return w.text
    }
}
