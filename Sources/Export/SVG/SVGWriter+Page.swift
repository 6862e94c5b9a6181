import EventModel

extension SVGWriter {
    /// Opens a report page (``MapReport``, ``SmallMultiples``): XML declaration, `<svg>` root of
    /// `width` × `height`, `<title>` and `<desc>`, white background, then the header: `title`
    /// in large type (`subtitle` alone when `title` is empty), `subtitle` under it, the
    /// production date on the right and a red rule.
    mutating func pageHeader(width W: Double, height H: Double, margin M: Double, title: String, subtitle: String,
                             description: String, produced: Day) {
        let f = SVGWriter.num
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        raw("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"\(f(W))\" height=\"\(f(H))\" viewBox=\"0 0 \(f(W)) \(f(H))\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n")
        raw("<title>\(SVGWriter.escape(title.isEmpty ? subtitle : title + " — " + subtitle))</title>\n")
        raw("<desc>\(SVGWriter.escape(description))</desc>\n")
        raw("<rect width=\"\(f(W))\" height=\"\(f(H))\" fill=\"#FFFFFF\"/>\n")
        raw("<text id=\"title\" x=\"\(f(M))\" y=\"44\" font-size=\"22\" font-weight=\"bold\" fill=\"#1A1A1A\">\(SVGWriter.escape(title.isEmpty ? subtitle : title))</text>\n")
        if !title.isEmpty {
            raw("<text id=\"subtitle\" x=\"\(f(M))\" y=\"70\" font-size=\"15\" fill=\"#333333\">\(SVGWriter.escape(subtitle))</text>\n")
        }
        raw("<text id=\"produced\" x=\"\(f(W - M))\" y=\"44\" font-size=\"9\" fill=\"#6E6E6E\" text-anchor=\"end\">Produced \(SVGWriter.escape(MapWords.day(produced)))</text>\n")
        raw("<path d=\"M\(f(M)) 82H\(f(W - M))\" stroke=\"#C00000\" stroke-width=\"1.5\"/>\n")
    }
}
