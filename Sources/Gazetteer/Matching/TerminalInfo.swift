/// One folded name in the flat form the hot paths read (no reference-counted fields): where its
/// key lies in ``HotIndex/keys`` and its entries in ``HotIndex/entries``.
struct TerminalInfo {
    /// First byte of the folded key in `hotKeys`.
    var keyStart: Int32
    /// Length of the folded key.
    var keyCount: Int32
    /// First entry index in `hotEntries` (entries most important first).
    var entryStart: Int32
    /// Number of entries (0 for a non-place phrase that only blocks).
    var entryCount: Int32
    /// An organisation, outlet, demonym or other capitalised non-place: scanning consumes it.
    var blocker: Bool
    /// Whether the most important entry is in Syria ("Damascus-based" is then not a place).
    var syrianFirst: Bool
    /// Every entry is a small foreign city (see ``EntryFlags/literalOnly``): text matches it only
    /// when written as one of its names (ignoring case and diacritics), not by folding alone.
    var literalOnly: Bool
    /// Some entry is literal-only (the look-ups then check the spelling).
    var hasLiteralOnly: Bool
    /// The most important entry is a country, a governorate, a capital or a city of 100,000 or
    /// more, which stays a place before "said" ("Damascus denied", "Moscow said"); any other
    /// one-word name there is a person ("Hassan said", "Karim told").
    var major: Bool
    /// Some other key starts with this one's bytes (see ``NameIndexBuild/extendedTerminals()``).
    var extended: Bool
}

/// The facts of a ``TerminalInfo`` the scanner asks at every name it meets, as bits of one byte
/// (kept beside each memoised word: see ``WordFacts/terminal``).
enum TerminalBits {
    /// A blocker, or a terminal with no entries: never a place mention.
    static let notPlace: UInt8 = 1
    /// See ``TerminalInfo/syrianFirst``.
    static let syrianFirst: UInt8 = 2
    /// See ``TerminalInfo/literalOnly``.
    static let literalOnly: UInt8 = 4
    /// See ``TerminalInfo/major``.
    static let major: UInt8 = 8
    /// See ``TerminalInfo/extended``.
    static let extended: UInt8 = 16

    /// The bits of terminal `t`.
    @inline(__always) static func of(_ t: TerminalInfo) -> UInt8 {
        (t.blocker || t.entryCount <= 0 ? notPlace : 0) | (t.syrianFirst ? syrianFirst : 0)
            | (t.literalOnly ? literalOnly : 0) | (t.major ? major : 0) | (t.extended ? extended : 0)
    }
}

/// What the index needs to know of an entry without reading its `Place`.
struct EntryFlags: OptionSet {
    let rawValue: UInt8
    /// In Syria.
    static let syrian = EntryFlags(rawValue: 1)
    /// Reachable by a typo (see ``Gazetteer/isProminent(_:)``).
    static let prominent = EntryFlags(rawValue: 2)
    /// A foreign city of fewer than a million people that is no capital: "Qalb" must not fold
    /// into Kalba (UAE), nor "Al-Zir" into Zira (India); only its own spellings name it.
    static let literalOnly = EntryFlags(rawValue: 4)
    /// A country, a governorate, a Syrian city of 100,000 or more, or a foreign city that is not
    /// literal-only (a capital or a city of a million).
    static let major = EntryFlags(rawValue: 8)
}

