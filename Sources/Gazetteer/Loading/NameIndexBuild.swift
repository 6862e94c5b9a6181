/// What indexing files before the hot tables are built: the name table, each folded key (keys
/// lie end to end in filing order) and whether it is a non-place phrase, and the (terminal,
/// entry) pairs in filing order.
struct NameIndexBuild {
    /// Folded names by hash.
    var table = NameTable()
    /// Where each terminal's key starts in `keys`.
    var keyStarts: [Int32] = []
    var keys: [UInt8] = []
    /// Each terminal is a non-place phrase.
    var blockers: [Bool] = []
    var pairs: [(terminal: Int32, entry: Int32)] = []

    /// Number of terminals filed.
    var count: Int { blockers.count }

    /// Terminal `t`'s key as a range of `keys`.
    func keyRange(_ t: Int) -> Range<Int> {
        Int(keyStarts[t])..<(t + 1 < count ? Int(keyStarts[t + 1]) : keys.count)
    }

    /// Files a folded name (with the folded length after each of its words) in the name table.
    /// - Returns: its terminal index (new, or the one already filed under that key).
    mutating func file(_ key: [UInt8], _ bounds: [Int]) -> Int32 {
        var h = NameTable.seed
        var from = 0
        key.withUnsafeBufferPointer { k in
            for b in bounds.dropLast() where b > from {
                h = NameTable.extend(h, UnsafeBufferPointer(rebasing: k[from..<b]))
                from = b
                table.markPrefix(h)
            }
            h = NameTable.extend(h, UnsafeBufferPointer(rebasing: k[from...]))
        }
        let fresh = Int32(blockers.count)
        let t = table.setTerminal(h, fresh)
        if t == fresh {
            keyStarts.append(Int32(keys.count))
            keys += key
            blockers.append(false)
        }
        return t
    }

    /// Whether some filed key runs on past each terminal's key ("Khan" into "Khan Shaykhun",
    /// "Tal" into "Talabyad"): the scanner stops following words at a name no key extends.
    /// Every proper prefix of every key is looked up.
    func extendedTerminals() -> [Bool] {
        var extended = [Bool](repeating: false, count: count)
        keys.withUnsafeBufferPointer { keys in
            for t in 0..<count {
                let r = keyRange(t)
                var h = NameTable.seed
                for j in r.dropLast() {
                    h = NameTable.step(h, keys[j])
                    guard let v = table.find(h), v >= 0 else { continue }
                    let other = keyRange(Int(v))
                    if other.count == j + 1 - r.lowerBound,
                       (0..<other.count).allSatisfy({ keys[other.lowerBound + $0] == keys[r.lowerBound + $0] }) {
                        extended[Int(v)] = true
                    }
                }
            }
        }
        return extended
    }
}
