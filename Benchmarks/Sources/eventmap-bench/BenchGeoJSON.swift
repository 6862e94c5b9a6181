import EventModel
import Export
import Foundation

/// 1,000,000 synthetic events to GeoJSON, timed beside GDAL's `ogr2ogr -f GeoJSON` converting
/// the same events from our CSV in the same run (the peer).
///
/// `BENCH_GEOJSON_EVENTS` changes the count; `BENCH_GEOJSON_PEER=0` skips ogr2ogr.
/// Prints `bench geojson.write N s`, `bench geojson.write.rate N Mevents/s`,
/// `bench geojson.csv.write N s` and `bench geojson.peer N s`.
func benchGeoJSON() throws {
    let n = Int(ProcessInfo.processInfo.environment["BENCH_GEOJSON_EVENTS"] ?? "") ?? 1_000_000
    let events = syntheticEvents(n)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("eventmap-bench-geojson-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }

    let geojson = dir.appendingPathComponent("events.geojson")
    let cpu0 = cpuSeconds()
    let t = try seconds { try AtomicFile.write(to: geojson) { try GeoJSONWriter.write(events, to: $0) } }
    let cpu = cpuSeconds() - cpu0
    let size = (try? FileManager.default.attributesOfItem(atPath: geojson.path)[.size] as? Int) ?? 0
    print("geojson: \(n) events, \(size / 1_000_000) MB, \(String(format: "%.2f", cpu)) s CPU (user + system)")
    report("geojson.write", t, "s")
    report("geojson.write.rate", Double(n) / t / 1e6, "Mevents/s")
    try? FileManager.default.removeItem(at: geojson)

    let csv = dir.appendingPathComponent("events.csv")
    let tc = try seconds { try AtomicFile.write(to: csv) { try CSVWriter.write(events, to: $0) } }
    report("geojson.csv.write", tc, "s")

    guard ProcessInfo.processInfo.environment["BENCH_GEOJSON_PEER"] != "0" else { return }
    let out = dir.appendingPathComponent("out.geojson")
    let peer = shell("ogr2ogr -f GeoJSON '\(out.path)' '\(csv.path)' -oo X_POSSIBLE_NAMES=longitude -oo Y_POSSIBLE_NAMES=latitude")
    if peer.status == 0 {
        report("geojson.peer", peer.seconds, "s")
        print("geojson: \(String(format: "%.1f", peer.seconds / t))x ogr2ogr")
    } else {
        print("geojson: ogr2ogr failed or missing (status \(peer.status)); no peer figure")
    }
}

/// User plus system CPU seconds this process has used (wall time suffers when the machine is busy).
private func cpuSeconds() -> Double {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)
    return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
}

/// `n` varied events over Syria, 2011–2019, sharing their text so memory stays modest.
private func syntheticEvents(_ n: Int) -> [Event] {
    let types = SubEventType.allCases
    let places: [(String, String, Double, Double)] = [
        ("Aleppo", "Aleppo", 37.16117, 36.20124), ("Idlib", "Idlib", 36.63393, 35.93062),
        ("Douma", "Rif Dimashq", 36.40194, 33.57167), ("Deir ez-Zor", "Deir ez-Zor", 40.14083, 35.33583),
        ("Khan Shaykhun", "Idlib", 36.63818, 35.44208), ("Homs", "Homs", 36.72339, 34.72682),
    ]
    let notes = ["Government aircraft struck the town, witnesses said.",
                 "Fighters \"took\" the hill after a night of clashes; 4 dead.",
                 "Residents fled north as shelling continued\nfor a second day."]
    let actors: [String?] = ["Syrian government forces", "Hayat Tahrir al-Sham", nil, "Syrian Democratic Forces"]
    let start = Day(iso: "2011-03-15")!.ordinal
    var rng = SyntheticCorpus.Random(state: 42)
    var out: [Event] = []
    out.reserveCapacity(n)
    for i in 0..<n {
        let p = places[Int(rng.next() % UInt64(places.count))]
        let day = Day(ordinal: start + Int(rng.next() % 3000))
        let jitter = { (Double(rng.next() % 20_000) - 10_000) / 100_000 }
        out.append(Event(
            eventID: String(i, radix: 16), date: day, dateEnd: i % 10 == 0 ? day.adding(days: 3) : nil,
            timePrecision: i % 7 == 0 ? .week : .day, subEventType: types[i % types.count],
            actor1: actors[i % actors.count], actor2: actors[(i / 4) % actors.count],
            fatalities: i % 3 == 0 ? nil : Int(rng.next() % 50), location: p.0, locationMention: p.0, admin1: p.1,
            coordinate: Coordinate(lon: p.2 + jitter(), lat: p.3 + jitter()), geoPrecision: i % 5 == 0 ? .near : .exact,
            gazetteerID: "geonames:1", sources: ["article-\(i % 1000).txt"], sourceTitle: "Synthetic report",
            published: day.adding(days: 1), notes: notes[i % notes.count]))
    }
    return out
}
