/// JSON string escaping for callers that build JSON by hand (RFC 8259 §7).
///
/// The same escaping the GeoJSON writer uses: `"` and `\` backslash-escaped, control
/// characters as `\n`, `\t`, … or `\u00XX`, and U+2028/U+2029 as `\u2028`/`\u2029`, so the
/// output is safe to embed in JavaScript as well.
public enum JSONEscaping {
    /// Returns `text` as a JSON string literal, quotes included.
    ///
    /// ```swift
    /// JSONEscaping.quoted("Idlib \"south\"")   // "\"Idlib \\\"south\\\"\""
    /// ```
    /// - Parameter text: any string.
    /// - Returns: the quoted, escaped literal.
    public static func quoted(_ text: String) -> String {
        var sink = ByteSink(handle: nil, chunkSize: text.utf8.count + 16)
        sink.append(jsonString: text)
        return sink.text
    }
}
