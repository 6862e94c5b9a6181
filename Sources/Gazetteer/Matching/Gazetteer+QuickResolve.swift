import EventModel

extension Gazetteer {
    /// The terminal filed under the folded form of `name` (a place name, not a non-place
    /// phrase), found without allocating; `nil` when there is none, or for "Old City"/"Old Town".
    func placeTerminal(_ name: inout String) -> Int? {
        name.withUTF8 { p -> Int? in
            let limit = p.count
            guard limit > 0, limit <= Gazetteer.maxKey else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * limit + 16) { buffer -> Int? in
                let key = buffer.baseAddress!, scratch = key + limit + 8
                let n = Gazetteer.foldName(p, to: key, scratch: scratch)
                guard n > 0 else { return nil }
                let h = NameTable.extend(NameTable.seed, UnsafeBufferPointer(start: key, count: n))
                let hot = self.hot
                guard let found = hot.terminal(key, n, hash: h) else { return nil }
                let t = hot.terminals[found]
                guard !t.blocker, t.entryCount > 0, found != hot.oldCityTerminal, found != hot.oldTownTerminal
                else { return nil }
                return found
            }
        }
    }

    /// `resolve` for the common case, without building a match: a name filed under its folded
    /// form, with no sentence to read cues from, and one entry (or no other places to weigh).
    /// `nil` hands the name to the general path.
    func quickResolve(_ name: String, context: GeocodeContext) -> EntryResolution? {
        guard context.sentence == nil else { return nil }
        var name = name
        guard let t = placeTerminal(&name) else { return nil }
        let hot = self.hot
        let info = hot.terminals[t]
        let start = Int(info.entryStart)
        var chosen = Int(hot.entries[start])
        if entryFlags[chosen].contains(.literalOnly) {
            // Only small foreign cities (the least important entries, so all of them are): only
            // as written, the first admitted unless another is spelled as written (below: such
            // an entry is admitted by that very spelling).
            var found = -1, count = 0
            var h: UInt64? = nil
            for k in start..<start + Int(info.entryCount) {
                let e = Int(hot.entries[k])
                if !names[e].contains(name) {
                    if h == nil { h = Gazetteer.literalHash(name) }
                    guard admits(e, literal: h!) else { continue }
                }
                count += 1
                if found < 0 { found = e }
            }
            guard count > 0 else { return nil }
            chosen = found
        }
        if info.entryCount > 1 {
            guard context.articlePlaces.isEmpty else { return nil }
            // As `candidates(_:written:)`: an entry with this very spelling (ignoring case) first.
            var lower: String? = nil
            for k in start..<start + Int(info.entryCount) {
                let e = Int(hot.entries[k])
                if names[e].contains(where: { n in
                    if n == name { return true }
                    if let same = Gazetteer.equalIgnoringASCIICase(n, name) { return same }
                    if lower == nil { lower = name.lowercased() }
                    return n.lowercased() == lower
                }) { chosen = e; break }
            }
        }
        return EntryResolution(entry: Int32(chosen), kind: names[chosen].contains(name) ? .exact : .folded,
                               geoPrecision: places[chosen].kind.isArea ? .region : .exact)
    }

    /// Whether two all-ASCII strings are equal ignoring case (as `a.lowercased() == b.lowercased()`
    /// would say), or `nil` when either has non-ASCII bytes.
    static func equalIgnoringASCIICase(_ a: String, _ b: String) -> Bool? {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y -> Bool? in
                var differ = x.count != y.count
                for c in x where c >= 0x80 { return nil }
                for c in y where c >= 0x80 { return nil }
                if differ { return false }
                for j in 0..<x.count {
                    let u = x[j], v = y[j]
                    if u != v && !((u | 0x20) == (v | 0x20) && (u | 0x20) &- 0x61 < 26) { differ = true; break }
                }
                return !differ
            }
        }
    }
}
