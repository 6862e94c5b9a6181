/// Stable event identifiers: a 64-bit FNV-1a hash of the event's identifying fields, in hex.
enum EventID {
    /// `ev-` and 16 hex digits of the hash of `parts` joined by `|`.
    static func make(_ parts: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for (i, part) in parts.enumerated() {
            if i > 0 { h = (h ^ 0x7C) &* 0x0000_0100_0000_01b3 }
            for b in part.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        }
        let hex = String(h, radix: 16)
        return "ev-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
