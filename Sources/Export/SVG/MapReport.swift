import EventModel
import Foundation
import Projection

/// One map report (`map.svg`): the events of a period drawn over Syria and its neighbours, with
/// title, legend, scale bar, north arrow, locator inset, timeline strip and attribution.
///
/// Drawn through the Projection layer in `crs` (EPSG:22770, Syria Lambert, by default). Above
/// ``aggregationThreshold`` events the map shows hexagons of events per cell instead of symbols.
///
/// ```swift
/// let report = MapReport(events: events, title: "Conflict events", period: may,
///                        basemap: try .standard())
/// try AtomicFile.write(Data(try report.svg().utf8), to: url)
/// ```
public struct MapReport: Sendable {
    /// All events given; the map draws those overlapping ``period``, the timeline those in ``timeline``.
    public var events: [Event]
    /// Headline; the region and dates in words follow on the next line. Empty: region and dates only.
    public var title: String
    /// The days the map shows.
    public var period: ClosedRange<Day>
    /// The days the timeline strip covers (``period`` when `nil`).
    public var timeline: ClosedRange<Day>?
    /// Events counted in the timeline strip (``events`` when `nil`): pass the whole run's events
    /// so a period's map shows its period highlighted within the longer strip.
    public var timelineEvents: [Event]?
    /// The map's CRS: any definition PROJ accepts.
    public var crs: String
    public var basemap: Basemap
    /// Projected bounds to show; fitted to the events when `nil`.
    public var extent: MapExtent?
    /// Outlets of the articles used (added to those the events carry) for the attribution line.
    public var sources: [String]
    /// The production date printed in small type (today, UTC, by default).
    public var produced: Day = MapReport.today
    /// The tool's name and version for the attribution line, e.g. `eventmap 0.1.0`.
    public var generator = "eventmap"
    /// More events than this are aggregated into hexagons.
    public var aggregationThreshold = 2000

    /// Creates a report; nothing is projected until ``svg()`` or ``frame()``.
    ///
    /// - Parameters:
    ///   - events: the events (the map shows those overlapping `period`).
    ///   - title: headline.
    ///   - period: the days shown on the map.
    ///   - timeline: the days the strip under the map covers; the period is highlighted in it.
    ///   - crs: the map's CRS.
    ///   - basemap: reference layers.
    ///   - extent: projected bounds; `nil` fits the events.
    ///   - sources: outlets for the attribution line.
    public init(events: [Event], title: String, period: ClosedRange<Day>, timeline: ClosedRange<Day>? = nil,
                crs: String = "EPSG:22770", basemap: Basemap, extent: MapExtent? = nil, sources: [String] = []) {
        self.events = events
        self.title = title
        self.period = period
        self.timeline = timeline
        self.crs = crs
        self.basemap = basemap
        self.extent = extent
        self.sources = sources
    }

    /// The SVG 1.1 document.
    /// - Returns: the whole file as text (UTF-8 when written).
    /// - Throws: `ProjectionError` when PROJ does not know ``crs``.
    public func svg() throws -> String { try render().svg }

    /// The pixel ⇄ projected mapping of the map panel, exactly as ``svg()`` draws it.
    /// - Throws: `ProjectionError` when PROJ does not know ``crs``.
    public func frame() throws -> MapFrame { try layout(try prepare()).frame }

    static var today: Day { Day(ordinal: Int((Date().timeIntervalSince1970 / 86400).rounded(.down))) }

    /// Events of the period, projected.
    struct Prepared {
        var geographic: Transformer
        var plotted: [MapCanvas.Plotted]
        var unprojectable: Int
        var extent: MapExtent
        var syria: MapExtent
        var inPeriod: [Event]
        /// Region words for the title ("Idlib and Hama").
        var regions: String
    }

    func prepare() throws -> Prepared {
        let geo = try Transformer(from: "EPSG:4326", to: crs)
        // (the same test as the map command's periods: a reversed pair of dates is read the right way round)
        let inPeriod = events.allSatisfy { $0.days.overlaps(period) } ? events : events.overlapping(period)
        let plotted = try MapCanvas.Plotted.project(inPeriod, with: geo)
        let syria = try MapExtent.syria(crs: crs, transformer: geo)
        let ext = try extent ?? MapExtent.fitting(projected: plotted.map(\.point), crs: crs, transformer: geo)
        return Prepared(geographic: geo, plotted: plotted, unprojectable: inPeriod.count - plotted.count,
                        extent: ext, syria: syria, inPeriod: inPeriod, regions: MapWords.regions(inPeriod))
    }

    /// Page geometry.
    struct Layout {
        var frame: MapFrame
        var showInset: Bool
        static let width = 1200.0, margin = 24.0, mapWidth = 820.0, top = 96.0
        static var columnX: Double { margin + mapWidth + 24 }
        static var columnWidth: Double { width - margin - columnX }
    }

    func layout(_ p: Prepared) -> Layout {
        let aspect = p.extent.width / max(p.extent.height, 1e-9)
        let h = min(820, max(440, Layout.mapWidth / aspect))
        let frame = MapFrame(extent: p.extent, rect: PixelRect(x: Layout.margin, y: Layout.top, width: Layout.mapWidth, height: h))
        return Layout(frame: frame, showInset: frame.extent.coverage(of: p.syria) < 0.85)
    }
}
