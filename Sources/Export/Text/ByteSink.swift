import EventModel
import Foundation

/// A growable UTF-8 byte buffer that flushes to a `FileHandle` in large chunks.
///
/// The writers build their output here byte by byte (no `String` concatenation, no
/// Foundation formatters) and hand the kernel about one chunk at a time.
/// Not thread safe: one sink per writer.
struct ByteSink {
    /// Bytes waiting to be written.
    private(set) var bytes: [UInt8]
    /// The handle chunks go to; `nil` collects everything in ``bytes``.
    let handle: FileHandle?
    /// Flush once this many bytes are buffered.
    let chunkSize: Int

    /// Creates a sink writing to `handle` in chunks of about `chunkSize` bytes.
    init(handle: FileHandle?, chunkSize: Int = 1 << 20) {
        self.handle = handle
        self.chunkSize = chunkSize
        bytes = []
        bytes.reserveCapacity(chunkSize + 64 * 1024)
    }

    /// Appends one byte.
    @inline(__always) mutating func append(_ b: UInt8) { bytes.append(b) }

    /// Appends a literal (ASCII, written by us: never escaped).
    @inline(__always) mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends raw bytes.
    @inline(__always) mutating func append(bytes b: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: b) }

    /// Appends a string's UTF-8 bytes unchanged.
    mutating func appendRaw(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends a decimal integer.
    mutating func append(int v: Int) {
        if v < 0 {
            bytes.append(UInt8(ascii: "-"))
            if v == Int.min { appendRaw(String(v).dropFirst().description); return }
            append(uint: UInt(-v))
        } else {
            append(uint: UInt(v))
        }
    }

    /// Appends a non-negative decimal integer.
    mutating func append(uint v: UInt) {
        if v < 10 { bytes.append(48 + UInt8(v)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = v, count = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            while n > 0 {
                buf[19 - count] = 48 + UInt8(n % 10)
                n /= 10
                count += 1
            }
            bytes.append(contentsOf: buf[(20 - count)...])
        }
    }

    /// Appends `value` rounded to at most six decimals, trailing zeros dropped (`36.5`, `-0.000001`, `40`).
    ///
    /// Six decimals are about 0.1 m on the ground, RFC 7946's advice for positions.
    /// Non-finite values are written as `0` (never produced by valid coordinates).
    mutating func append(fixed6 value: Double) {
        guard value.isFinite else { bytes.append(48); return }
        let scaled = (value * 1_000_000).rounded()
        guard abs(scaled) < 9e15 else { appendRaw(String(value)); return }
        var micro = Int(scaled)
        if micro < 0 { bytes.append(UInt8(ascii: "-")); micro = -micro }
        append(uint: UInt(micro / 1_000_000))
        var frac = micro % 1_000_000
        guard frac != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var width = 6
        while frac % 10 == 0 { frac /= 10; width -= 1 }
        var div = 1
        for _ in 1..<width { div *= 10 }
        while div > 0 {
            bytes.append(48 + UInt8(frac / div % 10))
            div /= 10
        }
    }

    /// Appends a day as `YYYY-MM-DD` (years 0…9999).
    mutating func append(day d: Day) {
        let y = d.year
        bytes.append(48 + UInt8(truncatingIfNeeded: y / 1000 % 10))
        bytes.append(48 + UInt8(truncatingIfNeeded: y / 100 % 10))
        bytes.append(48 + UInt8(truncatingIfNeeded: y / 10 % 10))
        bytes.append(48 + UInt8(truncatingIfNeeded: y % 10))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(48 + UInt8(truncatingIfNeeded: d.month / 10))
        bytes.append(48 + UInt8(truncatingIfNeeded: d.month % 10))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(48 + UInt8(truncatingIfNeeded: d.day / 10))
        bytes.append(48 + UInt8(truncatingIfNeeded: d.day % 10))
    }

    /// Writes the buffer out when it holds at least one chunk.
    @inline(__always) mutating func flushIfNeeded() throws {
        if bytes.count >= chunkSize { try flush() }
    }

    /// Writes everything buffered to the handle (no-op without a handle).
    mutating func flush() throws {
        guard let handle, !bytes.isEmpty else { return }
        try bytes.withUnsafeBytes { try handle.write(contentsOf: $0) }
        bytes.removeAll(keepingCapacity: true)
    }
}
