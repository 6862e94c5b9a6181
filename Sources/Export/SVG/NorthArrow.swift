import Projection

/// An arrow pointing to grid north (straight up: the map is drawn in its projected CRS).
enum NorthArrow {
    /// Draws the arrow with its top-left corner at `origin`; returns its box.
    static func draw(at origin: XY, into w: inout SVGWriter) -> PixelRect {
        let f = SVGWriter.num
        let cx = origin.x + 14, top = origin.y + 18
        w.raw("<g id=\"north-arrow\">")
        w.raw("<rect x=\"\(f(origin.x))\" y=\"\(f(origin.y))\" width=\"28\" height=\"50\" fill=\"#FFFFFF\" fill-opacity=\"0.8\"/>")
        w.raw("<text x=\"\(f(cx))\" y=\"\(f(origin.y + 14))\" font-size=\"12\" font-weight=\"bold\" fill=\"#333333\" text-anchor=\"middle\">N</text>")
        w.raw("<path d=\"M\(f(cx)) \(f(top))L\(f(cx + 7)) \(f(top + 26))L\(f(cx)) \(f(top + 20))Z\" fill=\"#333333\"/>")
        w.raw("<path d=\"M\(f(cx)) \(f(top))L\(f(cx - 7)) \(f(top + 26))L\(f(cx)) \(f(top + 20))Z\" fill=\"#FFFFFF\" stroke=\"#333333\" stroke-width=\"0.8\"/>")
        w.raw("</g>\n")
        return PixelRect(x: origin.x, y: origin.y, width: 28, height: 50)
    }
}
