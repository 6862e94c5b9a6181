import EventModel

/// The fields of one row as byte ranges, read without building a String per field.
///
/// Only the values an entry keeps (id, names, governorate, country) become Strings; numbers
/// and kinds are parsed straight from the bytes.
struct Fields {
    /// The bytes the ranges index into (the file, or an unquoted copy of a CSV line).
    var base: UnsafeBufferPointer<UInt8>
    /// Each field's bytes.
    var ranges: [Range<Int>] = []

    init(base: UnsafeBufferPointer<UInt8>) { self.base = base }

    var count: Int { ranges.count }

    /// Whether every field is empty.
    var allEmpty: Bool {
        for r in ranges where !r.isEmpty { return false }
        return true
    }

    /// Splits `line` on `separator` (tab or comma, no quoting).
    mutating func split(_ line: Range<Int>, on separator: UInt8) {
        ranges.removeAll(keepingCapacity: true)
        var start = line.lowerBound
        for i in line where base[i] == separator {
            ranges.append(start..<i)
            start = i + 1
        }
        ranges.append(start..<line.upperBound)
    }

    /// Field `i` without leading and trailing spaces or tabs, or `nil` when absent or empty.
    @inline(__always) func trimmed(_ i: Int?) -> Range<Int>? {
        guard let i, i < ranges.count else { return nil }
        return Fields.trim(base, ranges[i])
    }

    /// `r` without leading and trailing spaces or tabs, or `nil` when nothing is left.
    @inline(__always) static func trim(_ base: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int>? {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi && (base[lo] == 0x20 || base[lo] == 0x09) { lo += 1 }
        while hi > lo && (base[hi - 1] == 0x20 || base[hi - 1] == 0x09) { hi -= 1 }
        return lo < hi ? lo..<hi : nil
    }

    /// Field `i`, trimmed, as a String (`nil` when absent or empty).
    func string(_ i: Int?) -> String? { trimmed(i).map { string($0) } }

    /// The bytes of `r` as a String.
    @inline(__always) func string(_ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: base[r]), as: UTF8.self)
    }

    /// Field `i` as a number (`nil` when absent, empty or not a number).
    func double(_ i: Int?) -> Double? {
        guard let r = trimmed(i) else { return nil }
        return Fields.parseDouble(base, r) ?? Double(string(r))
    }

    /// Field `i` as an integer (`nil` when absent, empty or not an integer).
    func int(_ i: Int?) -> Int? {
        guard let r = trimmed(i) else { return nil }
        var n = 0
        for j in r {
            let d = base[j] &- 0x30
            guard d < 10, n < Int.max / 10 - 10 else { return Int(string(r)) }
            n = n * 10 + Int(d)
        }
        return n
    }

    /// Plain decimals (`-12.345`): the digits as an integer divided by a power of ten, which is
    /// correctly rounded while both are exact doubles; `nil` for anything else (exponents,
    /// long mantissas), which the caller parses with the standard library.
    static func parseDouble(_ base: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Double? {
        guard !r.isEmpty else { return nil }
        var i = r.lowerBound
        var negative = false
        if base[i] == 0x2D || base[i] == 0x2B { negative = base[i] == 0x2D; i += 1 }
        var mantissa: UInt64 = 0, digits = 0, fraction = 0, seenDot = false
        while i < r.upperBound {
            let b = base[i]
            if b == 0x2E && !seenDot { seenDot = true; i += 1; continue }
            let d = b &- 0x30
            guard d < 10 else { return nil }
            mantissa = mantissa &* 10 &+ UInt64(d)
            digits += 1
            if seenDot { fraction += 1 }
            i += 1
        }
        guard digits > 0, digits <= 15, fraction < powersOfTen.count else { return nil }
        let v = Double(mantissa) / powersOfTen[fraction]
        return negative ? -v : v
    }

    private static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { x, _ in x * 10 } }

    /// The place kind named by field `i` (its raw value, in any case), or `nil`.
    func kind(_ i: Int?) -> PlaceKind? {
        guard let r = trimmed(i) else { return nil }
        outer: for (bytes, kind) in Fields.kinds where bytes.count == r.count {
            for (k, j) in r.enumerated() {
                let b = base[j]
                if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != bytes[k] { continue outer }
            }
            return kind
        }
        return nil
    }

    private static let kinds: [([UInt8], PlaceKind)] = PlaceKind.allCases.map { (Array($0.rawValue.utf8), $0) }
}
