/// Makes Strings from UTF-8 bytes, checking them as `String(validating:as:)` does but faster.
///
/// The standard library checks a buffer quickly only when all of it is ASCII; one "—" in an
/// article sends the whole article through its byte-by-byte check. Here the ASCII runs (found
/// eight bytes a step) take that quick path on their own, and only the runs of non-ASCII bytes
/// get the full check (``isValidRun(_:)``, before the standard library's own); the pieces are
/// joined. ASCII bytes never occur inside a multi-byte
/// character, so the text is valid exactly when every piece is.
enum UTF8Text {
    /// The text of `bytes`; `nil` when they are not valid UTF-8.
    static func string(validating bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let p = bytes.baseAddress else { return "" }
        let first = ByteScan.firstNonASCII(p, from: 0, bytes.count)
        return string(validating: bytes, nonASCIIWithin: first..<bytes.count)
    }

    /// The text of `bytes`, all ASCII outside `region`; `nil` when they are not valid UTF-8.
    /// The ASCII bytes before and after `region` are not looked at again, but they are
    /// still checked by the standard library's quick path for ASCII.
    static func string(validating bytes: UnsafeBufferPointer<UInt8>, nonASCIIWithin region: Range<Int>) -> String? {
        guard let p = bytes.baseAddress, !region.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
        let n = bytes.count
        var text = ""
        text.reserveCapacity(n)
        if region.lowerBound > 0 {
            text += String(decoding: UnsafeBufferPointer(start: p, count: region.lowerBound), as: UTF8.self)
        }
        let valid = runs(p + region.lowerBound, region.count) { piece, isASCII in
            guard isASCII || isValidRun(piece) else { return false }
            text += String(decoding: piece, as: UTF8.self)  // checked: the quick path for ASCII
            return true
        }
        guard valid else { return nil }
        if region.upperBound < n {
            text += String(decoding: UnsafeBufferPointer(start: p + region.upperBound, count: n - region.upperBound),
                           as: UTF8.self)
        }
        return text
    }

    /// Whether `bytes` are valid UTF-8: 64 bytes a step while all are ASCII; each run of
    /// non-ASCII bytes is checked on its own (ASCII bytes never occur inside a multi-byte
    /// character, so the text is valid exactly when every run is).
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let n = bytes.count
        let high = SIMD16<UInt8>(repeating: 0x80)
        func load(_ k: Int) -> SIMD16<UInt8> { UnsafeRawPointer(p + k).loadUnaligned(as: SIMD16<UInt8>.self) }
        var i = 0
        while true {
            while i &+ 64 <= n {
                // the high bits of the 64 bytes, tested as two words (the standard library's
                // `any` may not compile to a single test)
                let flags = (load(i) | load(i &+ 16) | load(i &+ 32) | load(i &+ 48)) & high
                let words = unsafeBitCast(flags, to: SIMD2<UInt64>.self)
                if words[0] | words[1] != 0 { break }
                i &+= 64
            }
            // up to the byte that stopped the vector loop, or to the end
            while i < n, p[i] < 0x80 { i &+= 1 }
            if i == n { return true }
            let end = nonASCIIEnd(p, from: i, n)
            guard isValidRun(UnsafeBufferPointer(start: p + i, count: end - i)) else { return false }
            i = end
        }
    }

    /// Whether a run of non-ASCII bytes (bounded by ASCII bytes or the ends of the text) is
    /// valid UTF-8: whole characters, none overlong, no surrogate, none above U+10FFFF (Unicode
    /// table 3-7, as `String(validating:)` judges them).
    static func isValidRun(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = run.count
        while i < n {
            let lead = run[i]
            // the allowed range of the second byte, and how many bytes the character has
            let low: UInt8, high: UInt8, length: Int
            switch lead {
            case 0xC2...0xDF: (low, high, length) = (0x80, 0xBF, 2)
            case 0xE0: (low, high, length) = (0xA0, 0xBF, 3)
            case 0xE1...0xEC, 0xEE...0xEF: (low, high, length) = (0x80, 0xBF, 3)
            case 0xED: (low, high, length) = (0x80, 0x9F, 3)
            case 0xF0: (low, high, length) = (0x90, 0xBF, 4)
            case 0xF1...0xF3: (low, high, length) = (0x80, 0xBF, 4)
            case 0xF4: (low, high, length) = (0x80, 0x8F, 4)
            default: return false  // a continuation byte without a lead, or a byte never used
            }
            guard i + length <= n, run[i + 1] >= low, run[i + 1] <= high else { return false }
            for k in (i + 2)..<(i + length) where run[k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }

    /// Hands `body` the bytes `p[0..<n]` as alternating runs of ASCII and of non-ASCII bytes, in
    /// order, while it returns `true`.
    /// - Returns: `false` when `body` stopped the walk.
    @inline(__always)
    private static func runs(_ p: UnsafePointer<UInt8>, _ n: Int,
                             _ body: (_ piece: UnsafeBufferPointer<UInt8>, _ isASCII: Bool) -> Bool) -> Bool {
        var start = 0
        while start < n {
            let ascii = ByteScan.firstNonASCII(p, from: start, n)
            if ascii > start, !body(UnsafeBufferPointer(start: p + start, count: ascii - start), true) { return false }
            let other = nonASCIIEnd(p, from: ascii, n)
            if other > ascii, !body(UnsafeBufferPointer(start: p + ascii, count: other - ascii), false) { return false }
            start = other
        }
        return true
    }

    /// The end of the run of non-ASCII bytes from `i` on.
    private static func nonASCIIEnd(_ p: UnsafePointer<UInt8>, from i: Int, _ n: Int) -> Int {
        var i = i
        while i < n, p[i] >= 0x80 { i += 1 }
        return i
    }
}
