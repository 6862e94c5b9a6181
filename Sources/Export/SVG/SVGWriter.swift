import Foundation

/// Builds SVG text: XML escaping and coordinates rounded to 0.1 px.
///
/// Every string that may come from an article (place names, outlets, titles) goes through
/// ``escape(_:)``; every coordinate goes through ``num(_:)``.
struct SVGWriter {
    /// The document so far.
    private(set) var text = ""

    init() { text.reserveCapacity(1 << 16) }

    /// Appends raw markup (already escaped).
    mutating func raw(_ s: String) { text += s }

    /// Escapes `&`, `<`, `>`, `"` and `'` and drops control characters XML forbids
    /// (``HTMLEscaping``), skipping the copy when nothing needs escaping.
    static func escape(_ s: String) -> String {
        for b in s.utf8 where b == 38 || b == 60 || b == 62 || b == 34 || b == 39 || b < 32 || b == 0x7F {
            return HTMLEscaping.escape(s)
        }
        return s
    }

    /// A number rounded to 0.1 (`12.3`, `-4`, `0.5`), without exponent or trailing zero.
    static func num(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        let t = (v * 10).rounded()
        guard abs(t) < 1e15 else { return String(format: "%.0f", v) }
        let i = Int(t)
        let neg = i < 0
        let a = neg ? -i : i
        let whole = a / 10, frac = a % 10
        var s = neg && a != 0 ? "-" : ""
        s += String(whole)
        if frac != 0 { s += "." + String(frac) }
        return s
    }
}
