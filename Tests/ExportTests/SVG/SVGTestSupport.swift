import EventModel
import Foundation
import Testing
@testable import Export

/// Events and helpers for the SVG map tests.
enum SVGSamples {
    static func day(_ s: String) -> Day { Day(iso: s)! }

    static func event(_ n: Int, _ date: String, _ sub: SubEventType, _ place: String, _ admin1: String,
                      lat: Double, lon: Double, dead: Int? = nil, precision: GeoPrecision = .exact,
                      outlets: [String] = ["AFP"]) -> Event {
        Event(eventID: "svg-\(n)", date: day(date), timePrecision: .day, subEventType: sub, fatalities: dead,
              location: place, locationMention: place, admin1: admin1, coordinate: Coordinate(lon: lon, lat: lat),
              geoPrecision: precision, gazetteerID: "ref:\(n)", sources: ["a\(n).txt"], outlets: outlets)
    }

    /// A month of fighting in southern Idlib and northern Hama (positions from the reference table).
    static let idlibMay2019: [Event] = [
        event(1, "2019-05-02", .airStrike, "Khan Shaykhun", "Idlib", lat: 35.4421, lon: 36.6510, dead: 12),
        event(2, "2019-05-03", .shelling, "Kafr Zita", "Hama", lat: 35.3743, lon: 36.6033, dead: 3),
        event(3, "2019-05-06", .armedClash, "Qalaat al-Madiq", "Hama", lat: 35.4147, lon: 36.3909, dead: 27, outlets: ["Reuters"]),
        event(4, "2019-05-08", .governmentRegainsTerritory, "Qalaat al-Madiq", "Hama", lat: 35.4147, lon: 36.3909, dead: 0),
        event(5, "2019-05-09", .airStrike, "Maarat al-Numan", "Idlib", lat: 35.6483, lon: 36.6769, dead: 5, outlets: ["Xinhua"]),
        event(6, "2019-05-11", .shelling, "Suqaylabiyah", "Hama", lat: 35.3667, lon: 36.3936, dead: 2, outlets: ["SANA"]),
        event(7, "2019-05-13", .airStrike, "Kafranbel", "Idlib", lat: 35.6138, lon: 36.5645, dead: 8),
        event(8, "2019-05-14", .armedClash, "Latamneh", "Hama", lat: 35.3208, lon: 36.6225, dead: 40, outlets: ["Reuters"]),
        event(9, "2019-05-17", .airStrike, "Ariha", "Idlib", lat: 35.8137, lon: 36.6096, dead: nil),
        event(10, "2019-05-19", .attack, "Jisr al-Shughur", "Idlib", lat: 35.8142, lon: 36.3198, dead: 4),
        event(11, "2019-05-21", .peacefulProtest, "Idlib", "Idlib", lat: 35.9306, lon: 36.6339),
        event(12, "2019-05-22", .airStrike, "Saraqib", "Idlib", lat: 35.8645, lon: 36.8059, dead: 6),
        event(13, "2019-05-24", .shelling, "Hama countryside", "Hama", lat: 35.1318, lon: 36.7578, dead: 1, precision: .near),
        event(14, "2019-05-27", .armedClash, "Kafr Zita", "Hama", lat: 35.3743, lon: 36.6033, dead: 15),
        event(15, "2019-05-29", .arrests, "Idlib province", "Idlib", lat: 35.7851, lon: 36.6823, precision: .region),
        event(16, "2019-05-30", .airStrike, "Khan Shaykhun", "Idlib", lat: 35.4421, lon: 36.6510, dead: 9),
    ]

    static let may2019 = day("2019-05-01")...day("2019-05-31")

