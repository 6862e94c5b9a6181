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
        var ascii = ByteScan.firstNonASCII(p, from: 0, n)
        if ascii == n { return String(decoding: bytes, as: UTF8.self) }
        var text = ""
        text.reserveCapacity(n)
        var start = 0
        while start < n {
            // [start, ascii) is ASCII, [ascii, other) is not
            if ascii > start { text += String(decoding: UnsafeBufferPointer(start: p + start, count: ascii - start), as: UTF8.self) }
            let other = nonASCIIEnd(p, from: ascii, n)
            if other > ascii {
                guard let piece = String(validating: UnsafeBufferPointer(start: p + ascii, count: other - ascii),
                                         as: UTF8.self) else { return nil }
                text += piece
            }
            start = other
            ascii = ByteScan.firstNonASCII(p, from: other, n)
        }
        return text
    }

    /// Whether `bytes` are valid UTF-8: only their runs of non-ASCII bytes need a check.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let n = bytes.count
        var start = ByteScan.firstNonASCII(p, from: 0, n)
        while start < n {
            let end = nonASCIIEnd(p, from: start, n)
            guard String(validating: UnsafeBufferPointer(start: p + start, count: end - start), as: UTF8.self) != nil
            else { return false }
            start = ByteScan.firstNonASCII(p, from: end, n)
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
