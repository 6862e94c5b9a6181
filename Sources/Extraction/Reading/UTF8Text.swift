/// Makes Strings from UTF-8 bytes, checking them as `String(validating:as:)` does but faster.
///
/// The standard library checks a buffer quickly only when all of it is ASCII; one "—" in an
/// article sends the whole article through its byte-by-byte check. Here the ASCII runs (found
/// eight bytes a step) take that quick path on their own, and only the runs of non-ASCII bytes
/// get the full check; the pieces are joined. ASCII bytes never occur inside a multi-byte
/// character, so the text is valid exactly when every piece is.
enum UTF8Text {
    /// The text of `bytes`; `nil` when they are not valid UTF-8.
    static func string(validating bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let p = bytes.baseAddress else { return "" }
        let n = bytes.count
        if ByteScan.firstNonASCII(p, from: 0, n) == n { return String(decoding: bytes, as: UTF8.self) }
        var text = ""
        text.reserveCapacity(n)
        let valid = runs(p, n) { piece, isASCII in
            if isASCII {
                text += String(decoding: piece, as: UTF8.self)
            } else {
                guard let checked = String(validating: piece, as: UTF8.self) else { return false }
                text += checked
            }
            return true
        }
        return valid ? text : nil
    }

    /// Whether `bytes` are valid UTF-8: only their runs of non-ASCII bytes need a check.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        return runs(p, bytes.count) { piece, isASCII in
            isASCII || String(validating: piece, as: UTF8.self) != nil
        }
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
