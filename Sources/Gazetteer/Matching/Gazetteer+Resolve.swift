import EventModel

extension Gazetteer {
    /// Resolves one name: an exact or folded match first, then a bounded fuzzy match, then
    /// disambiguation among namesakes with `context`.
    ///
    /// A name carrying its own cue ("Idlib province", "rural Hama", "Aleppo countryside") is
    /// looked up without it and the cue applied.
    /// - Parameters:
    ///   - name: the name as written.
    ///   - context: the sentence and the article's other places.
    /// - Returns: the chosen place, or `nil` when nothing is near enough.
    public func resolve(_ name: String, context: GeocodeContext = .init()) -> Resolution? {
        switch lookUp(name, context: context) {
        case nil: return nil
        case .quick(let r)?: return resolution(of: r)
        case .oldQuarter?: return oldQuarter(context)
        case .match(let match, let ctx)?: return disambiguate(match, context: ctx)
        }
    }

    /// ``resolve(_:context:)`` with no context, answered by the chosen entry's index (see
    /// ``place(entry:)``) rather than a copy of the place.
    /// - Parameter name: the name as written.
    /// - Returns: the chosen entry, or `nil` when nothing is near enough.
    public func resolveEntry(_ name: String) -> EntryResolution? {
        switch lookUp(name, context: .init()) {
        case nil, .oldQuarter?: return nil  // ("Old City" with no other places: none)
        case .quick(let r)?: return r
        case .match(let match, let ctx)?:
            let (best, precision) = choose(among: match, cueText: ctx.sentence, near: NearbyPlaces())
            return EntryResolution(entry: match.entries[best], kind: match.kind, geoPrecision: precision)
        }
    }

    /// What ``resolve(_:context:)`` does with a name: the quick answer, "Old City", or a match to
    /// disambiguate (with the context to do it in).
    private enum LookUp {
        case quick(EntryResolution)
        case oldQuarter
        case match(NameMatch, GeocodeContext)
    }

    /// The steps of ``resolve(_:context:)`` up to disambiguation.
    private func lookUp(_ name: String, context: GeocodeContext) -> LookUp? {
        if let quick = quickResolve(name, context: context) { return .quick(quick) }
        let key = Gazetteer.key(name)
        if key == Gazetteer.oldCityKey || key == Gazetteer.oldTownKey { return .oldQuarter }
        if let match = exactLookup(name, key: key) { return .match(match, context) }
        // A capitalised non-place ("Khaled", "However", "Observatory") is no typo of a place.
        if isNonPlace(key) { return nil }
        let stripped = Gazetteer.strippingCue(name)
        var ctx = context
        if stripped != name { ctx.sentence = name + ". " + (context.sentence ?? "") }
        if stripped != name, let match = exactLookup(stripped) { return .match(match, ctx) }
        if let match = fuzzyLookup(name) { return .match(match, context) }
        if stripped != name, let match = fuzzyLookup(stripped) { return .match(match, ctx) }
        if let unglued = Gazetteer.ungluingArticle(name), let match = lookup(unglued) {
            return .match(match, context)
        }
        return nil
    }

