import EventModel
import Foundation
import Testing
@testable import Export

@Suite struct OutputLayoutTests {
    let events = DataSamples.events

    func files(in dir: URL) throws -> [String] {
        let e = FileManager.default.enumerator(atPath: dir.path)!
        return e.compactMap { $0 as? String }.sorted()
    }

    @Test func writesThreeFilesPerFolderAndKeepsUnrelatedFiles() throws {
        let dir = try makeTemporaryFolder("layout")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("mine".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        let layout = OutputLayout(directory: dir)
        try layout.prepare()
        let may = Period(containing: Day(iso: "2019-05-01")!, unit: .month)
        try layout.writeEventFiles(events, period: nil) { "<svg/>" }
        try layout.writeEventFiles(Array(events.prefix(1)), period: may) { "<svg>may</svg>" }
        try layout.writeIndexSVG("<svg>index</svg>")
        #expect(try files(in: dir) == ["2019-05", "2019-05/events.csv", "2019-05/events.geojson", "2019-05/map.svg",
                                       "events.csv", "events.geojson", "index.svg", "map.svg", "notes.txt"])
        // A rerun replaces its own files.
        try layout.writeEventFiles([], period: may) { "<svg>again</svg>" }
        #expect(try String(contentsOf: dir.appendingPathComponent("2019-05/map.svg"), encoding: .utf8) == "<svg>again</svg>")
        #expect(try String(contentsOf: dir.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
    }

    @Test func sequenceFormatUsesItsOwnName() throws {
        let dir = try makeTemporaryFolder("layout")
        defer { try? FileManager.default.removeItem(at: dir) }
        try OutputLayout(directory: dir, format: .geojsonseq).writeEventFiles(events, period: nil) { "<svg/>" }
        let data = try Data(contentsOf: dir.appendingPathComponent("events.geojsons"))
        #expect(data.first == 0x1E)
    }

    @Test func failingMapLeavesNoFiles() throws {
        struct Boom: Error {}
        let dir = try makeTemporaryFolder("layout")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: Boom.self) {
            try OutputLayout(directory: dir).writeEventFiles(events, period: nil) { throw Boom() }
        }
        #expect(try files(in: dir).isEmpty)
    }

    @Test func unwritableFolderIsNamed() throws {
        let dir = try makeTemporaryFolder("layout")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("plain-file")
        try Data().write(to: file)
        let error = #expect(throws: OutputError.self) { try OutputLayout(directory: file).prepare() }
        #expect(error?.path == file.path)
        #expect(error?.reason == "exists and is not a folder")
        let below = file.appendingPathComponent("sub")
        let e2 = #expect(throws: OutputError.self) { try OutputLayout(directory: below).prepare() }
        #expect(e2?.description.hasPrefix(below.path + ": cannot create folder") == true)
    }

    @Test func indexPageEscapesTextAndListsEmptyPeriods() throws {
        let months = Period.covering(Day(iso: "2019-04-01")!...Day(iso: "2019-07-31")!, unit: .month)
        let buckets = events.bucketed(into: months)
        let page = IndexPage(title: "Events <script>alert(1)</script> & more", range: months[0].first...months[3].last,
                             events: events, entries: zip(months, buckets).map { IndexPage.Entry(period: $0, events: $1) },
                             footer: "eventmap 0.1.0")
        let html = page.html()
        #expect(!html.contains("<script"))
        #expect(html.contains("Events &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"))
        #expect(html.contains("<a href=\"2019-05/map.svg\">map</a>"))
        #expect(html.contains("<tr><td>2019-07</td><td>July 2019</td><td class=\"n none\">0</td><td class=\"none\">no events</td>"))
        #expect(!html.contains("2019-07/map.svg"))
        #expect(html.contains("1 April – 31 July 2019: 4 events"))
        try expectMatchesGolden(html, named: "index.html")
    }
}
