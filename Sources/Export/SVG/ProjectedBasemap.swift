import EventModel
import Projection

/// A ``Basemap`` transformed into one map CRS, ready to draw in any frame of that CRS.
struct ProjectedBasemap {
    struct Feature {
        var name: String
        var isFocus: Bool
        var polygons: [[[XY]]]
        var lines: [[XY]]
        var labelPoint: XY?
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
    }

    var countries: [Feature]
    var overlay: [Feature]
    var places: [(name: String, point: XY)]
    /// Candidate points for the sea's name, projected (empty when the basemap has no countries).
    var seaLabelPoints: [XY] = []

    /// Projects every layer of `basemap` into `crs`; points PROJ cannot transform are dropped.
    init(_ basemap: Basemap, crs: String, geographic: Transformer) throws {
        countries = try basemap.countries.map { try Self.project($0, with: geographic, focus: $0.code == "SYR") }
        if basemap.overlay.isEmpty {
            overlay = []
        } else {
            let t = try Transformer(from: basemap.overlayCRS, to: crs)
            overlay = try basemap.overlay.map { try Self.project($0, with: t, focus: false) }
        }
        if !basemap.countries.isEmpty {
            var sea = [XY(x: 34.6, y: 34.9), XY(x: 35.3, y: 34.2), XY(x: 35.4, y: 35.7), XY(x: 34.9, y: 33.4),
                       XY(x: 35.6, y: 35.05), XY(x: 35.15, y: 33.7), XY(x: 35.7, y: 36.1)]
            _ = try geographic.forward(&sea)
            seaLabelPoints = sea.filter { $0.isFinite }
        }
        var pts = basemap.places.map { XY(x: $0.coordinate.lon, y: $0.coordinate.lat) }
        _ = try geographic.forward(&pts)
        places = zip(basemap.places, pts).compactMap { p, xy in
            xy.isFinite ? (p.name, xy) : nil
        }
    }

    private static func project(_ f: Basemap.Feature, with t: Transformer, focus: Bool) throws -> Feature {
        var out = Feature(name: f.name, isFocus: focus, polygons: [], lines: [], labelPoint: nil)
        func run(_ pts: [XY]) throws -> [XY] {
            var p = pts
            _ = try t.forward(&p)
            return p.filter { $0.isFinite }
        }
        for poly in f.polygons {
            let rings = try poly.map(run).filter { $0.count >= 3 }
            if !rings.isEmpty { out.polygons.append(rings) }
        }
        out.lines = try f.lines.map(run).filter { $0.count >= 2 }
        if let lp = f.labelPoint, let p = try? t.forward(lp), p.isFinite { out.labelPoint = p }
        for r in out.polygons.flatMap({ $0 }) + out.lines {
            for p in r {
                out.minX = min(out.minX, p.x); out.maxX = max(out.maxX, p.x)
                out.minY = min(out.minY, p.y); out.maxY = max(out.maxY, p.y)
            }
        }
        return out
    }
}

extension ProjectedBasemap.Feature {
    /// Whether the feature's bounds touch the frame's extent.
    func touches(_ e: MapExtent) -> Bool {
        minX <= e.maxX && maxX >= e.minX && minY <= e.maxY && maxY >= e.minY
    }

    /// SVG path data in `frame`'s pixels: rings closed, points closer than `tolerance` px to the
    /// previous one dropped, rings wholly outside the frame (with a margin) skipped.
    func pathData(in frame: MapFrame, tolerance: Double, closed: Bool) -> String {
        var d = ""
        let margin = frame.rect.inset(-40)
        let rings = closed ? polygons.flatMap { $0 } : lines
        for ring in rings {
            var px = ring.map(frame.pixel)
            var rx0 = Double.infinity, rx1 = -Double.infinity, ry0 = Double.infinity, ry1 = -Double.infinity
            for p in px { rx0 = min(rx0, p.x); rx1 = max(rx1, p.x); ry0 = min(ry0, p.y); ry1 = max(ry1, p.y) }
            if !margin.intersects(PixelRect(x: rx0, y: ry0, width: rx1 - rx0, height: ry1 - ry0)) { continue }
            if closed, rx1 - rx0 < tolerance * 2, ry1 - ry0 < tolerance * 2 { continue }
            px = simplify(px, tolerance)
            guard px.count >= (closed ? 3 : 2) else { continue }
            var last = (Int.min, Int.min)
            for (i, p) in px.enumerated() {
                let q = (Int((p.x * 10).rounded()), Int((p.y * 10).rounded()))
                if q == last { continue }
                last = q
                d += (i == 0 ? "M" : "L") + SVGWriter.num(p.x) + " " + SVGWriter.num(p.y)
            }
            if closed { d += "Z" }
        }
        return d
    }

    private func simplify(_ pts: [XY], _ tol: Double) -> [XY] {
        guard pts.count > 2 else { return pts }
        var out = [pts[0]]
        let t2 = tol * tol
        for p in pts.dropFirst().dropLast() {
            let l = out[out.count - 1]
            if (p.x - l.x) * (p.x - l.x) + (p.y - l.y) * (p.y - l.y) >= t2 { out.append(p) }
        }
        out.append(pts[pts.count - 1])
        return out
    }
}
