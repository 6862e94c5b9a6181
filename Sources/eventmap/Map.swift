import ArgumentParser
import EventModel
import Export
import Foundation
import Projection

extension PeriodUnit: ExpressibleByArgument {}
extension GeoJSONFormat: ExpressibleByArgument {}

extension Eventmap {
    /// `eventmap map`: articles in; GeoJSON, CSV and SVG maps for the whole range and per period out.
    struct Map: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Map the events that articles report: GeoJSON, CSV and SVG, for the whole range and per period.",
            discussion: """
                Writes DIR/events.geojson, DIR/events.csv and DIR/map.svg for the whole range. With --by, \
                also one folder per period (2019-05, 2019-W19 or 2019-05-13) holding the same three files, \
                DIR/index.svg (one small map per period, on one scale) and DIR/index.html linking everything. \
                An event counts for every period its dates overlap. Every file is written atomically; a rerun \
                replaces these files and leaves everything else in DIR alone. Unreadable inputs are named on \
                stderr and skipped; the exit status is then 1.
                """
        )

        @OptionGroup var input: InputOptions

        @Option(help: ArgumentHelp("Output folder (created if missing).", valueName: "dir"))
        var out: String

        @Option(help: ArgumentHelp("First day to map (YYYY-MM-DD); default: the first event's.", valueName: "date"))
        var from: String?

        @Option(help: ArgumentHelp("Last day to map (YYYY-MM-DD); default: the last event's.", valueName: "date"))
        var to: String?

        @Option(help: ArgumentHelp("Also write one folder and map per period of this length (ISO weeks start on Monday).",
                                   valueName: "period"))
        var by: PeriodUnit?

        @Option(help: ArgumentHelp("The maps' CRS: any definition PROJ accepts (EPSG code, WKT, PROJJSON, proj string).",
                                   valueName: "crs"))
        var crs = "EPSG:22770"

        @Option(help: ArgumentHelp("Your own boundaries (GeoJSON, any CRS PROJ knows) drawn over the standard basemap.",
                                   valueName: "file"))
        var basemap: String?

        @Option(help: "GeoJSON layout: one FeatureCollection (events.geojson) or an RFC 8142 sequence (events.geojsons).")
        var format: GeoJSONFormat = .geojson

        /// Headline of every map and of the index page.
        static let title = "Conflict events in Syria"

        var fromDay: Day? { from.flatMap { Day(iso: $0) } }
        var toDay: Day? { to.flatMap { Day(iso: $0) } }

        func validate() throws {
            for (name, value) in [("--from", from), ("--to", to)] {
                if let value, value.utf8.count != 10 || Day(iso: value) == nil {
                    throw ValidationError("\(name) must be a date written YYYY-MM-DD, not '\(value)'.")
                }
            }
            if let a = fromDay, let b = toDay, a > b {
                throw ValidationError("--from \(a) is after --to \(b).")
            }
        }

        func run() throws {
            // Everything that can be wrong with the options is checked before any article is read.
            do {
                _ = try Transformer(from: "EPSG:4326", to: crs)
            } catch {
                fail("unknown --crs '\(crs)': \(error)", status: .validationFailure)
            }
            let base: Basemap
            do {
                base = try basemap.map { try Basemap(geoJSONFile: URL(fileURLWithPath: $0)) } ?? Basemap.standard()
            } catch {
                fail("cannot use basemap \(error)", status: basemap == nil ? .failure : .validationFailure)
            }
            let layout = OutputLayout(directory: URL(fileURLWithPath: out, isDirectory: true), format: format)
            do { try layout.prepare() } catch { fail("cannot write to --out \(error)", status: .failure) }

            let (merged, problems) = try input.readEvents()
            let events = merged.sorted { ($0.date, $0.eventID) < ($1.date, $1.eventID) }
            let range = mapRange(events)
            let inRange = events.overlapping(range)
            do {
                try write(inRange, range: range, layout: layout, basemap: base)
            } catch {
                fail("\(error)", status: .failure)
            }
            print("eventmap: \(inRange.count) events, \(Period.words(range)) -> \(layout.directory.path)")
            if !problems.isEmpty { throw ExitCode.failure }
        }

        /// `--from`…`--to`, each side defaulting to the events' first and last day (today without events).
        func mapRange(_ events: [Event]) -> ClosedRange<Day> {
            let first = events.map(\.days.lowerBound).min(), last = events.map(\.days.upperBound).max()
            let lo = fromDay ?? first ?? toDay ?? Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
            let hi = toDay ?? last ?? lo
            return lo...max(lo, hi)
        }

        /// Writes the whole range, then each period, then the index files.
        func write(_ events: [Event], range: ClosedRange<Day>, layout: OutputLayout, basemap: Basemap) throws {
            // Each map fits its own events: a period's map zooms into where that period's events are
            // (with a locator inset when it shows part of Syria); index.svg puts every period on one
            // extent and scale for comparison.
            func mapSVG(_ shown: [Event], _ days: ClosedRange<Day>) throws -> String {
                var report = MapReport(events: shown, title: Self.title, period: days, timeline: range,
                                       crs: crs, basemap: basemap)
                report.generator = "eventmap \(Eventmap.version)"
                report.timelineEvents = events  // the strip shows the whole range, this period highlighted
                return try report.svg()
            }
            try layout.writeEventFiles(events, period: nil) { try mapSVG(events, range) }
            guard let by else { return }

            let periods = Period.covering(range, unit: by)
            let buckets = events.bucketed(into: periods)
            for (period, bucket) in zip(periods, buckets) where !bucket.isEmpty {
                try layout.writeEventFiles(bucket, period: period) { try mapSVG(bucket, period.days) }
            }
            var multiples = SmallMultiples(panels: zip(periods, buckets).map { (label: $0.name, events: $1) },
                                           title: Self.title, crs: crs, basemap: basemap)
            multiples.generator = "eventmap \(Eventmap.version)"
            try layout.writeIndexSVG(try multiples.svg())
            let page = IndexPage(title: Self.title, range: range, events: events,
                                 entries: zip(periods, buckets).map { IndexPage.Entry(period: $0, events: $1) },
                                 format: format, footer: "eventmap \(Eventmap.version)")
            try layout.writeIndexHTML(page)
        }

        /// Prints one error line and exits with `status`.
        func fail(_ message: String, status: ExitCode) -> Never {
            printError("eventmap map: error: \(message)")
            Map.exit(withError: status)
        }
    }
}
