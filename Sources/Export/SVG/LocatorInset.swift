import Projection

/// The whole of Syria with a box around the part the main map shows.
enum LocatorInset {
    /// Draws the inset into `rect`; `syria` is Syria's projected extent.
    static func draw(base: ProjectedBasemap, syria: MapExtent, main: MapExtent, in rect: PixelRect,
                     into w: inout SVGWriter) {
        let frame = MapFrame(extent: syria, rect: rect)
        let f = SVGWriter.num
        w.raw("<g id=\"locator\">\n<defs><clipPath id=\"locclip\"><rect x=\"\(f(rect.x))\" y=\"\(f(rect.y))\" width=\"\(f(rect.width))\" height=\"\(f(rect.height))\"/></clipPath></defs>\n")
        w.raw("<g clip-path=\"url(#locclip)\"><rect x=\"\(f(rect.x))\" y=\"\(f(rect.y))\" width=\"\(f(rect.width))\" height=\"\(f(rect.height))\" fill=\"\(MapCanvas.sea)\"/>\n")
        for c in base.countries where c.touches(frame.extent) {
            let d = c.pathData(in: frame, tolerance: 1.2, closed: true)
            guard !d.isEmpty else { continue }
            let fill = c.isFocus ? MapCanvas.focus : MapCanvas.land
            let stroke = c.isFocus ? "#4D4D4D" : "#A3A3A3"
            w.raw("<path d=\"\(d)\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"0.6\"/>\n")
        }
        let a = frame.pixel(XY(x: main.minX, y: main.maxY)), b = frame.pixel(XY(x: main.maxX, y: main.minY))
        w.raw("<rect x=\"\(f(a.x))\" y=\"\(f(a.y))\" width=\"\(f(max(2, b.x - a.x)))\" height=\"\(f(max(2, b.y - a.y)))\" fill=\"none\" stroke=\"#C00000\" stroke-width=\"1.6\"/>\n")
        w.raw("</g><rect x=\"\(f(rect.x))\" y=\"\(f(rect.y))\" width=\"\(f(rect.width))\" height=\"\(f(rect.height))\" fill=\"none\" stroke=\"#808080\" stroke-width=\"0.8\"/>\n")
        w.raw("<text x=\"\(f(rect.x + 6))\" y=\"\(f(rect.y + 14))\" font-size=\"10\" fill=\"#555555\">Map area in Syria</text>\n</g>\n")
    }
}
