import Projection

/// A rectangle on the page, in SVG px (y down).
public struct PixelRect: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }

    /// Whether the two rectangles overlap (touching edges do not count).
    public func intersects(_ o: PixelRect) -> Bool {
        x < o.maxX && o.x < maxX && y < o.maxY && o.y < maxY
    }

    /// Whether `o` lies wholly inside.
    public func contains(_ o: PixelRect) -> Bool {
        o.x >= x && o.y >= y && o.maxX <= maxX && o.maxY <= maxY
    }

    func inset(_ d: Double) -> PixelRect { PixelRect(x: x + d, y: y + d, width: width - 2 * d, height: height - 2 * d) }
}

/// The mapping between projected coordinates and SVG pixels for one map panel.
///
/// Uniform scale (no distortion added on top of the projection), y flipped so grid north is up.
public struct MapFrame: Sendable, Hashable {
    /// The projected bounds shown; exactly fills ``rect``.
    public var extent: MapExtent
    /// Where the map sits on the page.
    public var rect: PixelRect

    /// px per projected unit.
    public var scale: Double { rect.width / extent.width }

    /// Creates a frame; `extent` is widened to the rectangle's aspect ratio.
    public init(extent: MapExtent, rect: PixelRect) {
        self.extent = extent.fitted(toAspect: rect.width / rect.height)
        self.rect = rect
    }

    /// The pixel position of a projected point.
    public func pixel(_ p: XY) -> XY {
        XY(x: rect.x + (p.x - extent.minX) * scale, y: rect.y + (extent.maxY - p.y) * scale)
    }

    /// The projected point at a pixel position (the inverse of ``pixel(_:)``).
    public func projected(_ px: XY) -> XY {
        XY(x: extent.minX + (px.x - rect.x) / scale, y: extent.maxY - (px.y - rect.y) / scale)
    }
}
