extension Gazetteer {
    /// The largest edit distance accepted for a folded name of `length` bytes (0: exact only).
    static func fuzzyBound(_ length: Int) -> Int {
        length < 6 ? 0 : length <= 8 ? 1 : length <= 12 ? 2 : 3
    }

    /// Whether the entries of terminal `t` are prominent enough to be reached by a typo in
    /// running text: reference-table or sizeable Syrian places, countries, big foreign cities.
    func isProminent(_ t: Terminal) -> Bool {
        guard !t.blocker, let e = t.entries.first else { return false }
        let p = places[Int(e)]
        if p.kind == .country { return true }
        if !p.isSyrian { return p.population >= 500_000 }
        return p.id.hasPrefix("ref:") || p.population >= 5_000 || names[Int(e)].count >= 4 || p.kind != .village
    }

    /// Files every prominent name of six or more folded bytes under itself and its one-byte
    /// deletions (a symmetric-delete index: a query's deletions meet a name's deletions), with a
    /// bit filter in front so that most words of running text are turned away at once.
    func buildFuzzyIndex() {
        fuzzyIndex = [:]
        fuzzyFilter = [UInt64](repeating: 0, count: Gazetteer.filterWords)
        for (t, term) in terminals.enumerated() where term.key.count >= 6 && isProminent(term) {
            Gazetteer.deletionHashes(term.key) { h in
                fuzzyIndex[h, default: []].append(Int32(t))
                let bit = Int(truncatingIfNeeded: h >> 40) & (Gazetteer.filterWords * 64 - 1)
                fuzzyFilter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
    }

    /// Size of the fuzzy bit filter in 64-bit words (2^22 bits).
    static let filterWords = 1 << 16

    /// Calls `body` with the FNV-1a hash of `key` and of each one-byte deletion of it.
    @inline(__always)
    static func deletionHashes(_ key: [UInt8], _ body: (UInt64) -> Void) {
        key.withUnsafeBufferPointer { k in
            for skip in -1..<k.count {
                var h: UInt64 = 0xCBF2_9CE4_8422_2325
                for i in 0..<k.count where i != skip {
                    h = (h ^ UInt64(k[i])) &* 0x100_0000_01B3
                }
                body(h)
            }
        }
    }

    /// A typo match for one capitalised word of running text: the terminal and edit distance.
    func fuzzyWord(_ p: UnsafeBufferPointer<UInt8>, _ w: Word,
                   _ folded: inout [UInt8]) -> (Int32, Int)? {
        guard w.end - w.start >= 6, NameTokenizer.isCapitalised(p, w) else { return nil }
        folded.removeAll(keepingCapacity: true)
        NameFolding.fold(p, w.start, w.end, into: &folded)
        guard folded.count >= 6 else { return nil }
        var best: (Int32, Int)? = nil
        let bound = Gazetteer.fuzzyBound(folded.count)
        let query = folded
        Gazetteer.deletionHashes(query) { h in
            let bit = Int(truncatingIfNeeded: h >> 40) & (Gazetteer.filterWords * 64 - 1)
            guard fuzzyFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let ts = fuzzyIndex[h] else { return }
            for t in ts {
                let d = Gazetteer.editDistance(query, terminals[Int(t)].key, bound: 2)
                guard d > 0, d <= bound else { continue }
                if best == nil || d < best!.1
                    || (d == best!.1 && importance[Int(terminals[Int(t)].entries[0])]
                        > importance[Int(terminals[Int(best!.0)].entries[0])]) {
                    best = (t, d)
                }
            }
        }
        return best
    }

    /// Levenshtein distance between `a` and `b`, or `bound + 1` once it must exceed `bound`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], bound: Int) -> Int {
        if abs(a.count - b.count) > bound { return bound + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (b.count + 1)) { buf in
            var prev = buf.baseAddress!, cur = prev + (b.count + 1)
            for j in 0...b.count { prev[j] = j }
            for i in 1...a.count {
                cur[0] = i
                var rowMin = i
                let ai = a[i - 1]
                for j in 1...b.count {
                    let cost = ai == b[j - 1] ? 0 : 1
                    cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                    rowMin = min(rowMin, cur[j])
                }
                if rowMin > bound { return bound + 1 }
                swap(&prev, &cur)
            }
            return prev[b.count]
        }
    }
}
