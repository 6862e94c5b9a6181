/// A planar or geographic position: `x` east, `y` north.
///
/// For geographic CRSs `x` is the longitude and `y` the latitude in degrees; for projected CRSs
/// `x` is the easting and `y` the northing, usually in metres. ``Transformer`` always uses this
/// order, whatever axis order the CRS's own definition declares (see
/// [`proj_normalize_for_visualization`](https://proj.org/development/reference/functions.html#c.proj_normalize_for_visualization)).
///
/// The layout is two contiguous `Double`s, so an `[XY]` can be handed to PROJ's
/// `proj_trans_generic` as it is, without copying.
public struct XY: Hashable, Sendable {
    /// Easting, or longitude in degrees.
    public var x: Double
    /// Northing, or latitude in degrees.
    public var y: Double

    /// Creates a position from its east (`x`) and north (`y`) components.
    ///
    /// - Parameters:
    ///   - x: Easting, or longitude in degrees.
    ///   - y: Northing, or latitude in degrees.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// Whether both components are finite (PROJ marks a failed point with `HUGE_VAL`).
    public var isFinite: Bool { x.isFinite && y.isFinite }
}

extension XY: CustomStringConvertible {
    /// `(x, y)` with full precision.
    public var description: String { "(\(x), \(y))" }
}
