/// Escaping for text placed in HTML or XML content and attribute values.
public enum HTMLEscaping {
    /// Returns `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, and
    /// control characters other than TAB, LF and CR (not allowed in XML) dropped.
    /// - Parameter text: any string, e.g. an article headline.
    /// - Returns: text safe in element content and in quoted attribute values.
    public static func escape(_ text: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 16)
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            case 0x09, 0x0A, 0x0D: out.append(b)
            case 0..<0x20, 0x7F: continue
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
