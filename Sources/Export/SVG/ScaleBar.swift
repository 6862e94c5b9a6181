import EventModel
import Projection

/// A graphic scale bar in kilometres, measured in the projected CRS at the map's centre.
///
/// The ground length of one projected unit at the centre comes from inverting two points either
/// side of it and measuring the great-circle distance between them (haversine), so the bar is
/// right for the projection's scale factor there.
struct ScaleBar {
    /// The bar's length on the ground.
    var kilometres: Double
    /// The bar's length on the page.
    var pixels: Double

    /// A bar of a round length (1, 2 or 5 × 10ⁿ km) no longer than `maxPixels`;
    /// `transformer` goes from EPSG:4326 to the map's CRS.
    init(frame: MapFrame, transformer: Transformer, maxPixels: Double) throws {
        let c = frame.extent.centre
        let half = frame.extent.width * 0.05
        let a = try transformer.inverse(XY(x: c.x - half, y: c.y))
        let b = try transformer.inverse(XY(x: c.x + half, y: c.y))
        let km = Coordinate(lon: a.x, lat: a.y).kilometres(to: Coordinate(lon: b.x, lat: b.y))
        let kmPerPixel = km / (2 * half * frame.scale)
        let most = maxPixels * kmPerPixel
        var step = 1.0
        while step * 10 <= most { step *= 10 }
        while step > most { step /= 10 }
        let len = [5.0, 2.0, 1.0].map { $0 * step }.first { $0 <= most } ?? step
        kilometres = len
        pixels = len / kmPerPixel
    }

    /// Draws the bar with its label at `origin` (bottom-left corner of its box); returns the box.
    func draw(at origin: XY, into w: inout SVGWriter) -> PixelRect {
        let f = SVGWriter.num
        let box = PixelRect(x: origin.x, y: origin.y - 34, width: pixels + 44, height: 34)
        let x0 = origin.x + 10, y0 = origin.y - 12
        w.raw("<g id=\"scalebar\" data-km=\"\(Self.label(kilometres))\">")
        w.raw("<rect x=\"\(f(box.x))\" y=\"\(f(box.y))\" width=\"\(f(box.width))\" height=\"\(f(box.height))\" fill=\"#FFFFFF\" fill-opacity=\"0.8\"/>")
        let halfPx = pixels / 2
        w.raw("<rect id=\"scalebar-bar\" x=\"\(f(x0))\" y=\"\(f(y0))\" width=\"\(f(pixels))\" height=\"5\" fill=\"#FFFFFF\" stroke=\"#333333\" stroke-width=\"0.8\"/>")
        w.raw("<rect x=\"\(f(x0))\" y=\"\(f(y0))\" width=\"\(f(halfPx))\" height=\"5\" fill=\"#333333\"/>")
        w.raw("<g font-size=\"10\" fill=\"#333333\" text-anchor=\"middle\">")
        w.raw("<text x=\"\(f(x0))\" y=\"\(f(y0 - 4))\">0</text>")
        w.raw("<text x=\"\(f(x0 + halfPx))\" y=\"\(f(y0 - 4))\">\(Self.label(kilometres / 2))</text>")
        w.raw("<text x=\"\(f(x0 + pixels))\" y=\"\(f(y0 - 4))\">\(Self.label(kilometres)) km</text>")
        w.raw("</g></g>\n")
        return box
    }

    /// `50`, `2.5`, `0.5`.
    static func label(_ km: Double) -> String {
        km == km.rounded() ? String(Int(km)) : String(km)
    }
}
