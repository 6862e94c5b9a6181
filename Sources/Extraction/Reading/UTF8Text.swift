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
            var other = ascii
            while other < n, p[other] >= 0x80 { other += 1 }
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
}
