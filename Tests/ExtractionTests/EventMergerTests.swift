import EventModel
import Testing
@testable import Extraction

@Suite struct EventMergerTests {
    func event(_ id: String, _ src: String, _ from: String, _ to: String, _ sub: SubEventType, _ place: String, dead: Int?) -> Event {
        Event(eventID: id, date: Day(iso: from)!, dateEnd: Day(iso: to)!, timePrecision: .day, subEventType: sub,
              fatalities: dead, location: place, locationMention: place, admin1: "Idlib",
              coordinate: Coordinate(lon: 36.6, lat: 35.4), geoPrecision: .exact, gazetteerID: "ref:" + place,
              sources: [src], outlets: [src.uppercased()], notes: "note " + src)
    }

    @Test func sameplaceTypeAndOverlappingDatesMerge() {
        let merged = EventMerger.merge([
            event("e1", "a.txt", "2019-08-19", "2019-08-20", .airStrike, "x", dead: 3),
            event("e2", "b.txt", "2019-08-20", "2019-08-20", .airStrike, "x", dead: 7),
            event("e3", "c.txt", "2019-08-20", "2019-08-20", .shelling, "x", dead: nil),
            event("e4", "d.txt", "2019-08-25", "2019-08-25", .airStrike, "x", dead: 1),
            event("e5", "e.txt", "2019-08-20", "2019-08-20", .airStrike, "y", dead: nil),
        ])
        #expect(merged.map(\.eventID) == ["e1", "e3", "e4", "e5"])
        #expect(merged[0].source == "a.txt; b.txt")
        #expect(merged[0].fatalities == 7)
        #expect(merged[0].date.description == "2019-08-20")  // the narrower report
        #expect(merged[0].outlets == ["A.TXT", "B.TXT"])
    }

    @Test func eventIDsAreStable() {
        #expect(EventID.make(["a.txt", "ref:x", "2019-08-20"]) == EventID.make(["a.txt", "ref:x", "2019-08-20"]))
        #expect(EventID.make(["a.txt", "ref:x", "2019-08-20"]) != EventID.make(["a.txt", "ref:x", "2019-08-21"]))
        #expect(EventID.make(["a"]).count == 19)
    }
}