/// The tables the hot paths read, built once after loading and never changed: a final class of
/// constants, so that reading them needs no exclusivity checks and no copies.
final class HotIndex {
    /// Folded names (copied from the gazetteer's table).
    let table: NameTable
    /// Every terminal flat.
    let terminals: ContiguousArray<TerminalInfo>
    /// The terminals' folded keys, end to end.
    let keys: [UInt8]
    /// The terminals' entries, end to end.
    let entries: [Int32]
    /// Each entry's weight for ordering namesakes.
    let importance: [Double]
    /// Deletion neighbourhoods of prominent names, for typo matching: hashes in ascending
    /// order, and beside each the terminal filed under it.
    let fuzzyHashes: [UInt64]
    let fuzzyTerminals: [Int32]
    /// Bits set for every hash in `fuzzyHashes`.
    let fuzzyFilter: [UInt64]
    /// The terminals of "Old City" and "Old Town" (-1 when absent), which ``Gazetteer/resolve(_:context:)``
    /// reads as part of the article's city.
    let oldCityTerminal: Int, oldTownTerminal: Int

    init(table: NameTable = NameTable(), terminals: ContiguousArray<TerminalInfo> = [], keys: [UInt8] = [],
         entries: [Int32] = [], importance: [Double] = [], fuzzyHashes: [UInt64] = [], fuzzyTerminals: [Int32] = [],
         fuzzyFilter: [UInt64] = [UInt64](repeating: 0, count: Gazetteer.filterWords),
         oldCityTerminal: Int = -1, oldTownTerminal: Int = -1) {
        self.table = table
        self.terminals = terminals
        self.keys = keys
        self.entries = entries
        self.importance = importance
        self.fuzzyHashes = fuzzyHashes
        self.fuzzyTerminals = fuzzyTerminals
        self.fuzzyFilter = fuzzyFilter
        self.oldCityTerminal = oldCityTerminal
        self.oldTownTerminal = oldTownTerminal
    }

    /// The entries of terminal `t`, most important first.
    func entries(of t: Int) -> ArraySlice<Int32> {
        let info = terminals[t]
        return entries[Int(info.entryStart)..<Int(info.entryStart + info.entryCount)]
    }

    /// The importance of terminal `t`'s most important entry, which breaks ties between names
    /// (`t` must have entries).
    @inline(__always) func importance(of t: Int) -> Double {
        importance[Int(entries[Int(terminals[t].entryStart)])]
    }

    /// The first (most important) entry of terminal `t`, or `nil` for a non-place phrase.
    func firstEntry(of t: Int) -> Int? {
        let info = terminals[t]
        return info.entryCount > 0 ? Int(entries[Int(info.entryStart)]) : nil
    }

    /// Edit distance between `query` and terminal `t`'s key (see ``Gazetteer/editDistance(_:_:_:_:bound:)``).
    func distance(_ query: [UInt8], to t: Int, bound: Int) -> Int {
        let info = terminals[t]
        return query.withUnsafeBufferPointer { q in
            keys.withUnsafeBufferPointer { k in
                Gazetteer.editDistance(q.baseAddress ?? k.baseAddress!, q.count, k.baseAddress! + Int(info.keyStart),
                                       Int(info.keyCount), bound: bound)
            }
        }
    }

    /// Fuzzy match cost between `query` and terminal `t`'s key (see ``Gazetteer/matchCost(_:_:_:_:bound:)``);
    /// with `head` > 0, `bound + 1` unless the key starts with the query's first `head` bytes,
    /// else the cost of what follows them.
    func matchCost(_ query: [UInt8], to t: Int, bound: Int, head: Int = 0) -> Int {
        let info = terminals[t]
        guard Int(info.keyCount) >= head, query.count >= head, !query.isEmpty else { return bound + 1 }
        return query.withUnsafeBufferPointer { q in
            keys.withUnsafeBufferPointer { k in
                let key = k.baseAddress! + Int(info.keyStart)
                for j in 0..<head where key[j] != q[j] { return bound + 1 }
                return Gazetteer.matchCost(q.baseAddress! + head, q.count - head, key + head,
                                           Int(info.keyCount) - head, bound: bound)
            }
        }
    }

    /// The terminal filed under a folded key (a place or a non-place phrase), or -1.
    func terminal(forKey key: [UInt8]) -> Int {
        guard !key.isEmpty else { return -1 }
        return key.withUnsafeBufferPointer { k in
            terminal(k.baseAddress!, k.count, hash: NameTable.extend(NameTable.seed, k)) ?? -1
        }
    }

