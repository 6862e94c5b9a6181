/// Searches over UTF-8 bytes eight at a time, in the bits of a `UInt64` ("SWAR").
///
/// Each test returns a mask with bit 7 of every matching byte set. Bytes above the first match
/// may be flagged too (a borrow runs on), so only the lowest flag is exact: ``first(_:)`` reads it.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The 8 bytes at `p + i`, the first one lowest.
    @inline(__always)
    static func load(_ p: UnsafePointer<UInt8>, _ i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
    }

    /// Flags the bytes of `w` equal to `b`.
    @inline(__always)
    static func equal(_ w: UInt64, _ b: UInt8) -> UInt64 {
        let x = w ^ (ones &* UInt64(b))
        return (x &- ones) & ~x & highBits
    }

    /// Flags the bytes of `w` below `b` (`b` at most 0x80).
    @inline(__always)
    static func below(_ w: UInt64, _ b: UInt8) -> UInt64 {
        (w &- ones &* UInt64(b)) & ~w & highBits
    }

    /// Flags the bytes of `w` that are not ASCII (0x80 and above).
    @inline(__always)
    static func nonASCII(_ w: UInt64) -> UInt64 { w & highBits }

    /// The offset (0–7) of the lowest flagged byte of a non-zero mask.
    @inline(__always)
    static func first(_ mask: UInt64) -> Int { mask.trailingZeroBitCount >> 3 }

    /// The index of the first byte at or after `i` that is not ASCII; `n` when there is none.
    static func firstNonASCII(_ p: UnsafePointer<UInt8>, from i: Int, _ n: Int) -> Int {
        var i = i
        // 32 bytes a step while all are ASCII, then 8 to find the one that is not
        while i + 32 <= n, nonASCII(load(p, i) | load(p, i + 8) | load(p, i + 16) | load(p, i + 24)) == 0 { i += 32 }
        while i + 8 <= n {
            let m = nonASCII(load(p, i))
            if m != 0 { return i + first(m) }
            i += 8
        }
        while i < n, p[i] < 0x80 { i += 1 }
        return i
    }
}
