import EventModel
import Foundation

/// A growable UTF-8 byte buffer that flushes to a `FileHandle` in large chunks.
///
/// The writers build their output here byte by byte (no `String` concatenation, no
/// Foundation formatters) and hand the kernel about one chunk at a time with `write(2)`.
/// The bytes live in one manually managed allocation (noncopyable, freed in `deinit`), so an
/// append is a bounds check and a store. Not thread safe: one sink per writer.
struct ByteSink: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Number of bytes buffered.
    private(set) var count = 0
    /// The handle chunks go to; `nil` collects everything in memory.
    let handle: FileHandle?
    /// Flush once this many bytes are buffered.
    let chunkSize: Int

    /// Creates a sink writing to `handle` in chunks of about `chunkSize` bytes.
    init(handle: FileHandle?, chunkSize: Int = 1 << 20) {
        self.handle = handle
        self.chunkSize = chunkSize
        capacity = chunkSize + 64 * 1024
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// The buffered bytes as text (everything written, for a sink without a handle).
    var text: String {
        String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }

    /// Makes room for `n` more bytes.
    @inline(__always) private mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private mutating func grow(_ needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Appends one byte.
    @inline(__always) mutating func append(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    /// Appends a literal (ASCII, written by us: never escaped).
    @inline(__always) mutating func append(_ s: StaticString) {
        append(bytes: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Appends raw bytes.
    @inline(__always) mutating func append(bytes b: UnsafeBufferPointer<UInt8>) {
        guard let src = b.baseAddress, b.count > 0 else { return }
        reserve(b.count)
        (base + count).update(from: src, count: b.count)
        count += b.count
    }

    /// Appends a string's UTF-8 bytes unchanged.
    mutating func appendRaw(_ s: String) {
        var s = s
        s.withUTF8 { append(bytes: $0) }
    }

    /// Appends a decimal integer.
    mutating func append(int v: Int) {
        if v < 0 {
            append(UInt8(ascii: "-"))
            if v == Int.min { appendRaw(String(v).dropFirst().description); return }
            append(uint: UInt(-v))
        } else {
            append(uint: UInt(v))
        }
    }

    /// Appends a non-negative decimal integer.
    mutating func append(uint v: UInt) {
        if v < 10 { append(48 + UInt8(v)); return }
        var digits = 0, n = v
        while n > 0 { digits += 1; n /= 10 }
        reserve(digits)
        n = v
        for i in stride(from: count + digits - 1, through: count, by: -1) {
            base[i] = 48 + UInt8(n % 10)
            n /= 10
        }
        count += digits
    }

    /// Appends `value` rounded to at most six decimals, trailing zeros dropped (`36.5`, `-0.000001`, `40`).
    ///
    /// Six decimals are about 0.1 m on the ground, RFC 7946's advice for positions.
    /// Non-finite values are written as `0` (never produced by valid coordinates).
    mutating func append(fixed6 value: Double) {
        guard value.isFinite else { append(48); return }
        let scaled = (value * 1_000_000).rounded()
        guard abs(scaled) < 9e15 else { appendRaw(String(value)); return }
        var micro = Int(scaled)
        if micro < 0 { append(UInt8(ascii: "-")); micro = -micro }
        append(uint: UInt(micro / 1_000_000))
        var frac = micro % 1_000_000
        guard frac != 0 else { return }
        append(UInt8(ascii: "."))
        var width = 6
        while frac % 10 == 0 { frac /= 10; width -= 1 }
        var div = 1
        for _ in 1..<width { div *= 10 }
        while div > 0 {
            append(48 + UInt8(frac / div % 10))
            div /= 10
        }
    }

    /// Appends a day as `YYYY-MM-DD` (years 0…9999).
    mutating func append(day d: Day) {
        reserve(10)
        let p = base + count, y = d.year
        p[0] = 48 + UInt8(truncatingIfNeeded: y / 1000 % 10)
        p[1] = 48 + UInt8(truncatingIfNeeded: y / 100 % 10)
        p[2] = 48 + UInt8(truncatingIfNeeded: y / 10 % 10)
        p[3] = 48 + UInt8(truncatingIfNeeded: y % 10)
        p[4] = UInt8(ascii: "-")
        p[5] = 48 + UInt8(truncatingIfNeeded: d.month / 10)
        p[6] = 48 + UInt8(truncatingIfNeeded: d.month % 10)
        p[7] = UInt8(ascii: "-")
        p[8] = 48 + UInt8(truncatingIfNeeded: d.day / 10)
        p[9] = 48 + UInt8(truncatingIfNeeded: d.day % 10)
        count += 10
    }

    /// Writes the buffer out when it holds at least one chunk.
    @inline(__always) mutating func flushIfNeeded() throws {
        if count >= chunkSize { try flush() }
    }

    /// Writes everything buffered to the handle with `write(2)` (no-op without a handle).
    /// - Throws: a POSIX error when the write fails (disk full, closed pipe …).
    mutating func flush() throws {
        guard let handle, count > 0 else { return }
        let fd = handle.fileDescriptor
        var done = 0
        while done < count {
            let n = write(fd, base + done, count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            done += n
        }
        count = 0
    }
}
