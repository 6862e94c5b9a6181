/// One folded name in the flat form the hot paths read (no reference-counted fields): where its
/// key lies in ``Gazetteer/hotKeys`` and its entries in ``Gazetteer/hotEntries``.
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
}

/// What the index needs to know of an entry without reading its `Place`.
struct EntryFlags: OptionSet {
    let rawValue: UInt8
    /// In Syria.
    static let syrian = EntryFlags(rawValue: 1)
    /// Reachable by a typo (see ``Gazetteer/isProminent(_:)``).
    static let prominent = EntryFlags(rawValue: 2)
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

    /// The terminal whose key is the `n` bytes at `key` (hash `h`), or `nil`; the value may be
    /// ``NameTable/prefixOnly`` through `prefix`.
    @inline(__always)
    func terminal(_ key: UnsafePointer<UInt8>, _ n: Int, hash h: UInt64) -> Int? {
        guard let v = table.find(h), v >= 0 else { return nil }
        return keys.withUnsafeBufferPointer { Gazetteer.keyMatches(terminals[Int(v)], $0, key, n) } ? Int(v) : nil
    }
}

extension Gazetteer {
    /// Longest folded key the scanner and the look-ups follow, in bytes.
    static let maxKey = 240

    /// Builds the hot tables from the terminals (after sorting their entries).
    func buildHotIndex() {
        var info = ContiguousArray<TerminalInfo>()
        info.reserveCapacity(terminals.count)
        var keys: [UInt8] = [], entries: [Int32] = []
        for t in terminals {
            let syrian = t.entries.first.map { entryFlags[Int($0)].contains(.syrian) } ?? false
            info.append(TerminalInfo(keyStart: Int32(keys.count), keyCount: Int32(t.key.count),
                                     entryStart: Int32(entries.count), entryCount: Int32(t.entries.count),
                                     blocker: t.blocker, syrianFirst: syrian))
            keys += t.key
            entries += t.entries
        }
        let fuzzy = buildFuzzyIndex()
        hot = HotIndex(table: table, terminals: info, keys: keys, entries: entries, importance: importance,
                       fuzzyHashes: fuzzy.hashes, fuzzyTerminals: fuzzy.terminals, fuzzyFilter: fuzzy.filter,
                       oldCityTerminal: terminal(forKey: Gazetteer.oldCityKey),
                       oldTownTerminal: terminal(forKey: Gazetteer.oldTownKey))
    }

    /// The terminal filed under a folded key, or -1.
    func terminal(forKey key: [UInt8]) -> Int {
        guard !key.isEmpty, let v = table.find(NameTable.extend(NameTable.seed, key)), v >= 0,
              terminals[Int(v)].key == key else { return -1 }
        return Int(v)
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
