import EventModel

/// Stable event identifiers: a 64-bit FNV-1a hash of the event's identifying fields, in hex.
enum EventID {
    /// `ev-` and 16 hex digits of the hash of `parts` joined by `|`.
    static func make(_ parts: [String]) -> String {
        var b = Builder()
        for part in parts { b.field(part) }
        return b.id
    }

    /// An identifier hashed field by field, without joining the fields into one string first:
    /// `field` starts a field (after a `|` from the second on), `append` continues the current one.
    struct Builder {
        private var h: UInt64 = 0xcbf2_9ce4_8422_2325
        private var started = false
        private static let prime: UInt64 = 0x0000_0100_0000_01b3

        /// Starts a new field with `s`.
        mutating func field(_ s: String) {
            if started { h = (h ^ 0x7C) &* Self.prime }
            started = true
            append(s)
        }

        /// Adds `s` to the current field.
        mutating func append(_ s: String) {
            var h = self.h
            // (the bytes read in place when the string is stored contiguously, as a native one is)
            let read: Void? = s.utf8.withContiguousStorageIfAvailable { (buf: UnsafeBufferPointer<UInt8>) -> Void in
                for b in buf { h = (h ^ UInt64(b)) &* Self.prime }
            }
            if read == nil {
                for b in s.utf8 { h = (h ^ UInt64(b)) &* Self.prime }
            }
            self.h = h
        }

        /// Starts a new field with `day` as `Day.description` spells it (`YYYY-MM-DD`), its digits
        /// hashed directly for four-digit years (no String built).
        mutating func field(day: Day) {
            guard day.year >= 0 && day.year <= 9999 else { return field(day.description) }
            if started { h = (h ^ 0x7C) &* Self.prime }
            started = true
            var h = self.h
            @inline(__always) func byte(_ v: Int) { h = (h ^ UInt64(truncatingIfNeeded: v)) &* Self.prime }
            let (y, m, d) = (day.year, day.month, day.day)
            byte(48 + y / 1000); byte(48 + y / 100 % 10); byte(48 + y / 10 % 10); byte(48 + y % 10)
            byte(0x2D); byte(48 + m / 10); byte(48 + m % 10)
            byte(0x2D); byte(48 + d / 10); byte(48 + d % 10)
            self.h = h
        }

        /// `ev-` and the 16 lowercase hex digits of the hash.
        var id: String {
            let h = self.h
            return String(unsafeUninitializedCapacity: 19) { out in
                out[0] = 0x65; out[1] = 0x76; out[2] = 0x2D  // "ev-"
                for k in 0..<16 {
                    let nibble = UInt8(truncatingIfNeeded: h >> UInt64(60 - 4 * k)) & 0xF
                    out[3 + k] = nibble < 10 ? 48 + nibble : 87 + nibble
                }
                return 19
            }
        }
    }
}
