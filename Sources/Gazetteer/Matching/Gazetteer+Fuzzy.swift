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
        if !p.isSyrian { return p.population >= 3_000_000 }
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
        var prefix = NameTable.seed
        var whole = prefix
        for i in 0..<n { whole = NameTable.step(whole, k[i]) }
        body(whole)
        for skip in 0..<n {
            var h = prefix
            for i in (skip + 1)..<n { h = NameTable.step(h, k[i]) }
            body(h)
            prefix = NameTable.step(prefix, k[skip])
        }
    }

    /// Transliteration classes of folded ASCII letters: a substitution inside one class (a vowel
    /// for a vowel, k/g/x, t/d/z/s, b/p, f/v/w, j/g, m/n) is how spellings of one name differ and
    /// costs 1; any other substitution costs 2, so "Khatib" is no typo of "Khaleb" (an old
    /// exonym of Aleppo) nor "Khaled" of it. 0 = a class of its own.
    static let letterClass: [UInt8] = {
        var c = [UInt8](repeating: 0, count: 256)
        for (k, letters) in ["aeiouyY", "kgxq", "tdzs", "bp", "fvw", "mn"].enumerated() {
            for b in letters.utf8 where c[Int(b)] == 0 { c[Int(b)] = UInt8(k + 1) }
        }
        return c
    }()

    /// Cost of writing `x` for `y` (0 when equal).
    @inline(__always) static func substitutionCost(_ x: UInt8, _ y: UInt8) -> Int {
        if x == y { return 0 }
        let cx = letterClass[Int(x)], cy = letterClass[Int(y)]
        if cx != 0 && cx == cy { return 1 }
        if (x == 0x6A && y == 0x67) || (x == 0x67 && y == 0x6A) { return 1 }  // j/g
        return 2
    }

    /// Cost of adding or dropping `x`: 1 for a vowel or for h, w, y (which transliterations add
    /// and drop: kh/k, sh/s, aw/au), 2 for another consonant ("Sarmada" is not "Samad").
    @inline(__always) static func indelCost(_ x: UInt8) -> Int {
        letterClass[Int(x)] == 1 || x == 0x68 || x == 0x77 || x == 0x79 ? 1 : 2
    }

    /// Edit cost between two folded keys: vowels and h/w/y added or dropped cost 1, other
    /// letters 2 (see ``indelCost(_:)``); substitutions 1 within a transliteration class and 2
    /// across (see ``letterClass``); `bound + 1` once it must exceed `bound`. This is what fuzzy
    /// matching accepts, so a spelling may add, drop or swap vowels, but a different consonant
    /// costs as much as two vowel changes.
    static func matchCost(_ a: UnsafePointer<UInt8>, _ aCount: Int, _ b: UnsafePointer<UInt8>, _ bCount: Int,
                          bound: Int) -> Int {
        distance(a, aCount, b, bCount, bound: bound, weighted: true)
    }

    /// Levenshtein distance between `a` and `b` (of `aCount` and `bCount` bytes), or `bound + 1`
    /// once it must exceed `bound`.
    static func editDistance(_ a: UnsafePointer<UInt8>, _ aCount: Int, _ b: UnsafePointer<UInt8>, _ bCount: Int,
                             bound: Int) -> Int {
        distance(a, aCount, b, bCount, bound: bound, weighted: false)
    }

    /// The edit-distance table shared by ``matchCost(_:_:_:_:bound:)`` (`weighted`) and
    /// ``editDistance(_:_:_:_:bound:)`` (every edit costs 1).
    @inline(__always)
    private static func distance(_ a: UnsafePointer<UInt8>, _ aCount: Int, _ b: UnsafePointer<UInt8>, _ bCount: Int,
                                 bound: Int, weighted: Bool) -> Int {
        if abs(aCount - bCount) > bound { return bound + 1 }
        if aCount == 0 || bCount == 0 { return max(aCount, bCount) }
        @inline(__always) func indel(_ x: UInt8) -> Int { weighted ? indelCost(x) : 1 }
        @inline(__always) func sub(_ x: UInt8, _ y: UInt8) -> Int {
            weighted ? substitutionCost(x, y) : x == y ? 0 : 1
        }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (bCount + 1)) { buf in
            var prev = buf.baseAddress!, cur = prev + (bCount + 1)
            prev[0] = 0
            for j in 1...bCount { prev[j] = prev[j - 1] + indel(b[j - 1]) }
            for i in 1...aCount {
                let ai = a[i - 1], drop = indel(ai)
                cur[0] = prev[0] + drop
                var rowMin = cur[0]
                for j in 1...bCount {
                    cur[j] = min(prev[j] + drop, cur[j - 1] + indel(b[j - 1]), prev[j - 1] + sub(ai, b[j - 1]))
                    rowMin = min(rowMin, cur[j])
                }
                if rowMin > bound { return bound + 1 }
                swap(&prev, &cur)
            }
            return min(prev[bCount], bound + 1)
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
                        Gazetteer.matchCost(query, n, keys.baseAddress! + Int(ti.keyStart), Int(ti.keyCount), bound: bound)
                    }
                    guard d > 0, d <= bound else { continue }
                    if best == nil || d < best!.1 || (d == best!.1 && importance(of: Int(t)) > importance(of: Int(best!.0))) {
                        best = (t, d)
                    }
                }
            }
        }
        return best
    }
}
