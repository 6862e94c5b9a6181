import EventModel

extension Gazetteer {
    /// The largest edit distance accepted for a folded name of `length` bytes (0: exact only).
    static func fuzzyBound(_ length: Int) -> Int {
        length < 6 ? 0 : length <= 8 ? 1 : length <= 12 ? 2 : 3
    }

    /// Whether the entries of terminal `t` are prominent enough to be reached by a typo in
    /// running text: reference-table or sizeable Syrian places, countries, big foreign cities.
    func isProminent(_ t: Int, in index: HotIndex) -> Bool {
        guard !index.terminals[t].blocker, let e = index.firstEntry(of: t) else { return false }
        return entryFlags[e].contains(.prominent)
    }

    /// Whether entry `p` (with `nameCount` names) may be reached by a typo (see ``isProminent(_:in:)``).
    static func isProminent(_ p: Place, nameCount: Int) -> Bool {
        if p.kind == .country { return true }
        if !p.isSyrian { return p.population >= 500_000 }
        return p.id.hasPrefix("ref:") || p.population >= 5_000 || nameCount >= 4 || p.kind != .village
    }

    /// Files every prominent name of six or more folded bytes under itself and its one-byte
    /// deletions (a symmetric-delete index: a query's deletions meet a name's deletions), with a
    /// bit filter in front so that most words of running text are turned away at once.
    /// - Returns: the sorted hashes, the terminal beside each, and the bit filter.
    func buildFuzzyIndex(_ index: HotIndex) -> (hashes: [UInt64], terminals: [Int32], filter: [UInt64]) {
        var pairs: [(hash: UInt64, terminal: Int32)] = []
        var filter = [UInt64](repeating: 0, count: Gazetteer.filterWords)
        index.keys.withUnsafeBufferPointer { keys in
            for (t, info) in index.terminals.enumerated() where info.keyCount >= 6 && isProminent(t, in: index) {
                Gazetteer.deletionHashes(keys.baseAddress! + Int(info.keyStart), Int(info.keyCount)) { h in
                    pairs.append((h, Int32(t)))
                    let bit = Int(truncatingIfNeeded: h >> 40) & (Gazetteer.filterWords * 64 - 1)
                    filter[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
        }
        pairs.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.terminal < $1.terminal }
        return (pairs.map(\.hash), pairs.map(\.terminal), filter)
    }

    /// Size of the fuzzy bit filter in 64-bit words (2^22 bits).
    static let filterWords = 1 << 16

    /// Calls `body` with the FNV-1a hash of `key` and of each one-byte deletion of it.
    @inline(__always)
    static func deletionHashes(_ k: UnsafePointer<UInt8>, _ n: Int, _ body: (UInt64) -> Void) {
        var prefix: UInt64 = 0xCBF2_9CE4_8422_2325
        var whole = prefix
        for i in 0..<n { whole = (whole ^ UInt64(k[i])) &* 0x100_0000_01B3 }
        body(whole)
        for skip in 0..<n {
            var h = prefix
            for i in (skip + 1)..<n { h = (h ^ UInt64(k[i])) &* 0x100_0000_01B3 }
            body(h)
            prefix = (prefix ^ UInt64(k[skip])) &* 0x100_0000_01B3
        }
    }

    /// A typo match for one capitalised word of running text, given its folded bytes: the
    /// terminal and edit distance.
    func fuzzyWord(_ query: UnsafePointer<UInt8>, _ n: Int) -> (Int32, Int)? {
        hot.fuzzyWord(query, n)
    }

    /// Levenshtein distance between two byte strings, or `bound + 1` once it must exceed `bound`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], bound: Int) -> Int {
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                editDistance(pa.baseAddress ?? UnsafePointer(bitPattern: 1)!, pa.count,
                             pb.baseAddress ?? UnsafePointer(bitPattern: 1)!, pb.count, bound: bound)
            }
        }
    }

    /// Levenshtein distance between `a` and `b` (of `aCount` and `bCount` bytes), or `bound + 1`
    /// once it must exceed `bound`.
    static func editDistance(_ a: UnsafePointer<UInt8>, _ aCount: Int, _ b: UnsafePointer<UInt8>, _ bCount: Int,
                             bound: Int) -> Int {
        if abs(aCount - bCount) > bound { return bound + 1 }
        if aCount == 0 || bCount == 0 { return max(aCount, bCount) }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (bCount + 1)) { buf in
            var prev = buf.baseAddress!, cur = prev + (bCount + 1)
            for j in 0...bCount { prev[j] = j }
            for i in 1...aCount {
                cur[0] = i
                var rowMin = i
                let ai = a[i - 1]
                for j in 1...bCount {
                    let cost = ai == b[j - 1] ? 0 : 1
                    cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                    rowMin = min(rowMin, cur[j])
                }
                if rowMin > bound { return bound + 1 }
                swap(&prev, &cur)
            }
            return prev[bCount]
        }
    }
}

extension HotIndex {
    /// A typo match for one capitalised word of running text, given its folded bytes: the
    /// terminal and edit distance (see ``Gazetteer/buildFuzzyIndex(_:)``).
    func fuzzyWord(_ query: UnsafePointer<UInt8>, _ n: Int) -> (Int32, Int)? {
        guard n >= 6 else { return nil }
        var best: (Int32, Int)? = nil
        let bound = Gazetteer.fuzzyBound(n)
        fuzzyFilter.withUnsafeBufferPointer { filter in
            Gazetteer.deletionHashes(query, n) { h in
                let bit = Int(truncatingIfNeeded: h >> 40) & (Gazetteer.filterWords * 64 - 1)
                guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return }
                // First position holding `h`.
                var lo = 0, hi = fuzzyHashes.count
                while lo < hi {
                    let mid = (lo + hi) >> 1
                    if fuzzyHashes[mid] < h { lo = mid + 1 } else { hi = mid }
                }
                var j = lo
                while j < fuzzyHashes.count && fuzzyHashes[j] == h {
                    let t = fuzzyTerminals[j]
                    j += 1
                    let ti = terminals[Int(t)]
                    let d = keys.withUnsafeBufferPointer { keys in
                        Gazetteer.editDistance(query, n, keys.baseAddress! + Int(ti.keyStart), Int(ti.keyCount), bound: 2)
                    }
                    guard d > 0, d <= bound else { continue }
                    if best == nil || d < best!.1
                        || (d == best!.1 && importance[Int(entries[Int(ti.entryStart)])]
                            > importance[Int(entries[Int(terminals[Int(best!.0)].entryStart)])]) {
                        best = (t, d)
                    }
                }
            }
        }
        return best
    }
}
