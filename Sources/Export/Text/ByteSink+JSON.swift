extension ByteSink {
    /// Appends `s` as a JSON string literal, quotes included (RFC 8259 §7).
    ///
    /// Works on the UTF-8 bytes: runs of ordinary bytes are copied in one go; `"` and `\`
    /// are backslash-escaped, control characters below U+0020 become `\n`, `\t`, … or
    /// `\u00XX`, DEL becomes `\u007f`, and U+2028/U+2029 (legal JSON, but line breaks to
    /// JavaScript) become `\u2028`/`\u2029`. Other non-ASCII text is copied as UTF-8.
    mutating func append(jsonString s: String) {
        append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { appendJSONEscaped($0) }
        append(UInt8(ascii: "\""))
    }

    /// Appends a JSON string literal, or `null` for `nil`.
    mutating func append(jsonStringOrNull s: String?) {
        if let s { append(jsonString: s) } else { append("null") }
    }

    /// Appends the escaped body of a JSON string (no quotes).
    mutating func appendJSONEscaped(_ u: UnsafeBufferPointer<UInt8>) {
        let n = u.count
        var start = 0, i = 0
        while i < n {
            i = ByteScan.skipJSONClean(u, from: i)
            guard i < n else { break }
            let b = u[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F && b != 0xE2 { i += 1; continue }
            if b == 0xE2 {
                // U+2028 is E2 80 A8, U+2029 is E2 80 A9.
                guard i + 2 < n, u[i + 1] == 0x80, u[i + 2] == 0xA8 || u[i + 2] == 0xA9 else { i += 1; continue }
            }
            if i > start { append(bytes: UnsafeBufferPointer(rebasing: u[start..<i])) }
            switch b {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0xE2:
                append(u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                i += 2
            default:
                append("\\u00")
                append(ByteSink.hex[Int(b >> 4)])
                append(ByteSink.hex[Int(b & 0xF)])
            }
            i += 1
            start = i
        }
        if n > start { append(bytes: UnsafeBufferPointer(rebasing: u[start..<n])) }
    }

    /// Lower-case hexadecimal digits.
    static let hex: [UInt8] = Array("0123456789abcdef".utf8)
}
