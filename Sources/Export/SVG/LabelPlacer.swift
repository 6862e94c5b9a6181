import Projection

/// Greedy label placement with collision boxes: a label goes to the first of eight positions
/// around its point that stays inside the bounds and clear of every obstacle and earlier label.
struct LabelPlacer {
    /// One placed label: text anchor point and box.
    struct Placement {
        var x: Double
        var y: Double
        /// `start`, `middle` or `end`.
        var anchor: String
        var box: PixelRect
    }

    var bounds: PixelRect
    private(set) var obstacles: [PixelRect] = []

    init(bounds: PixelRect) { self.bounds = bounds }

    /// Estimated advance width of `text` in DejaVu Sans at `size` px (a slight overestimate).
    static func width(_ text: String, size: Double, letterSpacing: Double = 0) -> Double {
        var w = 0.0
        for u in text.unicodeScalars {
            switch u {
            case "i", "l", "j", "'", ".", ",", ":", ";", "|", "!": w += 0.32
            case " ", "-", "(", ")", "f", "t", "r": w += 0.42
            case "m", "w", "M", "W": w += 0.92
            case "A"..."Z": w += 0.74
            default: w += 0.62
            }
        }
        return w * size + Double(text.unicodeScalars.count) * letterSpacing
    }

    /// Marks a rectangle no label may cover.
    mutating func block(_ r: PixelRect) { obstacles.append(r) }

    /// Marks the square around a symbol of radius `r` at `p`.
    mutating func block(symbolAt p: XY, radius r: Double) {
        obstacles.append(PixelRect(x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r))
    }

    /// Places `text` next to the point `p` (a symbol of radius `gap`), or returns `nil` when
    /// every position collides (`centredOnly`: the one position centred on `p`). A placed label becomes an obstacle for later ones.
    mutating func place(_ text: String, at p: XY, gap: Double, size: Double, letterSpacing: Double = 0,
                        centredOnly: Bool = false) -> Placement? {
        let w = LabelPlacer.width(text, size: size, letterSpacing: letterSpacing)
        let asc = size * 0.78, desc = size * 0.24, pad = 1.5
        let g = gap + 2
        // (dx, baseline dy, anchor)
        var cands: [(Double, Double, String)] = [
            (g, asc / 2 - desc / 2, "start"), (-g, asc / 2 - desc / 2, "end"),
            (g * 0.7, -g * 0.7, "start"), (g * 0.7, g * 0.7 + asc, "start"),
            (0, -g - desc, "middle"), (0, g + asc, "middle"),
            (-g * 0.7, -g * 0.7, "end"), (-g * 0.7, g * 0.7 + asc, "end"),
        ]
        if centredOnly { cands = [(0, asc / 2 - desc / 2, "middle")] }
        for (dx, dy, anchor) in cands {
            let x = p.x + dx, y = p.y + dy
            let left = anchor == "start" ? x : anchor == "end" ? x - w : x - w / 2
            let box = PixelRect(x: left - pad, y: y - asc - pad, width: w + 2 * pad, height: asc + desc + 2 * pad)
            guard bounds.contains(box), !obstacles.contains(where: { $0.intersects(box) }) else { continue }
            obstacles.append(box)
            return Placement(x: x, y: y, anchor: anchor, box: box)
        }
        return nil
    }
}
