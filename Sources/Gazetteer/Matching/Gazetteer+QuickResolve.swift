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
                var n = 0
                var i = 0
                // As `key(_:)`: every word folded, articles joined to a following word passed over.
                while let w = NameTokenizer.word(in: p, from: i, limit: limit) {
                    i = max(w.next, w.end + 1)
                    if w.separator != .stop && NameTokenizer.isArticle(p, w) { continue }
                    n += NameFolding.fold(p, w.start, w.end, to: key + n, scratch: scratch)
                }
                guard n > 0 else { return nil }
                let h = NameTable.extend(NameTable.seed, UnsafeBufferPointer(start: key, count: n))
                guard let v = table.find(h), v >= 0 else { return nil }
                let found = hotKeys.withUnsafeBufferPointer { keys -> Int? in
                    let t = hotTerminals[Int(v)]
                    guard !t.blocker, t.entryCount > 0, Gazetteer.keyMatches(t, keys, key, n) else { return nil }
                    return Int(v)
                }
                guard let found else { return nil }
                if found == oldCityTerminal || found == oldTownTerminal { return nil }
                return found
            }
        }
    }

    /// `resolve` for the common case, without building a match: a name filed under its folded
    /// form, with no sentence to read cues from, and one entry (or no other places to weigh).
    /// `nil` hands the name to the general path.
    func quickResolve(_ name: String, context: GeocodeContext) -> Resolution? {
        guard context.sentence == nil else { return nil }
        var name = name
        guard let t = placeTerminal(&name) else { return nil }
        let info = hotTerminals[t]
        let start = Int(info.entryStart)
        var chosen = Int(hotEntries[start])
        if info.entryCount > 1 {
            guard context.articlePlaces.isEmpty else { return nil }
            // As `candidates(_:written:)`: an entry with this very spelling (ignoring case) first.
            let lower = name.lowercased()
            for k in start..<start + Int(info.entryCount) {
                let e = Int(hotEntries[k])
                if names[e].contains(where: { $0 == name || $0.lowercased() == lower }) { chosen = e; break }
            }
        }
        let place = places[chosen]
        return Resolution(place: place, kind: names[chosen].contains(name) ? .exact : .folded,
                          geoPrecision: place.kind.isArea ? .region : .exact)
    }
}
