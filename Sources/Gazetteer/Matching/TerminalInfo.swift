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

extension Gazetteer {
    /// Longest folded key the scanner and the look-ups follow, in bytes.
    static let maxKey = 240

    /// Copies the terminals into the flat arrays the scanner and the look-ups read.
    func buildHotTerminals() {
        hotTerminals = []
        hotTerminals.reserveCapacity(terminals.count)
        hotKeys = []
        hotEntries = []
        for t in terminals {
            let first = t.entries.first.map { places[Int($0)] }
            hotTerminals.append(TerminalInfo(keyStart: Int32(hotKeys.count), keyCount: Int32(t.key.count),
                                             entryStart: Int32(hotEntries.count), entryCount: Int32(t.entries.count),
                                             blocker: t.blocker, syrianFirst: first?.isSyrian ?? false))
            hotKeys += t.key
            hotEntries += t.entries
        }
        oldCityTerminal = terminal(forKey: Gazetteer.oldCityKey)
        oldTownTerminal = terminal(forKey: Gazetteer.oldTownKey)
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