    /// `n` deterministic events spread over Syria's populated west and the Euphrates.
    static func synthetic(_ n: Int, start: String = "2019-01-01", days: Int = 365) -> [Event] {
        let hubs: [(Double, Double, String)] = [
            (33.51, 36.29, "Damascus"), (36.20, 37.16, "Aleppo"), (34.72, 36.73, "Homs"), (35.13, 36.76, "Hama"),
            (35.93, 36.63, "Idlib"), (32.62, 36.10, "Daraa"), (35.34, 40.14, "Deir ez-Zor"), (35.95, 39.01, "Ar-Raqqa"),
        ]
        var seed: UInt64 = 0x9E3779B97F4A7C15
        func next() -> Double {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Double(seed >> 11) / Double(1 << 53)
        }
        let types = SubEventType.allCases
        let first = day(start)
        return (0..<n).map { i in
            let h = hubs[Int(next() * Double(hubs.count))]
            let r = 0.6 * next().squareRoot(), a = next() * 2 * .pi
            return Event(eventID: "syn-\(i)", date: first.adding(days: Int(next() * Double(days))), timePrecision: .day,
                         subEventType: types[Int(next() * Double(types.count))], fatalities: Int(next() * 5),
                         location: h.2, locationMention: h.2, admin1: h.2,
                         coordinate: Coordinate(lon: h.1 + r * cos(a), lat: h.0 + r * sin(a) * 0.8),
                         geoPrecision: .exact, gazetteerID: "syn", sources: ["s\(i)"], outlets: ["Synthetic"])
        }
    }
}

/// Writes `svg` to a temporary file, checks it with `xmllint --noout` and renders it with
/// `rsvg-convert` (each skipped with a message when the tool is missing). With
/// `SVG_PREVIEW_DIR` set, also keeps `name.svg` and `name.png` there for looking at.
func expectValidSVG(_ svg: String, name: String) throws {
    let dir = try makeTemporaryFolder("svg")
    let file = dir.appendingPathComponent("\(name).svg")
    try Data(svg.utf8).write(to: file)
    #expect(svg.hasPrefix("<?xml"))
    #expect(svg.contains("viewBox=\"0 0 "))
    #expect(svg.contains("<title>") && svg.contains("<desc>"))
    #expect(!svg.lowercased().contains("<script"))
    #expect(!svg.contains("href=\"http"))
    #expect(svg.utf8.count < 3_000_000)
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") {
        let r = try runTool("/usr/bin/xmllint", ["--noout", file.path])
        #expect(r.status == 0, "xmllint: \(r.output)")
    } else {
        print("skipped: xmllint not installed")
    }
    var png = dir.appendingPathComponent("\(name).png")
    if let preview = ProcessInfo.processInfo.environment["SVG_PREVIEW_DIR"] {
        try? FileManager.default.removeItem(atPath: preview + "/\(name).svg")
        try FileManager.default.copyItem(at: file, to: URL(fileURLWithPath: preview + "/\(name).svg"))
        png = URL(fileURLWithPath: preview + "/\(name).png")
    }
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert") {
        let r = try runTool("/usr/bin/rsvg-convert", ["-w", "1600", file.path, "-o", png.path])
        #expect(r.status == 0, "rsvg-convert: \(r.output)")
        let size = (try? FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int) ?? 0
        #expect(size > 10_000)
    } else {
        print("skipped: rsvg-convert not installed")
    }
}

/// Event markers in an SVG: id, event coordinate and pixel position.
struct SVGMarker {
    var id: String
    var lon: Double
    var lat: Double
    var x: Double
    var y: Double
}

func svgMarkers(_ svg: String) -> [SVGMarker] {
    let re = try! NSRegularExpression(pattern: #"<path class="ev" id="([^"]+)" data-lon="([-0-9.e]+)" data-lat="([-0-9.e]+)" transform="translate\(([-0-9.]+) ([-0-9.]+)\)""#)
    let ns = svg as NSString
    return re.matches(in: svg, range: NSRange(location: 0, length: ns.length)).map { m in
        func g(_ i: Int) -> String { ns.substring(with: m.range(at: i)) }
        return SVGMarker(id: g(1), lon: Double(g(2))!, lat: Double(g(3))!, x: Double(g(4))!, y: Double(g(5))!)
    }
}

/// All matches of a regular expression's capture groups.
func svgCaptures(_ pattern: String, in svg: String) -> [[String]] {
    let re = try! NSRegularExpression(pattern: pattern)
    let ns = svg as NSString
    return re.matches(in: svg, range: NSRange(location: 0, length: ns.length)).map { m in
        (1..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
    }
}

/// Great-circle distance in km, written out here so the test does not lean on the code it checks.
func svgHaversineKm(_ lon1: Double, _ lat1: Double, _ lon2: Double, _ lat2: Double) -> Double {
    let rad = Double.pi / 180
    let dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad
    let a = pow(sin(dlat / 2), 2) + cos(lat1 * rad) * cos(lat2 * rad) * pow(sin(dlon / 2), 2)
    return 2 * 6371.0 * atan2(a.squareRoot(), (1 - a).squareRoot())
}
