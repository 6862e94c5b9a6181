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
    /// deletions (a symmetric-delete index: a query's deletions meet a name's deletions).
    func buildFuzzyIndex() {
        fuzzyIndex = [:]
        for (t, term) in terminals.enumerated() where term.key.count >= 6 && isProminent(term) {
            for h in Gazetteer.deletionHashes(term.key[...]) {
                fuzzyIndex[h, default: []].append(Int32(t))
            }
        }
    }

    /// FNV-1a hashes of `key` and of each one-byte deletion of it.
    static func deletionHashes(_ key: ArraySlice<UInt8>) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(key.count + 1)
        for skip in (key.startIndex - 1)..<key.endIndex {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for i in key.indices where i != skip {
                h = (h ^ UInt64(key[i])) &* 0x100_0000_01B3
            }
            out.append(h)
        }
        return out
    }

    /// A typo match for one capitalised word of running text: the terminal and edit distance.
    func fuzzyWord(_ p: UnsafeBufferPointer<UInt8>, _ w: Word) -> (Int32, Int)? {
        guard NameTokenizer.isCapitalised(p, w), w.end - w.start >= 6 else { return nil }
        var folded: [UInt8] = [], scratch: [UInt8] = []
        NameFolding.fold(p, w.start, w.end, into: &folded, scratch: &scratch)
        guard folded.count >= 6 else { return nil }
        var best: (Int32, Int)? = nil
        for h in Gazetteer.deletionHashes(folded[...]) {
            guard let ts = fuzzyIndex[h] else { continue }
            for t in ts {
                let d = Gazetteer.editDistance(folded, terminals[Int(t)].key, bound: 2)
                guard d > 0, d <= Gazetteer.fuzzyBound(folded.count) else { continue }
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
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                rowMin = min(rowMin, cur[j])
            }
            if rowMin > bound { return bound + 1 }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
