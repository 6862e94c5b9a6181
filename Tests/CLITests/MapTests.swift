import Foundation
import Projection
import Testing

@Suite struct MapTests {
    @Test func writesWholeRangeAndMonthlyFolders() throws {
        try withMapFixture { root, articles in
            let out = root.appendingPathComponent("out")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            try Data("keep me".utf8).write(to: out.appendingPathComponent("mine.txt"))
            let r = try runEventmap(["map", articles.path, "--by", "month", "--out", out.path])
            #expect(r.status == 0, "\(r.stderr)")
            let files = filesBelow(out)
            for name in ["events.geojson", "events.csv", "map.svg", "index.svg", "index.html", "mine.txt",
                         "2013-03/events.geojson", "2013-03/events.csv", "2013-03/map.svg",
                         "2019-05/events.geojson", "2019-05/map.svg", "2019-06/events.csv"] {
                #expect(files.contains(name), "missing \(name)")
            }
            // Months without events are listed in the index but get no folder.
            #expect(!files.contains("2014-01"))
            #expect(!files.contains { $0.contains(".tmp-") })
            let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(html.contains("<tr><td>2014-01</td><td>January 2014</td><td class=\"n none\">0</td><td class=\"none\">no events</td>"))
            #expect(html.contains("<a href=\"2019-05/map.svg\">map</a>"))
            let csv = try String(contentsOf: out.appendingPathComponent("events.csv"), encoding: .utf8)
            #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 4)
            #expect(csv.contains("Maarat al-Numan"))
            // The headline with markup is escaped in every SVG.
            let svg = try String(contentsOf: out.appendingPathComponent("2013-03/map.svg"), encoding: .utf8)
            #expect(!svg.contains("<b>"))
            // A rerun replaces its own files and leaves others alone.
            let again = try runEventmap(["map", articles.path, "--by", "month", "--out", out.path])
            #expect(again.status == 0)
            #expect(filesBelow(out) == files)
            #expect(try String(contentsOf: out.appendingPathComponent("mine.txt"), encoding: .utf8) == "keep me")
        }
    }

    @Test func gdalReadsTheFieldTypes() throws {
        try withMapFixture { root, articles in
            let out = root.appendingPathComponent("out")
            let r = try runEventmap(["map", articles.path, "--by", "month", "--out", out.path])
            #expect(r.status == 0)
            guard let whole = try ogrFieldTypes(out.appendingPathComponent("events.geojson")) else { return }
            #expect(whole.count == 3)
            #expect(whole.types["event_date"] == "Date")
            #expect(whole.types["event_date_end"] == "Date")
            #expect(whole.types["fatalities"] == "Integer")
            #expect(whole.types["geo_precision"] == "Integer")
            #expect(whole.types["time_precision"] == "Integer")
            let may = try #require(try ogrFieldTypes(out.appendingPathComponent("2019-05/events.geojson")))
            #expect(may.count == 1)
            #expect(may.types["fatalities"] == "Integer")
        }
    }

    @Test func fromAndToFilterByOverlap() throws {
        try withMapFixture { root, articles in
            let out = root.appendingPathComponent("out")
            let r = try runEventmap(["map", articles.path, "--from", "2019-01-01", "--to", "2019-05-31",
                                     "--by", "week", "--out", out.path])
            #expect(r.status == 0, "\(r.stderr)")
            let csv = try String(contentsOf: out.appendingPathComponent("events.csv"), encoding: .utf8)
            #expect(csv.contains("Maarat al-Numan"))
            #expect(!csv.contains("Daraa"))
            #expect(!csv.contains("Kafr Nabuda"))
            #expect(filesBelow(out).contains("2019-W20/events.geojson"))  // Tuesday 14 May 2019
            #expect(filesBelow(out).filter { $0.hasPrefix("2019-W") && $0.hasSuffix("map.svg") }.count == 1)
        }
    }

    @Test func geojsonSequenceFormat() throws {
        try withMapFixture { root, articles in
            let out = root.appendingPathComponent("out")
            let r = try runEventmap(["map", articles.path, "--format", "geojsonseq", "--out", out.path])
            #expect(r.status == 0)
            let data = try Data(contentsOf: out.appendingPathComponent("events.geojsons"))
            #expect(data.first == 0x1E)
            #expect(data.filter { $0 == 0x1E }.count == 3)
            #expect(!filesBelow(out).contains("events.geojson"))
        }
    }

