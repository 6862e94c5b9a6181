/// A fast reader for the common shape of a JSON Lines article: one flat object whose values are
/// strings, numbers, booleans or null, parsed straight from UTF-8 bytes.
///
/// It keeps only the string values. Anything it does not handle (nested objects or arrays, bad
/// syntax, invalid escapes) makes it give up, and the caller falls back to `JSONSerialization`,
/// which also words the error messages — so the fast path never changes what is accepted.
struct FlatJSONObject {
    /// The object's string values with their keys, each key once (a repeated key keeps its last
    /// value). An article has a handful: a look through them beats hashing the keys.
    private(set) var fields: [(key: String, value: String)] = []
    /// Keys whose value is not a string (number, boolean, null).
    private(set) var otherKeys: Set<String> = []

    /// The string value of `key`, if it has one.
    func string(_ key: String) -> String? { fields.first { $0.key == key }?.value }

    /// Gives `key` the string `value`, or no string value when `value` is `nil`.
    private mutating func set(_ key: String, _ value: String?) {
        if let k = fields.firstIndex(where: { $0.key == key }) {
            if let value { fields[k].value = value } else { fields.remove(at: k) }
        } else if let value {
            fields.append((key, value))
        }
    }

    /// Parses one line; `nil` when the line is not a flat object this reader handles.
    /// - Parameters:
    ///   - line: the bytes of one line.
    ///   - scratch: a reusable buffer for unescaping.
    init?(_ line: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) {
        var i = 0
        let n = line.count
        fields.reserveCapacity(8)  // an article's fields, without growing on the way
        func skipSpace() { while i < n, line[i] == 0x20 || line[i] == 0x09 || line[i] == 0x0D || line[i] == 0x0A { i += 1 } }
        skipSpace()
        guard i < n, line[i] == 0x7B else { return nil }  // {
        i += 1
        skipSpace()
        if i < n, line[i] == 0x7D {
            i += 1
            skipSpace()
            if i != n { return nil }
            return
        }
        while true {
            skipSpace()
            guard i < n, line[i] == 0x22, let key = Self.string(line, &i, &scratch) else { return nil }
            skipSpace()
            guard i < n, line[i] == 0x3A else { return nil }  // :
            i += 1
            skipSpace()
            guard i < n else { return nil }
            let c = line[i]
            if c == 0x22 {
                guard let value = Self.string(line, &i, &scratch) else { return nil }
                set(key, value)
                if !otherKeys.isEmpty { otherKeys.remove(key) }
            } else if c == 0x7B || c == 0x5B {
                return nil  // nested: let JSONSerialization handle it
            } else {
                guard Self.scalar(line, &i) else { return nil }
                set(key, nil)
                otherKeys.insert(key)
            }
            skipSpace()
            guard i < n else { return nil }
            if line[i] == 0x2C { i += 1; continue }
            guard line[i] == 0x7D else { return nil }
            i += 1
            skipSpace()
            guard i == n else { return nil }
            return
        }
    }

