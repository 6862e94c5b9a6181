/// Word-at-a-time (SWAR) scanning of UTF-8 bytes, eight at a time in a `UInt64`.
///
/// Each test may report a byte that is not there (a borrow from a lower matching byte) but
/// never misses one, so callers use them to skip clean runs and re-check bytes one by one.
enum ByteScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Non-zero when some byte of `w` is zero.
    @inline(__always) static func hasZero(_ w: UInt64) -> UInt64 { (w &- ones) & ~w & highs }

    /// Non-zero when some byte of `w` equals `b`.
    @inline(__always) static func has(_ w: UInt64, _ b: UInt8) -> UInt64 { hasZero(w ^ (ones &* UInt64(b))) }

    /// Non-zero when some byte of `w` is below 0x20 or at least 0x7F (control, DEL or non-ASCII).
    @inline(__always) static func hasControlOrNonASCII(_ w: UInt64) -> UInt64 {
        ((w &- ones &* 0x20) & ~w & highs) | (w & highs) | has(w, 0x7F)
    }

    /// The offset of the first byte at or after `from` that may need JSON escaping:
    /// a control character, `"`, `\`, DEL or any non-ASCII byte (U+2028/2029 start with 0xE2).
    @inline(__always) static func skipJSONClean(_ u: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var i = from
        guard let base = u.baseAddress else { return i }
        let raw = UnsafeRawPointer(base)
        while i + 8 <= u.count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if hasControlOrNonASCII(w) | has(w, 0x22) | has(w, 0x5C) != 0 { break }
            i += 8
        }
        return i
    }

    /// Whether `u` holds a comma, a quote, CR or LF (a CSV cell that must be quoted).
    static func needsCSVQuotes(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if let base = u.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= u.count {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if has(w, 0x2C) | has(w, 0x22) | has(w, 0x0A) | has(w, 0x0D) != 0 { break }
                i += 8
            }
        }
        while i < u.count {
            let b = u[i]
            if b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D { return true }
            i += 1
        }
        return false
    }
}