    /// `name` with an article glued to a word set apart ("Alnuman" -> "al-numan", "Elbab" ->
    /// "al-bab"), or `nil` when no word starts with al/el before a consonant and three more
    /// letters. Only tried once the name as written matched nothing (so "Albania" and "Aleppo"
    /// never get here).
    static func ungluingArticle(_ name: String) -> String? {
        var changed = false
        let words = name.split(separator: " ").map { w -> String in
            let b = Array(w.utf8)
            guard b.count >= 5, b[0] | 0x20 == 0x61 || b[0] | 0x20 == 0x65, b[1] | 0x20 == 0x6C,
                  b.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return String(w) }
            let c = b[2] | 0x20
            guard !NameFolding.isVowel(c), c != 0x79, c != 0x6C else { return String(w) }
            changed = true
            return "al-" + String(decoding: b[2...], as: UTF8.self)
        }
        return changed ? words.joined(separator: " ") : nil
    }

    static let oldCityKey = key("Old City"), oldTownKey = key("Old Town")

    /// Whether a folded key is filed as a non-place phrase (see `nonplaces.tsv`).
    func isNonPlace(_ key: [UInt8]) -> Bool {
        let t = hot.terminal(forKey: key)
        return t >= 0 && hot.terminals[t].blocker
    }

    /// The candidates for a whole name, exact/folded or else fuzzy, as a match covering it.
    func lookup(_ name: String) -> NameMatch? {
        exactLookup(name) ?? fuzzyLookup(name)
    }

    /// "Old City" on its own: part of the Syrian city the article names most (the first of
    /// equals), at `.near` precision; `nil` without such a city.
    func oldQuarter(_ context: GeocodeContext) -> Resolution? {
        var counts: [String: (n: Int, first: Int, place: Place)] = [:]
        for (i, p) in context.articlePlaces.enumerated() where p.isSyrian && (p.kind == .city || p.kind == .town) {
            counts[p.id, default: (0, i, p)].n += 1
        }
        guard let best = counts.values.max(by: { a, b in a.n != b.n ? a.n < b.n : a.first > b.first }) else { return nil }
        return Resolution(place: best.place, kind: .folded, geoPrecision: .near)
    }

    /// The entries filed under the folded form of `name`, or `nil`.
    func exactLookup(_ name: String, key: [UInt8]? = nil) -> NameMatch? {
        let key = key ?? Gazetteer.key(name)
        let hot = self.hot
        let ti = hot.terminal(forKey: key)
        guard ti >= 0 else { return nil }
        let t = hot.terminals[ti]
        if t.blocker || t.entryCount == 0 { return nil }
        let (entries, exact) = candidates(Int(ti), written: name)
        if entries.isEmpty { return nil }
        return NameMatch(range: 0..<name.utf8.count, text: name, candidates: entries.map { places[Int($0)] },
                         kind: exact ? .exact : .folded, entries: entries)
    }

    /// The entries of the nearest folded name within the length-scaled edit distance, or `nil`.
    ///
    /// A name whose first word is a generic head ("Kafr", "Tal", "Deir", "Ain", "Khirbet"…) matches
    /// only names with the same head, and only the rest may differ, within the rest's own bound:
    /// "Kafr Nabudah" is no spelling of Kafranbel ("Kafr Nabl").
    func fuzzyLookup(_ name: String) -> NameMatch? {
        var key: [UInt8] = [], bounds: [Int] = []
        Gazetteer.key(name, into: &key, boundaries: &bounds)
        let head = bounds.count >= 2 && Gazetteer.genericHeads.contains(Array(key[..<bounds[0]])) ? bounds[0] : 0
        let bound = Gazetteer.fuzzyBound(key.count - head)
        guard bound > 0, let (t, d) = nearest(key, bound: bound, head: head) else { return nil }
        let entries = Array(hot.entries(of: Int(t)))
        return NameMatch(range: 0..<name.utf8.count, text: name,
                         candidates: entries.map { places[Int($0)] }, kind: .fuzzy(distance: d), entries: entries)
    }

    /// Chooses among a match's candidates.
    ///
    /// Order of evidence: a cue in the sentence ("province of X" or "X governorate" picks the
    /// governorate; "city/town/village of X" a locality; "X countryside", "outskirts of X",
    /// "rural X" a locality at `.near` precision); then closeness to the article's other
    /// places (same governorate, within 30 km, or for foreign places the same country); then
    /// importance.
    /// - Parameters:
    ///   - match: a match from ``scan(_:)`` or a lookup.
    ///   - context: the sentence and the article's other places.
    /// - Returns: the chosen candidate with its precision.
    public func disambiguate(_ match: NameMatch, context: GeocodeContext) -> Resolution {
        let (best, precision) = choose(among: match, cueText: context.sentence, near: NearbyPlaces(context.articlePlaces))
        return Resolution(place: match.candidates[best], kind: match.kind, geoPrecision: precision)
    }

    /// ``disambiguate(_:context:)`` without building its answer: the index of the chosen
    /// candidate and its precision, with the article's places already reduced to what is weighed.
    /// - Parameters:
    ///   - match: a match from ``scan(_:)`` or a lookup.
    ///   - cueText: the sentence (or the words around the name) to read a cue from.
    ///   - near: the article's other places.
    /// - Returns: the index in `match.candidates` and the precision.
    public func choose(among match: NameMatch, cueText: String?,
                       near: NearbyPlaces) -> (candidate: Int, precision: GeoPrecision) {
        choose(among: match, cue: cueText.flatMap { Cue.find(in: $0, mention: match.text) }, near: near)
    }

    /// ``choose(among:cueText:near:)`` with the cue text as UTF-8 bytes (a slice of the article,
    /// whole characters), so that no string need be built for it.
    /// - Parameters:
    ///   - match: a match from ``scan(_:)`` or a lookup.
    ///   - cueBytes: the words around the name to read a cue from, or `nil`.
    ///   - near: the article's other places.
    /// - Returns: the index in `match.candidates` and the precision.
    public func choose(among match: NameMatch, cueBytes: UnsafeBufferPointer<UInt8>?,
                       near: NearbyPlaces) -> (candidate: Int, precision: GeoPrecision) {
        choose(among: match, cue: cueBytes.flatMap { Cue.find(inUTF8: $0, mention: match.text) }, near: near)
    }

    /// ``choose(among:cueBytes:near:)`` for a match lent by ``scan(utf8:_:)``.
    /// - Returns: the index among `hit`'s candidates and the precision.
    public func choose(among hit: ScanHit, cueBytes: UnsafeBufferPointer<UInt8>?,
                       near: NearbyPlaces) -> (candidate: Int, precision: GeoPrecision) {
        places.withUnsafeBufferPointer { choose(among: hit, cueBytes: cueBytes, near: near, entries: $0) }
    }

    /// The choice for a scan hit, as above, given ``entryTable`` read in place (a caller choosing
    /// for many hits takes the table once).
    public func choose(among hit: ScanHit, cueBytes: UnsafeBufferPointer<UInt8>?, near: NearbyPlaces,
                       entries: UnsafeBufferPointer<Place>) -> (candidate: Int, precision: GeoPrecision) {
        let cue = cueBytes.flatMap { Cue.find(inUTF8: $0, mention: hit.text) }
        // (the facts worked out once per name by the scan)
        return choose(hit.found.pointee.facts, hit.found.pointee.places, cue: cue, near: near, entries: entries)
    }

    /// The choice of ``choose(among:cueText:near:)`` once the cue is read: the candidates' facts
    /// worked out here (a scan works them out once per name).
    private func choose(among match: NameMatch, cue: Cue?, near: NearbyPlaces) -> (candidate: Int, precision: GeoPrecision) {
        // read the candidates in place (no copies of `Place`)
        match.candidates.withUnsafeBufferPointer { c in
            let facts = c.indices.map { i in
                // (a match made by a caller has no entries: its candidates are never taken for a neighbour's entry)
                let n = NearbyPlaces.Neighbour(c.baseAddress! + i, ref: i < match.entries.count ? match.entries[i] : .min,
                                               admin1: NearbyPlaces.NameKey(c[i].admin1))
                return CandidateFacts(neighbour: n, kind: c[i].kind)
            }
            return facts.withUnsafeBufferPointer { f in
                places.withUnsafeBufferPointer { choose(f, c, cue: cue, near: near, entries: $0) }
            }
        }
    }

    /// The choice among candidates of `facts` (their places `candidates`) once the cue is read
    /// (`entries`: the gazetteer's, read in place).
    private func choose(_ facts: UnsafeBufferPointer<CandidateFacts>, _ candidates: UnsafeBufferPointer<Place>,
                        cue: Cue?, near: NearbyPlaces, entries: UnsafeBufferPointer<Place>) -> (candidate: Int, precision: GeoPrecision) {
        let best = bestCandidate(facts, cue: cue, near, candidates: candidates, entries: entries)
        let kind = facts[best].kind
        return (best, cue == .near && !kind.isArea ? .near : kind.isArea ? .region : .exact)
    }

    /// The index of the best-scoring candidate (the first of equals): minus its rank, +1000 when
    /// its kind fits the cue, plus its ``closeness(_:_:_:_:)`` to the article's places. Read from
    /// the candidates' ``CandidateFacts`` (plain numbers; `candidates`, their places, only for
    /// the rare comparisons numbers cannot settle). Scores are whole numbers, so they are added
    /// and compared as integers.
    private func bestCandidate(_ facts: UnsafeBufferPointer<CandidateFacts>, cue: Cue?, _ near: NearbyPlaces,
                               candidates: UnsafeBufferPointer<Place>, entries: UnsafeBufferPointer<Place>) -> Int {
        // (the neighbours and the places they name, read in place: the gazetteer's entries and the detached ones)
        near.neighbours.withUnsafeBufferPointer { neighbours in
            near.detached.withUnsafeBufferPointer { detached in
                var best = 0
                var bestScore = Int.min
                for rank in facts.indices {
                    var score = -rank
                    let kind = facts[rank].kind
                    switch cue {
                    case .governorate?: if kind == .governorate { score += 1000 }
                    case .locality?, .near?: if !kind.isArea { score += 1000 }
                    case nil: break
                    }
                    if !neighbours.isEmpty {
                        score += Gazetteer.closeness(facts[rank].neighbour, candidates.baseAddress! + rank,
                                                     neighbours, (entries, detached))
                    }
                    if score > bestScore { bestScore = score; best = rank }
                }
                return best
            }
        }
    }

    /// What the article's other places (`near`) say for candidate `c` (its place at `place`):
    /// +10 for each Syrian place in its governorate, +20 for each within 30 km; for a foreign
    /// candidate, +10 for each place in its country. Places (`c`'s and the neighbours', among
    /// `at.entries` or `at.detached`, see ``NearbyPlaces/place(of:_:_:)``) are read only to
    /// compare countries abroad, long admin-1 names and the ids of places at one point.
    @inline(__always)
    private static func closeness(_ c: NearbyPlaces.Neighbour, _ place: UnsafePointer<Place>,
                                  _ near: UnsafeBufferPointer<NearbyPlaces.Neighbour>,
                                  _ at: (entries: UnsafeBufferPointer<Place>, detached: UnsafeBufferPointer<Place>)) -> Int {
        var score = 0
        guard c.syrian else {
            // (a Syrian neighbour's country is "SY", which a foreign candidate's is not)
            for k in near.indices where !near[k].syrian {
                let p = NearbyPlaces.place(of: near[k], at.entries, at.detached)
                if p.pointee.country == place.pointee.country && p.pointee.id != place.pointee.id { score += 10 }
            }
            return score
        }
        let admin1 = c.admin1, point = c.coordinate
        for k in near.indices where near[k].local {
            let sameAdmin1 = near[k].admin1 == admin1 && admin1 != .none
                && (admin1 != .long || NearbyPlaces.place(of: near[k], at.entries, at.detached).pointee.admin1 == place.pointee.admin1)
            // 0.3 degrees of latitude alone are over 33 km: no trigonometry needed
            let close = abs(near[k].coordinate.lat - point.lat) < 0.3
            // (an id names one entry, at one point: another point is another place; one entry
            // has one id)
            guard sameAdmin1 || close, near[k].coordinate != point || (near[k].ref != c.ref
                    && NearbyPlaces.place(of: near[k], at.entries, at.detached).pointee.id != place.pointee.id) else { continue }
            if sameAdmin1 { score += 10 }
            if close, Gazetteer.within30km(near[k].coordinate, point) { score += 20 }
        }
        return score
    }

    /// Whether two points are less than 30 km apart (by ``Coordinate/kilometres(to:)``), with no
    /// trigonometry for points near each other or far apart in longitude.
    ///
    /// Near: with Δφ, Δλ in radians, the haversine term is at most (Δφ² + Δλ²) / 4 (cos ≤ 1,
    /// sin x ≤ x), so points with Δφ² + Δλ² < 0.06 square degrees (1.83e-5 rad²) are at most
    /// 2 × 6371 × asin(0.00214) ≈ 27.3 km apart: well below 30 km, whatever the rounding.
    @inline(__always)
    static func within30km(_ a: Coordinate, _ b: Coordinate) -> Bool {
        let dlat = a.lat - b.lat, dlon = a.lon - b.lon
        if dlat * dlat + dlon * dlon < 0.06 { return true }
        return !longitudeApart(a, b) && a.kilometres(to: b) < 30
    }

    /// Whether two points lie far enough apart in longitude to be over 30 km apart, with no
    /// trigonometry. Below 60° of latitude, 1° of longitude or more (the other way round the
    /// globe too) is over 55 km (the haversine term
    /// cos φ1 cos φ2 sin²(Δλ/2) alone is at least 0.25 sin²(0.5°)).
    /// Below 40° of latitude (all of Syria), 0.36° of longitude apart is enough: the term is at
    /// least cos²(40°) sin²(0.18°), which puts them over 30.6 km apart.
    @inline(__always)
    static func longitudeApart(_ a: Coordinate, _ b: Coordinate) -> Bool {
        let d = abs(a.lon - b.lon), lat = max(abs(a.lat), abs(b.lat))
        if lat <= 40 { return d >= 0.36 && d <= 359.64 }
        return d >= 1 && d <= 359 && lat <= 60
    }

    /// The closest names to `name` by edit distance of their folded forms.
    /// - Parameters:
    ///   - name: a name, typically one that did not resolve.
    ///   - limit: how many to return.
    /// - Returns: places and distances, nearest (then most important) first, one per place.
    public func suggestions(for name: String, limit: Int = 5) -> [(place: Place, distance: Int)] {
        let key = Gazetteer.key(name)
        guard !key.isEmpty else { return [] }
        var scored: [(t: Int, d: Int)] = []
        let bound = max(3, key.count / 2)
        let hot = self.hot
        for t in hot.terminals.indices where !hot.terminals[t].blocker && hot.terminals[t].entryCount > 0 {
            let d = hot.distance(key, to: t, bound: bound)
            if d <= bound { scored.append((t, d)) }
        }
        scored.sort { a, b in
            a.d != b.d ? a.d < b.d : hot.importance(of: a.t) > hot.importance(of: b.t)
        }
        var out: [(place: Place, distance: Int)] = []
        var seen = Set<Int>()
        for s in scored {
            let e = hot.firstEntry(of: s.t)!
            if seen.insert(e).inserted { out.append((places[e], s.d)) }
            if out.count == limit { break }
        }
        return out
    }

    /// First words of Syrian names that say what a place is (a village, a hill, a monastery, a
    /// spring…) rather than which: the most frequent heads of multi-word names in the data
    /// ("Kafr", "Tal", "Deir", "Ain"…). A known name right after one ends a longer name.
    public static let genericHeadWords: [String] = """
        Kafr Kfar Kafer Kafar Kfr Tal Tall Tell Tel Til Deir Dayr Dair Der Ain Ayn Ein Aïn Khirbet Khirbat
        Kherbet Khirba Khurbet Jabal Jebel Umm Um Beit Bayt Bait Bir Ras Marj Qasr Sheikh Shaykh Khan Wadi
        Hay Hayy Abu Abou Mazraat Mazraa Qaryat Jisr Bab Maarat Maaret Maarrat Ma'arrat Tallat Nahr Qalaat
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// ``genericHeadWords`` as folded keys.
    static let genericHeads: Set<[UInt8]> = Set(genericHeadWords.map { key($0) })

    /// The nearest prominent name (see ``isProminent(_:in:)``) within `bound` of `key` by
    /// ``matchCost(_:_:_:_:bound:)``; with `head` > 0, among names starting with `key`'s first
    /// `head` bytes, comparing only what follows.
    func nearest(_ key: [UInt8], bound: Int, head: Int = 0) -> (Int32, Int)? {
        var best: (Int32, Int)? = nil
        let hot = self.hot
        for t in hot.terminals.indices where abs(Int(hot.terminals[t].keyCount) - key.count) <= bound {
            guard isProminent(t, in: hot) else { continue }
            let d = hot.matchCost(key, to: t, bound: best.map { $0.1 } ?? bound, head: head)
            guard d <= bound else { continue }
            if best == nil || d < best!.1 || (d == best!.1 && hot.importance(of: t) > hot.importance(of: Int(best!.0))) {
                best = (Int32(t), d)
            }
        }
        return best
    }

    /// `name` without a cue word around it ("Idlib province" -> "Idlib", "rural Hama" -> "Hama").
    static func strippingCue(_ name: String) -> String {
        var words = name.split(separator: " ").map(String.init)
        let prefixes: Set<String> = ["rural", "near", "outside", "around", "northern", "southern", "eastern", "western",
                                     "central", "north", "south", "east", "west"]
        let suffixes: Set<String> = ["province", "governorate", "countryside", "suburbs", "outskirts", "city", "town",
                                     "village", "camp", "district"]
        var changed = true
        while changed && words.count > 1 {
            changed = false
            if let l = words.last?.lowercased(), suffixes.contains(l) { words.removeLast(); changed = true }
            if words.count > 1, let f = words.first?.lowercased(), prefixes.contains(f) { words.removeFirst(); changed = true }
            if words.count > 2, ["of"].contains(words[1].lowercased()),
               ["province", "governorate", "city", "town", "village", "outskirts", "countryside", "suburbs"]
                .contains(words[0].lowercased()) {
                words.removeFirst(2); changed = true
            }
        }
        return words.joined(separator: " ")
    }
}

extension Gazetteer {
    /// Every entry filed under `name` (exact or folded, else the nearest fuzzy name), most
    /// important first; `nil` when nothing matches.
    /// - Parameter name: a place name in any spelling.
    /// - Returns: the candidates, or `nil`.
    public func candidates(for name: String) -> [Place]? {
        if let m = lookup(name) { return m.candidates }
        let stripped = Gazetteer.strippingCue(name)
        return stripped == name ? nil : lookup(stripped)?.candidates
    }
}