    /// A number, `true`, `false` or `null` at `i` (checked loosely; JSONSerialization judges
    /// anything unusual because the fast path gives up on it).
    private static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Bool {
        func word(_ w: StaticString) -> Bool {
            let len = w.utf8CodeUnitCount
            guard i + len <= b.count else { return false }
            for k in 0..<len where b[i + k] != w.utf8Start[k] { return false }
            i += len
            return true
        }
        if word("true") || word("false") || word("null") { return true }
        let start = i
        if i < b.count, b[i] == 0x2D { i += 1 }
        var digits = 0
        while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1; digits += 1 }
        guard digits > 0, !(b[start] == 0x30 && digits > 1), !(b[start] == 0x2D && b[start + 1] == 0x30 && digits > 1) else { return false }
        if i < b.count, b[i] == 0x2E {
            i += 1
            var frac = 0
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1; frac += 1 }
            guard frac > 0 else { return false }
        }
        if i < b.count, b[i] == 0x65 || b[i] == 0x45 {
            i += 1
            if i < b.count, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
            var exp = 0
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1; exp += 1 }
            guard exp > 0 else { return false }
        }
        return true
    }

    /// A string starting at the quote at `i`; `i` ends after the closing quote.
    /// `nil` for an unescaped control character, a bad escape or invalid UTF-8.
    private static func string(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ scratch: inout [UInt8]) -> String? {
        i += 1
        let start = i
        i = plainEnd(b, from: i)
        guard i < b.count else { return nil }
        if b[i] == 0x22 {  // no escapes: the bytes as they stand
            i += 1
            return UTF8Text.string(validating: UnsafeBufferPointer(rebasing: b[start..<(i - 1)]))
        }
        // unescaped, the string is never longer than the rest of the line
        if scratch.count < b.count - start { scratch = [UInt8](repeating: 0, count: b.count - start) }
        return scratch.withUnsafeMutableBufferPointer { out in
            unescape(b, &i, from: start, into: out.baseAddress!)
        }
    }

    /// The string from byte `start` to the closing quote, its escapes (the first at `i`) undone in
    /// `out`, which has room for all the bytes left in `b`; `i` ends after the closing quote.
    /// `nil` for an unescaped control character, a bad escape or invalid UTF-8.
    private static func unescape(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, from start: Int,
                                 into out: UnsafeMutablePointer<UInt8>) -> String? {
        let p = b.baseAddress!
        var count = i - start
        out.update(from: p + start, count: count)
        while i < b.count {
            let c = b[i]
            if c == 0x22 {
                i += 1
                return UTF8Text.string(validating: UnsafeBufferPointer(start: out, count: count))
            }
            if c < 0x20 { return nil }
            guard i + 1 < b.count else { return nil }
            let e = b[i + 1]
            i += 2
            switch e {
            case 0x22, 0x5C, 0x2F: out[count] = e
            case 0x62: out[count] = 0x08
            case 0x66: out[count] = 0x0C
            case 0x6E: out[count] = 0x0A
            case 0x72: out[count] = 0x0D
            case 0x74: out[count] = 0x09
            case 0x75:
                guard var u = hex4(b, i) else { return nil }
                i += 4
                if u >= 0xD800 && u <= 0xDBFF {
                    // a surrogate pair
                    guard i + 6 <= b.count, b[i] == 0x5C, b[i + 1] == 0x75, let low = hex4(b, i + 2),
                          low >= 0xDC00 && low <= 0xDFFF else { return nil }
                    i += 6
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                } else if u >= 0xDC00 && u <= 0xDFFF {
                    return nil
                }
                guard let scalar = Unicode.Scalar(u) else { return nil }
                UTF8.encode(scalar) { out[count] = $0; count += 1 }
                count -= 1  // counted below
            default: return nil
            }
            count += 1
            copyPlain(p, b.count, &i, into: out, &count)
        }
        return nil
    }

    /// Copies the run of plain bytes at `p + i` (up to the first that ``plainEnd(_:from:)``
    /// stops at, or `n`) to `out + count`, moving both on: in the same pass that finds its end,
    /// sixteen bytes stored a step (then eight), before they are tested. `out` must have room
    /// for everything left from `i`, with `count` not past `i` (unescaping never lengthens).
    @inline(__always)
    private static func copyPlain(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: inout Int,
                                  into out: UnsafeMutablePointer<UInt8>, _ count: inout Int) {
        let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C),
            space = SIMD16<UInt8>(repeating: 0x20)
        while i &+ 16 <= n {
            let v = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
            UnsafeMutableRawPointer(out + count).storeBytes(of: v, as: SIMD16<UInt8>.self)
            if any((v .== quote) .| (v .== backslash) .| (v .< space)) { break }
            i &+= 16
            count &+= 16
        }
        while i &+ 8 <= n {
            let w = ByteScan.load(p, i)
            UnsafeMutableRawPointer(out + count).storeBytes(of: w.littleEndian, as: UInt64.self)
            let m = special(w)
            if m != 0 {
                let k = ByteScan.first(m)
                i &+= k
                count &+= k
                return
            }
            i &+= 8
            count &+= 8
        }
        while i < n, p[i] != 0x22, p[i] != 0x5C, p[i] >= 0x20 {
            out[count] = p[i]
            i += 1
            count += 1
        }
    }

    /// The index of the first byte at or after `i` that a string cannot hold as it stands (`"`,
    /// `\`, a control character); the end of `b` when there is none. Sixteen bytes a step,
    /// compared at once as a vector, while none of them is such a byte; then eight at a time
    /// (in the bits of a word) to find the first.
    private static func plainEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        let n = b.count
        guard let p = b.baseAddress else { return n }
        var i = i
        let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C),
            space = SIMD16<UInt8>(repeating: 0x20)
        while i &+ 16 <= n {
            let v = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
            if any((v .== quote) .| (v .== backslash) .| (v .< space)) { break }
            i &+= 16
        }
        while i &+ 8 <= n {
            let m = special(ByteScan.load(p, i))
            if m != 0 { return i &+ ByteScan.first(m) }
            i &+= 8
        }
        while i < n, b[i] != 0x22, b[i] != 0x5C, b[i] >= 0x20 { i += 1 }
        return i
    }

    /// Flags the bytes of `w` that a string cannot hold as they stand (exact up to the first).
    @inline(__always)
    private static func special(_ w: UInt64) -> UInt64 {
        // `"` and the control characters are exactly the bytes below 0x21 once bit 1 is flipped
        ByteScan.below(w ^ 0x0202_0202_0202_0202, 0x21) | ByteScan.equal(w, 0x5C)
    }

    private static func hex4(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32? {
        guard i + 4 <= b.count else { return nil }
        var v: UInt32 = 0
        for k in i..<(i + 4) {
            let c = b[k]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }
}
