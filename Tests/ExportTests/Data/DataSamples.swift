import EventModel
import Foundation

/// Small, fixed events for the GeoJSON/CSV tests, with awkward text on purpose.
enum DataSamples {
    static func day(_ s: String) -> Day { Day(iso: s)! }

    /// Four events: plain, a range with quotes/newlines/formula-like text, one abroad with a
    /// negative longitude and U+2028 in its notes, one merged from two articles.
    static let events: [Event] = [
        Event(eventID: "a1b2c3d4e5f60001", date: day("2019-05-13"), timePrecision: .day,
              subEventType: .airStrike, actor1: "Syrian government forces", actor2: nil, fatalities: 7,
              location: "Kafr Nabl", locationMention: "Kafranbel", admin1: "Idlib",
              coordinate: Coordinate(lon: 36.5635, lat: 35.6125), geoPrecision: .exact,
              gazetteerID: "geonames:169897", sources: ["003_example.txt"],
              sourceTitle: "Strikes hit towns in southern Idlib", published: day("2019-05-14"),
              outlets: ["AFP"], notes: "Warplanes struck the town on Monday, killing seven."),
        Event(eventID: "a1b2c3d4e5f60002", date: day("2019-04-25"), dateEnd: day("2019-05-09"), timePrecision: .week,
              subEventType: .displacement, actor1: nil, actor2: nil, fatalities: nil,
              location: "Idlib", locationMention: "Idlib province", admin1: "Idlib",
              coordinate: Coordinate(lon: 36.633333, lat: 35.930278), geoPrecision: .region,
              gazetteerID: "geonames:169388", sources: ["x.txt"],
              sourceTitle: "=HYPERLINK(\"http://evil\",\"click\")", published: nil,
              outlets: [], notes: "Families fled \"the south\",\nsaid a \\ monitor\t(tab);\u{1} ctrl"),
        Event(eventID: "a1b2c3d4e5f60003", date: day("2019-05-20"), timePrecision: .month,
              subEventType: .peacefulProtest, actor1: "-Protesters", actor2: "@police", fatalities: 0,
              location: "Lisbon", locationMention: "Lisboa", admin1: "", country: "PT",
              coordinate: Coordinate(lon: -9.1333333, lat: 38.7166667), geoPrecision: .exact,
              gazetteerID: "geonames:2267057", sources: ["j.jsonl#4"],
              sourceTitle: "+Rally abroad", published: day("2019-05-21"),
              outlets: ["Xinhua"], notes: "Line\u{2028}separator and para\u{2029}graph, «Ḥamāh»"),
        Event(eventID: "a1b2c3d4e5f60004", date: day("2019-06-01"), timePrecision: .day,
              subEventType: .armedClash, actor1: "Hayat Tahrir al-Sham", actor2: "Syrian government forces",
              fatalities: 35, location: "Kafr Nabuda", locationMention: "Kafr Nabuda", admin1: "Hama",
              coordinate: Coordinate(lon: 36.4, lat: 35.45), geoPrecision: .near,
              gazetteerID: "geonames:169900", sources: ["a.txt", "b.txt"],
              sourceTitle: "Fighting, again", published: day("2019-06-02"),
              outlets: ["AFP", "Reuters"], notes: "Clashes near the village, 35 dead."),
    ]
}
