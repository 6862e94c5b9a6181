import EventModel
import Projection

/// The part of the projected plane a map shows, in the units of its CRS (metres for EPSG:22770).
public struct MapExtent: Sendable, Hashable {
    /// The CRS the bounds are in, as given to PROJ.
    public var crs: String
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double

    /// Creates an extent from projected bounds.
    public init(crs: String, minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.crs = crs
        self.minX = min(minX, maxX)
        self.minY = min(minY, maxY)
        self.maxX = max(minX, maxX)
        self.maxY = max(minY, maxY)
    }

    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }
    /// The centre, in projected units.
    public var centre: XY { XY(x: (minX + maxX) / 2, y: (minY + maxY) / 2) }

    /// The extent that shows `events` with a margin, at least 30% of Syria's width across (so the coast, borders and nearby capitals give context);
    /// all of Syria when there are no events.
    ///
    /// - Parameters:
    ///   - events: the events to show.
    ///   - crs: the map's CRS (any definition PROJ accepts).
    /// - Returns: projected bounds in `crs`.
    /// - Throws: `ProjectionError` when PROJ does not know `crs`.
    public static func fitting(_ events: [Event], crs: String) throws -> MapExtent {
        let t = try Transformer(from: "EPSG:4326", to: crs)
        var pts = events.map { XY(x: $0.coordinate.lon, y: $0.coordinate.lat) }
        _ = try t.forward(&pts)
        return try fitting(projected: pts, crs: crs, transformer: t)
    }

    /// Fitting on points already projected (non-finite ones are ignored).
    static func fitting(projected pts: [XY], crs: String, transformer t: Transformer) throws -> MapExtent {
        let syria = try MapExtent.syria(crs: crs, transformer: t)
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for p in pts where p.isFinite {
            minX = min(minX, p.x); maxX = max(maxX, p.x)
            minY = min(minY, p.y); maxY = max(maxY, p.y)
        }
        guard minX.isFinite else { return syria }
        var e = MapExtent(crs: crs, minX: minX, minY: minY, maxX: maxX, maxY: maxY)
        let least = syria.width * 0.3
        let pad = max(e.width, e.height) * 0.12
        e = e.grown(by: pad)
        if e.width < least { e = e.grown(dx: (least - e.width) / 2, dy: 0) }
        if e.height < least { e = e.grown(dx: 0, dy: (least - e.height) / 2) }
        return e
    }

    /// Syria's bounding box (35.6–42.4 E, 32.3–37.4 N) in `crs`, with a small margin.
    static func syria(crs: String, transformer t: Transformer) throws -> MapExtent {
        var ring: [XY] = []
        for i in 0...16 {
            let f = Double(i) / 16
            ring.append(XY(x: 35.6 + 6.8 * f, y: 32.3))
            ring.append(XY(x: 35.6 + 6.8 * f, y: 37.4))
            ring.append(XY(x: 35.6, y: 32.3 + 5.1 * f))
            ring.append(XY(x: 42.4, y: 32.3 + 5.1 * f))
        }
        _ = try t.forward(&ring)
        let ok = ring.filter { $0.isFinite }
        guard !ok.isEmpty else { return MapExtent(crs: crs, minX: 35.6, minY: 32.3, maxX: 42.4, maxY: 37.4) }
        let e = MapExtent(crs: crs, minX: ok.map(\.x).min()!, minY: ok.map(\.y).min()!,
                          maxX: ok.map(\.x).max()!, maxY: ok.map(\.y).max()!)
        return e.grown(by: max(e.width, e.height) * 0.03)
    }

    /// The extent grown by `d` on every side.
    func grown(by d: Double) -> MapExtent { grown(dx: d, dy: d) }

    func grown(dx: Double, dy: Double) -> MapExtent {
        MapExtent(crs: crs, minX: minX - dx, minY: minY - dy, maxX: maxX + dx, maxY: maxY + dy)
    }

    /// The smallest extent around this one with `width / height == aspect`, same centre.
    func fitted(toAspect aspect: Double) -> MapExtent {
        if width / height < aspect {
            return grown(dx: (height * aspect - width) / 2, dy: 0)
        }
        return grown(dx: 0, dy: (width / aspect - height) / 2)
    }

    /// The share of `other`'s area that lies inside this extent (0…1).
    func coverage(of other: MapExtent) -> Double {
        let w = max(0, min(maxX, other.maxX) - max(minX, other.minX))
        let h = max(0, min(maxY, other.maxY) - max(minY, other.minY))
        return other.width * other.height > 0 ? w * h / (other.width * other.height) : 0
    }
}