    /// The terminal whose key is the `n` bytes at `key` (hash `h`), or `nil`.
    @inline(__always)
    func terminal(_ key: UnsafePointer<UInt8>, _ n: Int, hash h: UInt64) -> Int? {
        guard let v = table.find(h), v >= 0 else { return nil }
        return keys.withUnsafeBufferPointer { Gazetteer.keyMatches(terminals[Int(v)], $0, key, n) } ? Int(v) : nil
    }
}

extension Gazetteer {
    /// Longest folded key the scanner and the look-ups follow, in bytes.
    static let maxKey = 240

    /// Builds the hot tables from what indexing filed: each terminal's entries gathered in
    /// filing order and sorted by `importance` (each entry's weight for ordering namesakes: see
    /// ``importance(_:alternates:)``), most important first.
    func buildHotIndex(_ build: NameIndexBuild, importance: [Double]) {
        let count = build.count
        // Entries grouped by terminal, in filing order (a counting sort).
        var starts = [Int32](repeating: 0, count: count + 1)
        for pair in build.pairs { starts[Int(pair.terminal) + 1] += 1 }
        for t in 0..<count { starts[t + 1] += starts[t] }
        var entries = [Int32](repeating: 0, count: build.pairs.count)
        var next = starts
        for pair in build.pairs {
            entries[Int(next[Int(pair.terminal)])] = pair.entry
            next[Int(pair.terminal)] += 1
        }
        entries.withUnsafeMutableBufferPointer { all in
            for t in 0..<count where starts[t + 1] - starts[t] > 1 {
                var group = UnsafeMutableBufferPointer(rebasing: all[Int(starts[t])..<Int(starts[t + 1])])
                group.sort { importance[Int($0)] > importance[Int($1)] }
            }
        }
        let extended = build.extendedTerminals()
        var info = ContiguousArray<TerminalInfo>()
        info.reserveCapacity(count)
        for t in 0..<count {
            let key = build.keyRange(t)
            let n = starts[t + 1] - starts[t]
            let first: EntryFlags = n > 0 ? entryFlags[Int(entries[Int(starts[t])])] : []
            let literal = (starts[t]..<starts[t + 1]).count { entryFlags[Int(entries[Int($0)])].contains(.literalOnly) }
            info.append(TerminalInfo(keyStart: Int32(key.lowerBound), keyCount: Int32(key.count),
                                     entryStart: starts[t], entryCount: n, blocker: build.blockers[t],
                                     syrianFirst: first.contains(.syrian), literalOnly: n > 0 && literal == Int(n),
                                     hasLiteralOnly: literal > 0,
                                     major: first.contains(.major), extended: extended[t]))
        }
        let partial = HotIndex(table: build.table, terminals: info, keys: build.keys, entries: entries,
                               importance: importance)
        let fuzzy = buildFuzzyIndex(partial)
        hot = HotIndex(table: build.table, terminals: info, keys: build.keys, entries: entries, importance: importance,
                       fuzzyHashes: fuzzy.hashes, fuzzyTerminals: fuzzy.terminals, fuzzyFilter: fuzzy.filter,
                       oldCityTerminal: partial.terminal(forKey: Gazetteer.oldCityKey),
                       oldTownTerminal: partial.terminal(forKey: Gazetteer.oldTownKey))
    }

    /// Whether terminal `info`'s key is the `count` bytes at `key`.
    @inline(__always)
    static func keyMatches(_ info: TerminalInfo, _ keys: UnsafeBufferPointer<UInt8>,
                           _ key: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        guard Int(info.keyCount) == count else { return false }
        let base = keys.baseAddress! + Int(info.keyStart)
        for j in 0..<count where base[j] != key[j] { return false }
        return true
    }
}
