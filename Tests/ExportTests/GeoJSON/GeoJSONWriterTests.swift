import EventModel
import Foundation
import Testing
@testable import Export

@Suite struct GeoJSONWriterTests {
    let events = DataSamples.events

    /// Writes through a real file handle (the streaming path) and reads the bytes back.
    func written(_ events: [Event], sequence: Bool = false) throws -> Data {
        let dir = try makeTemporaryFolder("geojson")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("e.geojson")
        try AtomicFile.write(to: url) { try GeoJSONWriter.write(events, to: $0, sequence: sequence) }
        return try Data(contentsOf: url)
    }

    @Test func goldenFeatureCollection() throws {
        try expectMatchesGolden(GeoJSONWriter.string(events), named: "events.geojson")
    }

    @Test func goldenSequence() throws {
        try expectMatchesGolden(GeoJSONWriter.string(events, sequence: true), named: "events.geojsons")
    }

    @Test func streamedFileEqualsString() throws {
        #expect(String(decoding: try written(events), as: UTF8.self) == GeoJSONWriter.string(events))
    }

    @Test func roundTripThroughJSONSerialization() throws {
        let root = try #require(try JSONSerialization.jsonObject(with: written(events)) as? [String: Any])
        #expect(root["type"] as? String == "FeatureCollection")
        #expect(root["crs"] == nil)
        let features = try #require(root["features"] as? [[String: Any]])
        #expect(features.count == events.count)
        for (f, e) in zip(features, events) {
            let geometry = try #require(f["geometry"] as? [String: Any])
            #expect(geometry["type"] as? String == "Point")
            let c = try #require(geometry["coordinates"] as? [Double])
            #expect(abs(c[0] - e.coordinate.lon) <= 5e-7)
            #expect(abs(c[1] - e.coordinate.lat) <= 5e-7)
            let p = try #require(f["properties"] as? [String: Any])
            #expect(Set(p.keys) == Set(["event_id", "event_date", "event_date_end", "time_precision", "event_type",
                                       "sub_event_type", "actor1", "actor2", "fatalities", "location",
                                       "location_mention", "admin1", "country", "geo_precision", "gazetteer_id",
                                       "source", "source_title", "published", "notes"]))
            #expect(p["event_id"] as? String == e.eventID)
            #expect(p["event_date"] as? String == e.date.description)
            #expect(p["event_date_end"] as? String == e.dateEnd.description)
            #expect(p["time_precision"] as? Int == e.timePrecision.rawValue)
            #expect(p["event_type"] as? String == e.eventType.rawValue)
            #expect(p["sub_event_type"] as? String == e.subEventType.rawValue)
            #expect(p["actor1"] as? String == e.actor1)
            #expect(p["actor2"] as? String == e.actor2)
            if let f = e.fatalities { #expect(p["fatalities"] as? Int == f) } else { #expect(p["fatalities"] is NSNull) }
            #expect(p["location"] as? String == e.location)
            #expect(p["location_mention"] as? String == e.locationMention)
            #expect(p["admin1"] as? String == e.admin1)
            #expect(p["country"] as? String == e.country)
            #expect(p["geo_precision"] as? Int == e.geoPrecision.rawValue)
            #expect(p["gazetteer_id"] as? String == e.gazetteerID)
            #expect(p["source"] as? String == e.sources.joined(separator: "; "))
            #expect(p["source_title"] as? String == e.sourceTitle)
            #expect(p["published"] as? String == e.published?.description)
            #expect(p["notes"] as? String == e.notes)
        }
    }

    @Test func escapesQuotesBackslashControlsAndLineSeparators() {
        let text = GeoJSONWriter.string([events[1], events[2]])
        #expect(text.contains(#"Families fled \"the south\",\nsaid a \\ monitor\t(tab);\u0001 ctrl"#))
        #expect(text.contains(#"Line\u2028separator and para\u2029graph, «Ḥamāh»"#))
        #expect(!text.contains("\u{2028}"))
        #expect(JSONEscaping.quoted("a\u{7F}b\u{1F}\u{8}\u{C}\r") == #""a\u007fb\u001f\b\f\r""#)
        #expect(JSONEscaping.quoted("\u{E2}\u{80}") == "\"\u{E2}\u{80}\"")  // not a separator
    }

    @Test(arguments: [
        (36.5635, "36.5635"), (-9.1333333, "-9.133333"), (40.0, "40"), (0.0000004, "0"),
        (-0.0000006, "-0.000001"), (35.1234565, "35.123457"), (179.9999999, "180"), (36.00001, "36.00001"),
    ])
    func coordinatesHaveAtMostSixDecimals(value: Double, expected: String) {
        var sink = ByteSink(handle: nil)
        sink.append(fixed6: value)
        #expect(sink.text == expected)
    }

    @Test func sequenceIsRFC8142() throws {
        let data = try written(events, sequence: true)
        let records = data.split(separator: 0x1E, omittingEmptySubsequences: false)
        #expect(records.first?.isEmpty == true)  // the file starts with RS
        #expect(records.count == events.count + 1)
        for r in records.dropFirst() {
            #expect(r.last == 0x0A)
            #expect(r.dropLast().contains(0x0A) == false)
            let f = try #require(try JSONSerialization.jsonObject(with: Data(r)) as? [String: Any])
            #expect(f["type"] as? String == "Feature")
        }
    }

    @Test func emptyCollectionIsValid() throws {
        let root = try JSONSerialization.jsonObject(with: written([])) as? [String: Any]
        #expect((root?["features"] as? [Any])?.isEmpty == true)
        #expect(try written([], sequence: true).isEmpty)
    }

    @Test func streamsManyEventsAcrossChunks() throws {
        let many = (0..<5000).map { i -> Event in
            var e = events[i % events.count]
            e.eventID = "id\(i)"
            return e
        }
        let data = try written(many)
        #expect(data.count > 1 << 20)  // more than one chunk
        let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let features = root?["features"] as? [[String: Any]]
        #expect(features?.count == 5000)
        #expect((features?.last?["properties"] as? [String: Any])?["event_id"] as? String == "id4999")
    }

    @Test func gdalReadsFieldTypes() throws {
        let dir = try makeTemporaryFolder("ogr")
        defer { try? FileManager.default.removeItem(at: dir) }
        for (format, name) in [(false, "e.geojson"), (true, "e.geojsons")] {
            let url = dir.appendingPathComponent(name)
            try AtomicFile.write(to: url) { try GeoJSONWriter.write(events, to: $0, sequence: format) }
            guard let info = try ogrinfoSummary(url) else { return }  // no GDAL here
            #expect(info.count == events.count)
            #expect(info.fields["event_date"] == "Date")
            #expect(info.fields["event_date_end"] == "Date")
            #expect(info.fields["published"] == "Date")
            #expect(info.fields["fatalities"] == "Integer")
            #expect(info.fields["geo_precision"] == "Integer")
            #expect(info.fields["time_precision"] == "Integer")
            #expect(info.fields["notes"] == "String")
            #expect(info.fields["actor2"] == "String")
        }
    }
}
