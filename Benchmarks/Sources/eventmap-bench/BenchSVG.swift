import EventModel
import Export
import Foundation

/// 100,000 synthetic events (deterministic, around Syria's populated places) to one SVG map
/// with hexagon aggregation: `bench svg.100k N s` and `bench svg.100k.size N MB`.
func benchSVG() throws {
    let events = syntheticSVGEvents(100_000)
    let basemap = try Basemap.standard()
    let first = Day(year: 2019, month: 1, day: 1)!, last = Day(year: 2019, month: 12, day: 31)!
    var map = MapReport(events: events, title: "Benchmark: 100,000 synthetic events", period: first...last,
                           basemap: basemap)
    map.produced = first
    _ = try MapReport(events: Array(events.prefix(10)), title: "warm-up", period: first...last, basemap: basemap).svg()
    var svg = ""
    var best = Double.infinity
    for _ in 0..<3 {
        best = min(best, try seconds { svg = try map.svg() })
    }
    report("svg.100k", best, "s")
    report("svg.100k.size", Double(svg.utf8.count) / 1_000_000, "MB")
    if let out = ProcessInfo.processInfo.environment["BENCH_SVG_OUT"] {  // to look at the map
        try Data(svg.utf8).write(to: URL(fileURLWithPath: out))
    }
}

/// `n` events scattered around 24 towns, weighted towards the big cities, over 2019.
private func syntheticSVGEvents(_ n: Int) -> [Event] {
    let towns: [(lat: Double, lon: Double, admin1: String, weight: Int)] = [
        (33.51, 36.29, "Damascus", 9), (33.57, 36.40, "Rif Dimashq", 5), (36.20, 37.16, "Aleppo", 9),
        (34.72, 36.73, "Homs", 6), (35.13, 36.76, "Hama", 5), (35.93, 36.63, "Idlib", 7),
        (35.44, 36.65, "Idlib", 4), (35.65, 36.68, "Idlib", 4), (35.81, 36.32, "Idlib", 3),
        (32.62, 36.10, "Daraa", 5), (32.71, 36.57, "As-Suwayda", 2), (33.13, 35.82, "Quneitra", 1),
        (35.53, 35.79, "Latakia", 3), (34.89, 35.89, "Tartus", 2), (35.34, 40.14, "Deir ez-Zor", 5),
        (34.45, 40.92, "Deir ez-Zor", 3), (35.01, 40.45, "Deir ez-Zor", 2), (35.95, 39.01, "Ar-Raqqa", 5),
        (36.50, 40.75, "Al-Hasakah", 3), (37.05, 41.22, "Al-Hasakah", 3), (36.52, 36.87, "Aleppo", 3),
        (36.37, 37.52, "Aleppo", 2), (36.89, 38.35, "Aleppo", 2), (34.55, 38.28, "Homs", 2),
    ]
    let bag = towns.indices.flatMap { Array(repeating: $0, count: towns[$0].weight) }
    let types = SubEventType.allCases
    var seed: UInt64 = 42
    func next() -> Double {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Double(seed >> 11) / Double(1 << 53)
    }
    let start = Day(year: 2019, month: 1, day: 1)!
    return (0..<n).map { i in
        let t = towns[bag[Int(next() * Double(bag.count))]]
        let r = 0.25 * next().squareRoot(), a = next() * 2 * .pi
        return Event(eventID: "bench-\(i)", date: start.adding(days: Int(next() * 365)), timePrecision: .day,
                     subEventType: types[Int(next() * Double(types.count))], fatalities: Int(next() * 6),
                     location: t.admin1, locationMention: t.admin1, admin1: t.admin1,
                     coordinate: Coordinate(lon: t.lon + r * cos(a), lat: t.lat + r * sin(a)),
                     geoPrecision: .exact, gazetteerID: "bench", sources: ["bench-\(i).txt"], outlets: ["Synthetic"])
    }
}
