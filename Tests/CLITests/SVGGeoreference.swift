import Foundation
import Projection

/// A map panel's georeference as `MapCanvas` writes it on the panel's group: the CRS, the projected
/// bounds shown and the pixel rectangle they fill.
struct SVGGeoreference {
    var crs: String
    var minX, minY, maxX, maxY: Double
    var x, y, width, height: Double

    /// The first panel of `svg` (the main map of a report), or `nil` when it carries none.
    init?(svg: String) {
        guard let g = svg.range(of: #"<g clip-path="[^"]*" data-crs="([^"]*)" data-extent="([^"]*)" data-rect="([^"]*)">"#,
                                options: .regularExpression) else { return nil }
        let tag = String(svg[g])
        func attribute(_ name: String) -> String? {
            guard let r = tag.range(of: "\(name)=\"") else { return nil }
            return String(tag[r.upperBound...].prefix { $0 != "\"" })
        }
        guard let crs = attribute("data-crs"),
              let e = attribute("data-extent")?.split(separator: " ").compactMap({ Double($0) }), e.count == 4,
              let r = attribute("data-rect")?.split(separator: " ").compactMap({ Double($0) }), r.count == 4 else { return nil }
        self.crs = crs
        (minX, minY, maxX, maxY) = (e[0], e[1], e[2], e[3])
        (x, y, width, height) = (r[0], r[1], r[2], r[3])
    }

    /// px per projected unit (the frame's scale is uniform).
    var scale: Double { width / (maxX - minX) }

    /// The projected point at a pixel position (y down on the page, north up on the map).
    func projected(px: Double, py: Double) -> XY {
        XY(x: minX + (px - x) / scale, y: maxY - (py - y) / scale)
    }
}

/// Every event marker of `svg`: its pixel position and the event's coordinates it was drawn for.
func svgEventMarkers(_ svg: String) -> [(px: Double, py: Double, lon: Double, lat: Double)] {
    let pattern = #"<path class="ev" id="[^"]*" data-lon="([-0-9.]+)" data-lat="([-0-9.]+)" transform="translate\(([-0-9.]+) ([-0-9.]+)\)""#
    guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
    let ns = svg as NSString
    return re.matches(in: svg, range: NSRange(location: 0, length: ns.length)).compactMap { m in
        let v = (1...4).compactMap { Double(ns.substring(with: m.range(at: $0))) }
        return v.count == 4 ? (v[2], v[3], v[0], v[1]) : nil
    }
}

/// Whether `xmllint --noout` accepts the file (`nil` when xmllint is not installed).
func xmllintAccepts(_ file: URL) throws -> Bool? {
    let tool = "/usr/bin/xmllint"
    guard FileManager.default.isExecutableFile(atPath: tool) else { return nil }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: tool)
    p.arguments = ["--noout", file.path]
    p.standardError = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    return p.terminationStatus == 0
}

/// Great-circle distance in metres between two lon/lat points.
func groundMetres(_ lon1: Double, _ lat1: Double, _ lon2: Double, _ lat2: Double) -> Double {
    let r = Double.pi / 180
    let a = pow(sin((lat2 - lat1) * r / 2), 2) + cos(lat1 * r) * cos(lat2 * r) * pow(sin((lon2 - lon1) * r / 2), 2)
    return 2 * 6_371_008.8 * asin(min(1, sqrt(a)))
}
