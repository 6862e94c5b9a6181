/// Where a CRS may be used, as PROJ's database records it: a longitude/latitude box in degrees.
///
/// Read with [`proj_get_area_of_use`](https://proj.org/development/reference/functions.html#c.proj_get_area_of_use).
/// A box whose `west` is greater than its `east` crosses the antimeridian.
public struct AreaOfUse: Hashable, Sendable {
    /// Western bound, degrees of longitude.
    public var west: Double
    /// Southern bound, degrees of latitude.
    public var south: Double
    /// Eastern bound, degrees of longitude.
    public var east: Double
    /// Northern bound, degrees of latitude.
    public var north: Double
    /// The database's name for the area, e.g. `"Syria."`.
    public var name: String

    /// Creates an area of use from its bounds in degrees.
    ///
    /// - Parameters:
    ///   - west: Western bound (longitude).
    ///   - south: Southern bound (latitude).
    ///   - east: Eastern bound (longitude); less than `west` when the box crosses the antimeridian.
    ///   - north: Northern bound (latitude).
    ///   - name: A human-readable name.
    public init(west: Double, south: Double, east: Double, north: Double, name: String = "") {
        self.west = west
        self.south = south
        self.east = east
        self.north = north
        self.name = name
    }

    /// Whether a longitude/latitude position (degrees) lies in the box, bounds included.
    ///
    /// - Parameter p: `x` longitude, `y` latitude, in degrees.
    /// - Returns: `false` for non-finite positions.
    @inline(__always)
    public func contains(_ p: XY) -> Bool {
        guard p.y >= south, p.y <= north else { return false }
        if west <= east { return p.x >= west && p.x <= east }
        return p.x >= west || p.x <= east
    }
}
