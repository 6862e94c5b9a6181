/// A WGS 84 position in degrees, always longitude first (east, north), as GeoJSON orders it.
public struct Coordinate: Hashable, Sendable, Codable {
    /// Longitude in decimal degrees, east positive.
    public var lon: Double
    /// Latitude in decimal degrees, north positive.
    public var lat: Double

    /// Creates a coordinate from longitude and latitude in degrees.
    public init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }

    /// Great-circle distance to `other` in kilometres (haversine, mean Earth radius 6371 km).
    public func kilometres(to other: Coordinate) -> Double {
        let r = 6371.0
        let p1 = lat * .pi / 180, p2 = other.lat * .pi / 180
        let dp = p2 - p1, dl = (other.lon - lon) * .pi / 180
        let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
        return 2 * r * asin(min(1, h.squareRoot()))
    }

    /// Whether the point lies in the bounding box of Syria (32.3–37.4 N, 35.6–42.4 E).
    public var isInSyriaBox: Bool {
        (32.3...37.4).contains(lat) && (35.6...42.4).contains(lon)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
