import EventModel

/// The outline shape of an event symbol: the second cue besides colour.
public enum SymbolShape: String, Sendable, CaseIterable {
    case circle, triangle, square, diamond, invertedTriangle, hexagon
}

/// One hue and one shape per event type, the same on every map and timeline.
///
/// Colours are the Okabe–Ito palette, which people with the common colour-vision deficiencies
/// can tell apart; shapes differ too, so the types survive greyscale printing.
public struct SymbolStyle: Sendable, Hashable {
    /// Fill colour, `#RRGGBB`.
    public var colour: String
    public var shape: SymbolShape

    /// The style for an event type.
    public static func of(_ type: EventType) -> SymbolStyle {
        switch type {
        case .battles: return SymbolStyle(colour: "#D55E00", shape: .circle)
        case .explosions: return SymbolStyle(colour: "#0072B2", shape: .triangle)
        case .violenceAgainstCivilians: return SymbolStyle(colour: "#CC79A7", shape: .diamond)
        case .strategicDevelopments: return SymbolStyle(colour: "#009E73", shape: .square)
        case .protests: return SymbolStyle(colour: "#56B4E9", shape: .invertedTriangle)
        case .riots: return SymbolStyle(colour: "#E69F00", shape: .hexagon)
        }
    }

    /// Event types in legend and stacking order.
    static let order: [EventType] = [
        .battles, .explosions, .violenceAgainstCivilians, .strategicDevelopments, .protests, .riots,
    ]

    /// SVG path data for the shape centred on the origin, with the same area as a circle of
    /// radius `r` (so shapes of one size look equally heavy).
    func path(radius r: Double) -> String {
        func n(_ v: Double) -> String { SVGWriter.num(v) }
        switch shape {
        case .circle:
            return "M\(n(-r)),0a\(n(r)),\(n(r)) 0 1,0 \(n(2 * r)),0a\(n(r)),\(n(r)) 0 1,0 \(n(-2 * r)),0Z"
        case .square:
            let h = r * 0.886  // side r·√π, half of it
            return "M\(n(-h)),\(n(-h))H\(n(h))V\(n(h))H\(n(-h))Z"
        case .diamond:
            let d = r * 1.253  // half-diagonal of a square with area πr²
            return "M0,\(n(-d))L\(n(d)),0L0,\(n(d))L\(n(-d)),0Z"
        case .triangle, .invertedTriangle:
            // Equilateral, area πr²: side a = r·2.693; centroid on the origin.
            let a = r * 2.693, hgt = a * 0.866
            let s: Double = shape == .triangle ? 1 : -1
            return "M0,\(n(-s * hgt * 2 / 3))L\(n(a / 2)),\(n(s * hgt / 3))L\(n(-a / 2)),\(n(s * hgt / 3))Z"
        case .hexagon:
            let c = r * 1.1  // regular hexagon with area πr²
            var d = ""
            for k in 0..<6 {
                let t = Double(k) * .pi / 3
                d += (k == 0 ? "M" : "L") + n(c * cos(t)) + "," + n(c * sin(t))
            }
            return d + "Z"
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
