import EventModel

/// `index.html`: one page linking a map run's files, with a row per period.
///
/// Periods without events are listed as "no events" and link nothing. Every piece of text is
/// HTML-escaped; the page carries no scripts and no external references.
public struct IndexPage: Sendable {
    /// One period's row.
    public struct Entry: Sendable {
        /// The period.
        public var period: Period
        /// Its events.
        public var eventCount: Int
        /// Its events by type (types without events are left out).
        public var countsByType: [EventType: Int]

        /// Creates a row, counting `events` by type.
        public init(period: Period, events: [Event]) {
            self.period = period
            eventCount = events.count
            countsByType = IndexPage.countByType(events)
        }
    }

    /// Page heading.
    public var title: String
    /// The whole range mapped.
    public var range: ClosedRange<Day>
    /// Events in the whole range.
    public var eventCount: Int
    /// Whole-range counts by type.
    public var countsByType: [EventType: Int]
    /// The rows, in order.
    public var entries: [Entry]
    /// Decides the GeoJSON file name linked.
    public var format: GeoJSONFormat
    /// A line at the bottom, e.g. the tool's name and version.
    public var footer: String

    /// Creates the page.
    /// - Parameters:
    ///   - title: heading, e.g. "Events in Syria".
    ///   - range: the whole range.
    ///   - events: every event of the range (counted).
    ///   - entries: one row per period.
    ///   - format: GeoJSON layout used.
    ///   - footer: a line at the bottom.
    public init(title: String, range: ClosedRange<Day>, events: [Event], entries: [Entry],
                format: GeoJSONFormat = .geojson, footer: String = "") {
        self.title = title
        self.range = range
        eventCount = events.count
        countsByType = IndexPage.countByType(events)
        self.entries = entries
        self.format = format
        self.footer = footer
    }

    /// The page as HTML5 text.
    public func html() -> String {
        let e = HTMLEscaping.escape
        var h = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(e(title))</title>
        <style>
        body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2em; color: #222; }
        table { border-collapse: collapse; }
        th, td { text-align: left; padding: 0.25em 0.8em; border-bottom: 1px solid #ddd; }
        td.n { text-align: right; }
        .none { color: #888; }
        img { max-width: 100%; border: 1px solid #ccc; }
        </style>
        </head>
        <body>
        <h1>\(e(title))</h1>
        <p>\(e(Period.words(range))): \(eventCount) \(eventCount == 1 ? "event" : "events")\(e(IndexPage.typeSummary(countsByType)))</p>
        <h2>Whole range</h2>
        <p><a href="\(OutputLayout.mapName)">map</a> · <a href="\(format.fileName)">GeoJSON</a> · <a href="\(OutputLayout.csvName)">CSV</a></p>
        <p><a href="\(OutputLayout.mapName)"><img src="\(OutputLayout.mapName)" alt="\(e("Map of all events, " + Period.words(range)))"></a></p>

        """
        if !entries.isEmpty {
            h += """
            <h2>By period</h2>
            <p><a href="\(OutputLayout.indexSVGName)"><img src="\(OutputLayout.indexSVGName)" alt="Small multiples: one map per period with events"></a></p>
            <table>
            <thead><tr><th>period</th><th>dates</th><th>events</th><th>by type</th><th>files</th></tr></thead>
            <tbody>

            """
            for entry in entries {
                let p = entry.period, dir = e(p.name)
                h += "<tr><td>\(dir)</td><td>\(e(p.label))</td>"
                if entry.eventCount == 0 {
                    h += "<td class=\"n none\">0</td><td class=\"none\">no events</td><td class=\"none\">no events</td></tr>\n"
                } else {
                    h += "<td class=\"n\">\(entry.eventCount)</td><td>\(e(IndexPage.typeList(entry.countsByType)))</td>"
                    h += "<td><a href=\"\(dir)/\(OutputLayout.mapName)\">map</a> · <a href=\"\(dir)/\(format.fileName)\">GeoJSON</a>"
                    h += " · <a href=\"\(dir)/\(OutputLayout.csvName)\">CSV</a></td></tr>\n"
                }
            }
            h += "</tbody>\n</table>\n"
        }
        if !footer.isEmpty { h += "<p class=\"none\">\(e(footer))</p>\n" }
        h += "</body>\n</html>\n"
        return h
    }

    static func countByType(_ events: [Event]) -> [EventType: Int] {
        var c: [EventType: Int] = [:]
        for ev in events { c[ev.eventType, default: 0] += 1 }
        return c
    }

    /// `Battles 3, Protests 1` in ``EventType`` order.
    static func typeList(_ counts: [EventType: Int]) -> String {
        EventType.allCases.compactMap { t in counts[t].map { "\(t.rawValue) \($0)" } }.joined(separator: ", ")
    }

    static func typeSummary(_ counts: [EventType: Int]) -> String {
        counts.isEmpty ? "" : " (\(typeList(counts)))"
    }
}
