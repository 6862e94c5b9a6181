/// Folded names by hash, one probe per word: every whole name maps to its terminal, and every
/// run of its leading words to a "continue" mark, so that scanning follows a name word by word
/// with one table look-up per word instead of one per byte.
///
/// Hashes are 64-bit FNV-1a over the folded bytes, extended word by word; a terminal's own key
/// is compared before a match is reported, so a hash collision cannot produce a false name.
struct NameTable {
    private var hashes: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private var used = 0

    /// Value of a slot that only continues longer names.
    static let prefixOnly: Int32 = -1
    /// Hash of nothing (the start of every name).
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// An empty table with room for `capacity` hashes before it grows (a power of two).
    init(capacity: Int = 1 << 16) {
        hashes = [UInt64](repeating: 0, count: capacity)
        values = [Int32](repeating: NameTable.prefixOnly, count: capacity)
        mask = capacity - 1
    }

    /// `h` extended by one byte (the FNV-1a step): every hash of folded keys, of listed words
    /// and of their deletions is built from this step, so that what is hashed at load and what
    /// is hashed while scanning agree.
    @inline(__always) static func step(_ h: UInt64, _ b: UInt8) -> UInt64 {
        (h ^ UInt64(b)) &* 0x100_0000_01B3
    }

    /// `h` extended by `bytes`.
    @inline(__always) static func extend(_ h: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = h
        for b in bytes { h = step(h, b) }
        return h
    }

    /// `h` extended by `bytes`.
    @inline(__always) static func extend(_ h: UInt64, _ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { extend(h, $0) }
    }

    @inline(__always) private func slot(_ h: UInt64) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The value stored for hash `h`: a terminal index, ``prefixOnly``, or `nil` when no name
    /// starts with these words.
    @inline(__always) func find(_ h: UInt64) -> Int32? {
        let h = h == 0 ? 1 : h  // 0 marks an empty slot
        var i = slot(h)
        while true {
            let k = hashes[i]
            if k == h { return values[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Whether hash `h` is filed (as a terminal or a prefix).
    @inline(__always) func contains(_ h: UInt64) -> Bool { find(h) != nil }

    /// Records that hash `h` (the start of a longer name) may be continued.
    mutating func markPrefix(_ h: UInt64) {
        if find(h) == nil { put(h == 0 ? 1 : h, NameTable.prefixOnly) }
    }

    /// Stores terminal `t` for the whole-name hash `h` (keeping an existing terminal).
    /// - Returns: the terminal stored for `h`, which is `t` unless one was there already.
    mutating func setTerminal(_ h: UInt64, _ t: Int32) -> Int32 {
        let h = h == 0 ? 1 : h
        var i = slot(h)
        while true {
            let k = hashes[i]
            if k == h {
                if values[i] == NameTable.prefixOnly { values[i] = t }
                return values[i]
            }
            if k == 0 { break }
            i = (i + 1) & mask
        }
        put(h, t)
        return t
    }

    private mutating func put(_ h: UInt64, _ v: Int32) {
        if (used + 1) * 2 > hashes.count { grow() }
        var i = slot(h)
        while hashes[i] != 0 { i = (i + 1) & mask }
        hashes[i] = h
        values[i] = v
        used += 1
    }

    private mutating func grow() {
        let oldH = hashes, oldV = values
        hashes = [UInt64](repeating: 0, count: oldH.count * 2)
        values = [Int32](repeating: NameTable.prefixOnly, count: oldH.count * 2)
        mask = hashes.count - 1
        used = 0
        for i in 0..<oldH.count where oldH[i] != 0 { put(oldH[i], oldV[i]) }
    }
}
