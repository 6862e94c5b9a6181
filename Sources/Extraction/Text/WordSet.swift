/// A set of word hashes (``WordHash``) for the per-token tests of the hot path.
///
/// Open addressing over a power-of-two table: word hashes (``WordHash``) are already well mixed, so a lookup
/// is a shift, a mask and a compare or two — `Set<UInt64>` would hash each key again (SipHash).
/// Most words looked up are not members; a one-word filter turns most of those away first.
struct WordSet: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    /// Whether the hash 0 (used for empty slots) is a member.
    private var hasZero = false
    /// Bit `h & 63` is set for every member `h`: a clear bit means "not a member" without a
    /// look at the table (small sets, the usual kind, leave most bits clear).
    private var filter: UInt64 = 0

    /// A set of the given word hashes.
    init(_ hashes: some Sequence<UInt64>) {
        let keys = Array(hashes)
        var capacity = 16
        while capacity < keys.count * 3 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for k in keys { insert(k) }
    }

    /// A set of the hashes of lowercase words.
    init(words: [String]) { self.init(words.map { WordHash.of($0) }) }

    private mutating func insert(_ h: UInt64) {
        filter |= 1 &<< h
        if h == 0 { hasZero = true; return }
        var i = WordSet.slot(h, mask)
        while slots[i] != 0 {
            if slots[i] == h { return }
            i = (i + 1) & mask
        }
        slots[i] = h
    }

    @inline(__always)
    static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h ^ (h >> 32)) & mask }

    /// Whether the word of hash `h` is in the set.
    @inline(__always)
    func contains(_ h: UInt64) -> Bool {
        guard filter &>> h & 1 != 0 else { return false }
        return slots.withUnsafeBufferPointer { s in
            var i = WordSet.slot(h, mask)
            while true {
                let v = s[i]
                // an empty slot (0) ends the probe, and matches only the hash 0 (see `hasZero`)
                if v == h { return v != 0 || hasZero }
                if v == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }
}

/// A map from word hashes (``WordHash``) to values, with the lookup of ``WordSet``.
struct WordMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int

    /// A map holding `pairs` (a later pair replaces an earlier one with the same hash).
    init(_ pairs: [(UInt64, Value)]) {
        var capacity = 16
        while capacity < pairs.count * 3 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        for (k, v) in pairs {
            var i = WordSet.slot(k, mask)
            while values[i] != nil && keys[i] != k { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
    }

    /// The value for the word of hash `h`.
    @inline(__always)
    subscript(_ h: UInt64) -> Value? {
        var i = WordSet.slot(h, mask)
        while true {
            guard let v = values[i] else { return nil }
            if keys[i] == h { return v }
            i = (i + 1) & mask
        }
    }

    /// Whether the map holds the word of hash `h`.
    @inline(__always)
    func contains(_ h: UInt64) -> Bool {
        var i = WordSet.slot(h, mask)
        while values[i] != nil {
            if keys[i] == h { return true }
            i = (i + 1) & mask
        }
        return false
    }
}