    @Test(arguments: [
        (["--from", "2019-06-01", "--to", "2019-05-01"], "--from 2019-06-01 is after --to 2019-05-01"),
        (["--from", "2019-13-01"], "--from must be a date written YYYY-MM-DD"),
        (["--by", "year"], "The value 'year' is invalid for '--by <period>'"),
        (["--format", "kml"], "The value 'kml' is invalid for '--format <format>'"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        try withMapFixture { root, articles in
            let out = root.appendingPathComponent("out")
            let r = try runEventmap(["map", articles.path, "--out", out.path] + arguments)
            #expect(r.status == 64)
            #expect(r.stderr.contains(message), "\(r.stderr)")
            #expect(filesBelow(out).isEmpty)
        }
    }

    @Test func unknownCRSFailsBeforeAnyWork() throws {
        try withMapFixture { root, articles in
            let out = root.appendingPathComponent("out")
            let r = try runEventmap(["map", articles.path, "--crs", "EPSG:999999", "--out", out.path])
            #expect(r.status == 64)
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1)
            #expect(lines.first?.hasPrefix("eventmap map: error: unknown --crs 'EPSG:999999'") == true, "\(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
    }

    @Test func otherCRSWorks() throws {
        try withMapFixture { root, articles in
            let out = root.appendingPathComponent("out")
            let r = try runEventmap(["map", articles.path, "--crs", "EPSG:32637", "--out", out.path])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(filesBelow(out) == ["events.csv", "events.geojson", "map.svg"])
        }
    }

    @Test func unreadableBasemap() throws {
        try withMapFixture { root, articles in
            let out = root.appendingPathComponent("out")
            let bad = root.appendingPathComponent("bad.geojson")
            try Data("{not json".utf8).write(to: bad)
            for basemap in [bad.path, root.appendingPathComponent("none.geojson").path] {
                let r = try runEventmap(["map", articles.path, "--basemap", basemap, "--out", out.path])
                #expect(r.status == 64)
                let lines = r.stderr.split(separator: "\n")
                #expect(lines.count == 1)
                #expect(lines.first?.hasPrefix("eventmap map: error: cannot use basemap \(basemap)") == true, "\(r.stderr)")
                #expect(filesBelow(out).isEmpty)
            }
        }
    }

    @Test func unwritableOutput() throws {
        try withMapFixture { root, articles in
            let file = root.appendingPathComponent("a-file")
            try Data("x".utf8).write(to: file)
            for out in [file, file.appendingPathComponent("below")] {
                let r = try runEventmap(["map", articles.path, "--out", out.path])
                #expect(r.status == 1)
                let lines = r.stderr.split(separator: "\n")
                #expect(lines.count == 1)
                #expect(lines.first?.hasPrefix("eventmap map: error: cannot write to --out \(out.path)") == true, "\(r.stderr)")
            }
            #expect(try String(contentsOf: file, encoding: .utf8) == "x")
        }
    }

    @Test func unreadableArticleIsNamedAndTheRestMapped() throws {
        try withMapFixture { root, articles in
            let out = root.appendingPathComponent("out")
            let missing = root.appendingPathComponent("gone.txt").path
            let r = try runEventmap(["map", missing, articles.path, "--out", out.path])
            #expect(r.status == 1)
            #expect(r.stderr.contains("gone.txt"))
            let csv = try String(contentsOf: out.appendingPathComponent("events.csv"), encoding: .utf8)
            #expect(csv.contains("Maarat al-Numan") && csv.contains("Daraa"))
        }
    }

    @Test func helpListsTheChoices() throws {
        let r = try runEventmap(["map", "--help"])
        #expect(r.status == 0)
        let text = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("--by <period>"))
        #expect(text.contains("values: day, week, month"))
        #expect(text.contains("values: geojson, geojsonseq; default: geojson"))
        #expect(text.contains("default: EPSG:22770"))
    }

    /// The acceptance run on the shared seed articles, when they are present.
    @Test func seedsByMonth() throws {
        let seeds = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        guard FileManager.default.fileExists(atPath: seeds.appendingPathComponent("manifest.csv").path) else { return }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("eventmap-seeds-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try runEventmap(["map", seeds.path, "--manifest", seeds.appendingPathComponent("manifest.csv").path,
                                 "--by", "month", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let geojsons = filesBelow(out).filter { $0.hasSuffix("events.geojson") }
        #expect(geojsons.count >= 2)
        for name in geojsons {
            let url = out.appendingPathComponent(name)
            guard let info = try ogrFieldTypes(url) else { return }
            let csv = try String(contentsOf: url.deletingLastPathComponent().appendingPathComponent("events.csv"), encoding: .utf8)
            let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count - 1
            #expect(info.count == rows, "\(name)")
            #expect(info.types["event_date"] == "Date", "\(name)")
            #expect(info.types["event_date_end"] == "Date", "\(name)")
            #expect(info.types["geo_precision"] == "Integer", "\(name)")
            #expect(info.types["time_precision"] == "Integer", "\(name)")
            // GDAL types a field from its non-null values; when no event of a period has a
            // reported toll, every `fatalities` is null (contract) and GDAL can only say String.
            let features = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
            let tolls = (features?["features"] as? [[String: Any]] ?? []).compactMap {
                ($0["properties"] as? [String: Any])?["fatalities"] as? Int
            }
            #expect(info.types["fatalities"] == (tolls.isEmpty ? "String" : "Integer"), "\(name)")
        }
        // Every map is valid XML, and its markers sit where the projection puts the events: each
        // marker's pixel position, read back through the georeference the SVG carries and inverted
        // through PROJ, lies within 1 px of the event it was drawn for.
        let maps = filesBelow(out).filter { $0.hasSuffix("map.svg") }
        #expect(maps.count == geojsons.count)
        for name in maps {
            let url = out.appendingPathComponent(name)
            if let valid = try xmllintAccepts(url) { #expect(valid, "\(name) is not valid XML") }
            let svg = try String(contentsOf: url, encoding: .utf8)
            let geo = try #require(SVGGeoreference(svg: svg), "\(name) carries no georeference")
            #expect(geo.crs == "EPSG:22770")
            let markers = svgEventMarkers(svg)
            #expect(!markers.isEmpty, "\(name)")
            let t = try Transformer(from: "EPSG:4326", to: geo.crs)
            for m in markers {
                // pixel -> projected metres -> lon/lat, then the ground distance to the event in pixels
                let ll = try t.inverse(geo.projected(px: m.px, py: m.py))
                let offPixels = groundMetres(ll.x, ll.y, m.lon, m.lat) * geo.scale
                #expect(offPixels <= 1, "\(name): marker for \(m.lon),\(m.lat) is \(offPixels) px off")
            }
        }
    }
}
