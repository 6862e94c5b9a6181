import Projection

/// Pointy-top hexagons in projected metres, for aggregating dense events.
struct HexGrid {
    /// Centre-to-corner distance, in projected units.
    var radius: Double

    struct Cell: Hashable { var q: Int; var r: Int }

    /// The cell holding `p`.
    func cell(_ p: XY) -> Cell {
        let qf = (3.0.squareRoot() / 3 * p.x - p.y / 3) / radius
        let rf = (2.0 / 3 * p.y) / radius
        let sf = -qf - rf
        var q = qf.rounded(), r = rf.rounded()
        let s = sf.rounded()
        let dq = abs(q - qf), dr = abs(r - rf), ds = abs(s - sf)
        if dq > dr && dq > ds { q = -r - s } else if dr > ds { r = -q - s }
        return Cell(q: Int(q), r: Int(r))
    }

    /// The centre of a cell.
    func centre(_ c: Cell) -> XY {
        XY(x: radius * 3.0.squareRoot() * (Double(c.q) + Double(c.r) / 2), y: radius * 1.5 * Double(c.r))
    }

    /// The six corners of a cell.
    func corners(_ c: Cell) -> [XY] {
        let o = centre(c)
        return (0..<6).map { k in
            let a = Double.pi / 180 * (60 * Double(k) - 30)
            return XY(x: o.x + radius * cos(a), y: o.y + radius * sin(a))
        }
    }

    /// Events per cell.
    func counts(_ points: [XY]) -> [Cell: Int] {
        var out: [Cell: Int] = [:]
        for p in points where p.isFinite { out[cell(p), default: 0] += 1 }
        return out
    }
}

/// Graduated classes for counts per hexagon: rounded breaks and a sequential colour ramp
/// (ColorBrewer YlOrRd, readable in greyscale from light to dark).
struct HexClasses {
    /// Lower bound of each class.
    var lowerBounds: [Int]
    static let ramp = ["#FFEDA0", "#FED976", "#FEB24C", "#FD8D3C", "#F03B20", "#BD0026", "#800026"]

    init(maxCount: Int) {
        let nice = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000]
        let b0 = nice.filter { $0 <= max(1, maxCount) }
        // At most seven classes, spread evenly over the (geometric) range of round values.
        let n = min(b0.count, HexClasses.ramp.count)
        var b: [Int] = []
        for i in 0..<n {
            let v = b0[n == 1 ? 0 : Int((Double(i) * Double(b0.count - 1) / Double(n - 1)).rounded())]
            if b.last != v { b.append(v) }
        }
        lowerBounds = b
    }

    func index(_ count: Int) -> Int { max(0, (lowerBounds.lastIndex { $0 <= count }) ?? 0) }

    func colour(_ i: Int) -> String {
        // Spread the classes over the ramp so few classes still run light to dark.
        let n = lowerBounds.count
        let j = n <= 1 ? HexClasses.ramp.count - 2 : Int((Double(i) / Double(n - 1) * Double(HexClasses.ramp.count - 1)).rounded())
        return HexClasses.ramp[j]
    }

    func label(_ i: Int) -> String {
        let lo = lowerBounds[i]
        if i + 1 < lowerBounds.count {
            let hi = lowerBounds[i + 1] - 1
            return hi == lo ? "\(lo)" : "\(lo)–\(hi)"
        }
        return "\(lo) or more"
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
