import EventModel
import Gazetteer

/// Finds the place names of one article: the gazetteer's scan, then patterns for names it lacks.
///
/// The word lists live in one shared ``PlaceWords`` object, fetched once per article and passed to
/// the helpers (`w`): a static lookup in a hot loop costs a lazy-global check each time.
struct PlaceFinder {
    let gazetteer: Gazetteer

    /// Whether a word is a name particle ("al", "el", "abu").
    static func isParticle(_ h: UInt64) -> Bool { PlaceWords.shared.particles.contains(h) }

    /// Every place name in the article, in text order, without overlaps.
    func find(in a: AnalysedText, text: String) -> [FoundPlace] {
        let w = PlaceWords.shared
        var found: [FoundPlace] = []
        found.reserveCapacity(a.bytes.count / 64)
        // the last 20 Syrian places resolved, which disambiguation weighs
        var recentSyrian = NearbyPlaces(limit: 20)
        // the scan's matches come in text order: each first token is searched for from the last
        var t0 = 0, lastOffset = 0
        // the gazetteer's entries, which disambiguation reads, taken once for the article
        let entries = gazetteer.entryTable
        // (each match handed over as the scan finds it, read in place: no list of matches is built)
        a.bytes.withUnsafeBufferPointer { bytes in
            gazetteer.scan(utf8: bytes) { match in
                let range = match.range
                t0 = a.tokenIndex(atOrAfter: range.lowerBound, from: range.lowerBound >= lastOffset ? t0 : 0)
                lastOffset = range.lowerBound
                if isNoise(match, firstToken: t0, a, w) { return }
                // the token after the name (a name is a few tokens long: walking on beats a search)
                let t1 = Self.tokenIndex(walkingTo: range.upperBound, from: t0, a)
                let (res, kind, isSyrian) = resolution(of: match, a, firstToken: t0, endToken: t1, entries: entries,
                                                       recentSyrian: &recentSyrian)
                found.append(FoundPlace(bytes: range, tokens: t0..<max(t1, t0 + 1), resolution: res, kind: kind, isSyrian: isSyrian))
            }
        }
        // a foreign city listed among Syrian towns ("Saraqeb, Binnish and Al-Zir") is a Syrian name
        // the gazetteer lacks
        for k in found.indices where found[k].kind == .foreignCity && isListedWithSyrianTown(k, found, a, w) {
            found[k].forgetReading()
        }
        // a cue ("the village of X") makes X Syrian: it replaces a foreign reading of part of it
        let patterns = patternPlaces(a, known: found, w)
        if !patterns.isEmpty {
            var kept = 0
            for i in found.indices where !Self.givesWay(found[i], to: patterns) {
                if kept != i { found.swapAt(kept, i) }
                kept += 1
            }
            found.removeLast(found.count - kept)
            found += patterns
        }
        found.sort { $0.bytes.lowerBound < $1.bytes.lowerBound }
        for i in found.indices { mark(&found[i], a, w) }
        return found
    }

    /// ``AnalysedText/tokenIndex(atOrAfter:from:)`` by walking on from `from`: cheaper when the token is
    /// only a step or two on (the end of a name).
    @inline(__always)
    private static func tokenIndex(walkingTo offset: Int, from: Int, _ a: AnalysedText) -> Int {
        a.tokens.withUnsafeBufferPointer { tokens in
            var t = from
            while t < tokens.count, tokens[t].start < offset { t += 1 }
            return t
        }
    }

    /// The gazetteer's reading of scan match `m`: its one (Syrian) entry, or the disambiguator's
    /// choice; a Syrian reading wins over a foreign one in reports about Syria; with the chosen
    /// place's kind and whether it is Syrian. (`t0` is the match's first token, `t1` the first after it.)
    /// A Syrian reading is added to `recentSyrian`, which the next disambiguations weigh.
    /// (`entries`: ``Gazetteer/entryTable``, taken once per article.)
    private func resolution(of m: ScanHit, _ a: AnalysedText, firstToken t0: Int, endToken t1: Int, entries: [Place],
                            recentSyrian: inout NearbyPlaces) -> (EntryResolution, kind: PlaceKind, isSyrian: Bool) {
        // (the candidates' kinds and countries as the scan worked them out once per name: no `Place` read)
        let (syrian, oneSyrian) = m.syrianReading
        var chosen: Int, precision: GeoPrecision
        if m.candidateCount == 1 || (oneSyrian && m.kind(syrian!) != .governorate) {
            // one entry, or one Syrian entry in a report about Syria: nothing to choose (nearness
            // cues are read by the event code)
            chosen = syrian ?? 0
            precision = m.kind(chosen).isArea ? .region : .exact
        } else {
            // the words around the name carry the cues (the whole sentence costs more to read);
            // the article's places (all Syrian) only weigh Syrian candidates
            let s = a.cueReadingBytes(around: m.range, firstToken: t0, endToken: t1)
            (chosen, precision) = a.bytes.withUnsafeBufferPointer { b in
                entries.withUnsafeBufferPointer { e in
                    let cue = s.map { UnsafeBufferPointer(rebasing: b[$0]) }
                    // (the article's places passed as they are: no copy of them)
                    return syrian == nil ? gazetteer.choose(among: m, cueBytes: cue, near: NearbyPlaces(), entries: e)
                        : gazetteer.choose(among: m, cueBytes: cue, near: recentSyrian, entries: e)
                }
            }
        }
        // an ambiguous name with a Syrian reading takes it in reports about Syria
        let chosenIsSyrian = m.isSyrian(chosen)
        if !chosenIsSyrian, m.kind(chosen) != .country, let syrian {
            chosen = syrian
            precision = m.kind(syrian).isArea ? .region : .exact
        }
        if chosenIsSyrian || syrian == chosen { recentSyrian.add(candidate: chosen, of: m) }
        let res = EntryResolution(entry: m.entry(chosen), kind: m.kind, geoPrecision: precision)
        return (res, m.kind(chosen), m.isSyrian(chosen))
    }

    /// Whether the foreign city `k` stands in a list next to a Syrian town, joined by a comma or
    /// "and" (not beside a governorate's capital: "Moscow and Damascus denied" names governments).
    private func isListedWithSyrianTown(_ k: Int, _ found: [FoundPlace],
                                        _ a: AnalysedText, _ w: PlaceWords) -> Bool {
        // (the neighbour before, then the one after: two plain tests, no sequence walked)
        if k > 0, found[k - 1].isSyrianSpot, isListed(found[k - 1].tokens, found[k].tokens, a, w),
           gazetteer.governorate(named: found[k - 1].mention(in: a)) == nil { return true }
        if k + 1 < found.count, found[k + 1].isSyrianSpot, isListed(found[k].tokens, found[k + 1].tokens, a, w),
           gazetteer.governorate(named: found[k + 1].mention(in: a)) == nil { return true }
        return false
    }

    /// Whether the names on tokens `x` and then `y` stand in a list: joined by "and" or by a gap
    /// holding a comma.
    @inline(__always)
    private func isListed(_ x: Range<Int>, _ y: Range<Int>, _ a: AnalysedText, _ w: PlaceWords) -> Bool {
        let between = y.lowerBound - x.upperBound
        return between == 1 ? a.tokens[x.upperBound].hash == w.and
            : between == 0 && Self.gap(a, x.upperBound - 1, y.lowerBound, contains: 0x2C)
    }

    /// Whether a scan hit gives way to the pattern-found names: a foreign reading overlapped by
    /// one, or a name inside a longer one ("the towns of Zamalka and Ain Tarma": the whole name,
    /// not its first word "Ain").
    private static func givesWay(_ f: FoundPlace, to patterns: [FoundPlace]) -> Bool {
        let bytes = f.bytes
        for p in patterns.indices {
            let q = patterns[p].bytes
            if f.isForeignNonCountry && q.overlaps(bytes) { return true }
            if q.count > bytes.count && q.lowerBound <= bytes.lowerBound && bytes.upperBound <= q.upperBound { return true }
        }
        return false
    }

    /// Up to seven ASCII bytes, lowercased, packed into one integer with their count (exact: no hashing).
    fileprivate static func packedLowercase(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var k = UInt64(bytes.count)
        for b in bytes.prefix(7) { k = k << 8 | UInt64(b >= 65 && b <= 90 ? b | 0x20 : b) }
        return k
    }

    /// Scan hits that are not places: short common words ("No", "But", "Mr"), the family part of
    /// a person's name ("Moaz al-Khatib"), and newspaper names ("the newspaper Al-Thawra").
    /// `t` is the index of the name's first token.
    private func isNoise(_ m: ScanHit, firstToken t: Int, _ a: AnalysedText, _ w: PlaceWords) -> Bool {
        // the name's bytes are the article's (the scan ran over the same text)
        let lo = m.range.lowerBound, hi = m.range.upperBound
        // most names start with three ASCII letters, which make them long enough (letters are
        // counted as characters in other text, and no two ASCII letters join in one character):
        // only short names need the whole count, and only what follows needs to know if all is ASCII
        var ascii: Bool? = nil
        if hi - lo <= 4 || !Self.startsWithThreeASCIILetters(a, lo, hi) {
            var (isASCII, letters) = Self.asciiLetters(a, lo..<hi)
            if !isASCII { letters = m.text.count(where: \.isLetter) }
            if letters <= 2 { return true }
            ascii = isASCII
        }
        if hi - lo <= 4 {
            let common = ascii! ? w.commonWordKeys.contains(Self.packedLowercase(a.bytes[m.range]))
                : w.commonWords.contains(m.text.lowercased())
            if common { return true }
        }
        guard t > 0 else { return false }
        let prev = a.tokens[t - 1]
        if w.outletWords.contains(prev.hash) { return true }
        // "Kafr Dael", "Tal Shamiram": the end of a longer name the gazetteer lacks, not the
        // place it knows by that word alone
        if prev.isCapitalised, w.namePrefixes.contains(prev.hash), Self.gap(a, t - 1, t, is: 0x20) { return true }
        if prev.isCapitalised, !w.nameCues.contains(prev.hash), Self.gap(a, t - 1, t, is: 0x20),
           startsWithParticle(m, ascii: ascii ?? Self.asciiLetters(a, lo..<hi).ascii, a, w) { return true }
        if t >= 2, w.particleWords.contains(prev.hash), Self.gap(a, t - 1, t, is: 0x2D),
           a.tokens[t - 2].isCapitalised, !w.nameCues.contains(a.tokens[t - 2].hash),
           Self.gap(a, t - 2, t - 1, is: 0x20) { return true }
        return false
    }

    /// Whether the three bytes from `lo` (before `hi`) are ASCII letters.
    @inline(__always)
    private static func startsWithThreeASCIILetters(_ a: AnalysedText, _ lo: Int, _ hi: Int) -> Bool {
        hi - lo >= 3 && a.bytes.withUnsafeBufferPointer { b in
            (b[lo] | 0x20) &- 97 < 26 && (b[lo + 1] | 0x20) &- 97 < 26 && (b[lo + 2] | 0x20) &- 97 < 26
        }
    }

    /// Whether the bytes are all ASCII, and how many ASCII letters they hold.
    @inline(__always)
    private static func asciiLetters(_ a: AnalysedText, _ r: Range<Int>) -> (ascii: Bool, letters: Int) {
        a.bytes.withUnsafeBufferPointer { b in
            var letters = 0
            for k in r {
                let c = b[k]
                if c >= 0x80 { return (false, 0) }
                if (c | 0x20) &- 97 < 26 { letters &+= 1 }  // a-z either case
            }
            return (true, letters)
        }
    }

    /// Whether the name starts with a particle and a hyphen ("al-", "Ash-").
    private func startsWithParticle(_ m: ScanHit, ascii: Bool, _ a: AnalysedText, _ w: PlaceWords) -> Bool {
        let lo = m.range.lowerBound, n = m.range.count
        // every prefix has its hyphen third or fourth
        guard (n >= 3 && a.bytes[lo + 2] == 0x2D) || (n >= 4 && a.bytes[lo + 3] == 0x2D) else { return false }
        let onBytes = w.particlePrefixes.contains { p in
            n >= p.count && p.indices.allSatisfy { k in
                let b = a.bytes[lo + k]
                return (b >= 65 && b <= 90 ? b | 0x20 : b) == p[k]
            }
        }
        // a non-ASCII name is compared as text (as lowercased Unicode), which the bytes must pass first
        guard onBytes, !ascii else { return onBytes }
        let lower = m.text.lowercased()
        return w.particlePrefixes.contains { lower.hasPrefix(String(decoding: $0, as: UTF8.self)) }
    }

    /// Names after "the town/village/district of" and names listed beside a known Syrian place.
    private func patternPlaces(_ a: AnalysedText, known: [FoundPlace], _ w: PlaceWords) -> [FoundPlace] {
        var taken = IndexSetLite(count: a.tokens.count)
        for k in known.indices where known[k].holdsItsTokens { taken.insert(known[k].tokens) }
        var out: [FoundPlace] = []
        /// A cue-led name may hold a shorter known name that starts it ("Ain" in "Ain Tarma").
        func supersedes(_ r: Range<Int>) -> Bool {
            guard let k = known.firstIndex(where: { $0.tokens.overlaps(r) }), known[k].tokens.lowerBound == r.lowerBound,
                  known[k].tokens.upperBound < r.upperBound else { return false }
            // a foreign reading of a later part ("Tarma" in "Ain Tarma") gives way too
            return !known.indices.contains { known[$0].tokens.overlaps(r) && known[$0].tokens.upperBound > known[k].tokens.upperBound
                    && known[$0].holdsItsTokens }
                && !out.contains { $0.tokens.overlaps(r) }
        }
        func add(_ r: Range<Int>, cued: Bool = false) {
            guard !taken.intersects(r) || (cued && supersedes(r)) else { return }
            taken.insert(r)
            let bytes = a.tokens[r.lowerBound].start..<a.tokens[r.upperBound - 1].end
            let written = a.text(bytes)
            var res = gazetteer.resolveEntry(written)
            if let r0 = res, !gazetteer.facts(ofEntry: r0.entry).isSyrian { res = nil }
            out.append(FoundPlace(bytes: bytes, tokens: r, resolution: res, gazetteer))
        }
        for s in a.sentences {
            let lo = s.tokens.lowerBound, end = s.tokens.upperBound
            var i = lo
            while true {
                // most words start no pattern
                i = Self.nextPatternStart(from: i, before: end - 2, a, w)
                guard i < end - 2 else { break }
                let h = a.tokens[i].hash
                // "the town of X", "the towns of X and Y" (most starts are "the", which is no place noun)
                if h != w.the, w.placeNouns.contains(h), a.tokens[i + 1].hash == w.of,
                   !(max(lo, i - 3)..<i).contains(where: { w.foreignDemonyms.contains(a.tokens[$0].hash) }) {
                    var j = i + 2
                    while let name = nameRun(a, from: j, end: end, w) {
                        add(name, cued: true)
                        j = name.upperBound
                        // ", Y" or "and Y"
                        if j < end, a.tokens[j].hash == w.and { j += 1; continue }
                        if j < end, Self.gap(a, j - 1, j, contains: 0x2C) { continue }
                        break
                    }
                    i = max(i + 1, j)
                    continue
                }
                if h == w.the {
                    // "the Akrama neighbourhood", "the Mishlab district"
                    // ("the rebel-held Deraa al-Balad district": over a hyphenated adjective)
                    var first = i + 1
                    if first + 2 < end, !a.tokens[first].isCapitalised, !a.tokens[first + 1].isCapitalised,
                       Self.gap(a, first, first + 1, is: 0x2D) { first += 2 }
                    if Self.mayStartName(a, at: first, w), let name = nameRun(a, from: first, end: end, w) {
                        if name.upperBound < end, w.quarterNouns.contains(a.tokens[name.upperBound].hash)
                            || isLandmark(a, at: name.upperBound, end: end, w) {
                            add(name, cued: true)
                            i = name.upperBound
                            continue
                        }
                        // "the Bab Touma and Abbasiyin neighbourhoods of Damascus"
                        if name.upperBound + 1 < end, a.tokens[name.upperBound].hash == w.and,
                           let second = nameRun(a, from: name.upperBound + 1, end: end, w),
                           second.upperBound < end, w.quarterNouns.contains(a.tokens[second.upperBound].hash) {
                            add(name, cued: true)
                            add(second, cued: true)
                            i = second.upperBound
                            continue
                        }
                    }
                }
                // "al-Rashidin, a rebel-held transit point": a name described as a place
                if h == w.a || h == w.an, i > lo, Self.gap(a, i - 1, i, contains: 0x2C),
                   let name = nameEnding(a, at: i - 1, start: lo, w),
                   ((i + 1)..<min(end, i + 5)).contains(where: { w.appositives.contains(a.tokens[$0].hash) }) {
                    var j = i + 1
                    while j < end, !w.appositives.contains(a.tokens[j].hash), !a.tokens[j].isCapitalised { j += 1 }
                    if j < end, w.appositives.contains(a.tokens[j].hash) { add(name, cued: true) }
                }
                // "a hilltop known as Observation Post 45": a named position, with its number
                if h == w.known, i + 2 < end, a.tokens[i + 1].hash == w.asWord,
                   (max(lo, i - 3)..<i).contains(where: { w.positionNouns.contains(a.tokens[$0].hash) }),
                   var name = nameRun(a, from: i + 2, end: end, w) {
                    if name.upperBound < end, a.tokens[name.upperBound].isNumber,
                       Self.gap(a, name.upperBound - 1, name.upperBound, is: 0x20) { name = name.lowerBound..<(name.upperBound + 1) }
                    add(name, cued: true)
                    i = name.upperBound
                    continue
                }
                i += 1
            }
        }
        // "- Hamouria: 21 civilians ...": the heads of a bulleted list whose other heads are Syrian places
        var heads: [Range<Int>] = []
        var knownHead = false
        for s in a.sentences where !s.tokens.isEmpty {
            let t0 = s.tokens.lowerBound
            guard Self.followsBullet(a, a.tokens[t0].start), let name = nameRun(a, from: t0, end: s.tokens.upperBound, w),
                  name.upperBound < s.tokens.upperBound, a.gap(name.upperBound - 1, name.upperBound).first == 0x3A else { continue }
            if known.indices.contains(where: { known[$0].tokens == name && known[$0].isSyrian }) { knownHead = true } else { heads.append(name) }
        }
        if knownHead { for h in heads { add(h, cued: true) } }
        // lists beside a known Syrian town: "Busayra, X and Y"
        for k in known.indices where known[k].isSyrianSpot {
            // forwards
            var j = known[k].tokens.upperBound
            while j < a.tokens.count - 1 {
                let sepIsComma = Self.gap(a, j - 1, j, contains: 0x2C)
                var start = j
                if a.tokens[j].hash == w.and { start = j + 1 } else if !sepIsComma { break }
                guard let name = nameRun(a, from: start, end: min(a.tokens.count, start + 5), w) else { break }
                add(name)
                j = name.upperBound
                if a.tokens[start - 1].hash == w.and { break }
            }
        }
        return out
    }

    /// The first token from `i` on whose word may start a sentence pattern (its
    /// ``TokenFacts/placePattern`` bit, set by the tokenizer); `end` (or `i`, if past it) when none
    /// before `end` does. Four tokens a step: one test passes over four other words.
    @inline(__always)
    private static func nextPatternStart(from i: Int, before end: Int, _ a: AnalysedText, _ w: PlaceWords) -> Int {
        let pattern = TokenFacts.placePattern.rawValue
        return a.tokens.withUnsafeBufferPointer { tokens in
            let t = tokens.baseAddress!
            var i = i
            // (wrapping sums: i <= end <= tokens.count, far below Int.max for tokens of 24 bytes)
            while i &+ 4 <= end, (t[i].facts.rawValue | t[i &+ 1].facts.rawValue | t[i &+ 2].facts.rawValue
                                  | t[i &+ 3].facts.rawValue) & pattern == 0 { i &+= 4 }
            while i < end, t[i].facts.rawValue & pattern == 0 { i &+= 1 }
            return i
        }
    }

    /// Whether byte `start` opens a list line: bullet bytes (at least one that is no space)
    /// stand between it and the start of its line.
    @inline(__always)
    private static func followsBullet(_ a: AnalysedText, _ start: Int) -> Bool {
        a.bytes.withUnsafeBufferPointer { bytes in
            precondition(start <= bytes.count)
            // (read back from `start`, a token's first byte, to 0 at the most: in range)
            var b = start &- 1
            var bullet = false
            while b >= 0, isBulletByte(bytes[b]) {
                if bytes[b] != 0x20 { bullet = true }
                b &-= 1
            }
            return bullet && (b < 0 || bytes[b] == 0x0A)
        }
    }

    /// Bytes that may stand before a list line's first word: spaces, "-", "*" and "•" (E2 80 A2).
    @inline(__always)
    private static func isBulletByte(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x2D || b == 0x2A || b == 0xE2 || b == 0x80 || b == 0xA2
    }

    /// Whether exactly the byte `b` separates tokens `i` and `j` (`a.gap(i, j)` is `[b]`).
    @inline(__always)
    private static func gap(_ a: AnalysedText, _ i: Int, _ j: Int, is b: UInt8) -> Bool {
        let s = a.tokens[i].end
        return a.tokens[j].start - s == 1 && a.bytes[s] == b
    }

    /// Whether the byte `b` is among those separating tokens `i` and `j`.
    @inline(__always)
    private static func gap(_ a: AnalysedText, _ i: Int, _ j: Int, contains b: UInt8) -> Bool {
        var k = a.tokens[i].end
        let e = a.tokens[j].start
        while k < e {
            if a.bytes[k] == b { return true }
            k += 1
        }
        return false
    }

    /// The name that ends at token `k`: capitalised words and particles joined by single spaces
    /// or hyphens, back to its first word.
    private func nameEnding(_ a: AnalysedText, at k: Int, start: Int, _ w: PlaceWords) -> Range<Int>? {
        guard a.tokens[k].isCapitalised, !w.notNames.contains(a.tokens[k].hash) else { return nil }
        var b = k
        while b > start {
            let space = Self.gap(a, b - 1, b, is: 0x20), hyphen = Self.gap(a, b - 1, b, is: 0x2D)
            guard space || hyphen else { break }
            let t = a.tokens[b - 1]
            // (a particle only joined by a hyphen: "al-Rashidin", not "at al-Rashidin")
            guard (t.isCapitalised && !w.notNames.contains(t.hash)) || (w.particles.contains(t.hash) && hyphen) else { break }
            b -= 1
        }
        return b..<(k + 1)
    }

    /// Whether a landmark noun ("hills", "air base") starts at token `k`.
    private func isLandmark(_ a: AnalysedText, at k: Int, end: Int, _ w: PlaceWords) -> Bool {
        let h = a.tokens[k].hash
        if w.landmarkNouns.contains(h) { return true }
        return k + 1 < end && w.landmarkPairs.contains { $0.0 == h && $0.1 == a.tokens[k + 1].hash }
    }

    /// A run of capitalised words (with particles such as "al-") starting at `i`.
    private func nameRun(_ a: AnalysedText, from i: Int, end: Int, _ w: PlaceWords) -> Range<Int>? {
        var j = i
        if j < end, a.tokens[j].hash == w.the { return nil }
        while j < end {
            let t = a.tokens[j]
            let isParticle = w.particles.contains(t.hash) && j + 1 < end && Self.gap(a, j, j + 1, is: 0x2D)
            if isParticle { j += 1; continue }
            guard Self.isNameInitial(a.bytes[t.start]), !t.isNumber, !w.notNames.contains(t.hash) else { break }
            j += 1
            guard j < end else { break }
            // "Ma'ar Shamsheh", "Ma’arrat": an apostrophe inside a name joins its parts
            if Self.isApostropheGap(a, j - 1, j), a.tokens[j].end - a.tokens[j].start >= 2 {
                j += 1
                if j < end, Self.gap(a, j - 1, j, is: 0x20), a.tokens[j].isCapitalised { continue }
                break
            }
            // a name continues over a hyphen or a single space to another capitalised word
            if Self.gap(a, j - 1, j, is: 0x20) || Self.gap(a, j - 1, j, is: 0x2D),
               a.tokens[j].isCapitalised || w.particles.contains(a.tokens[j].hash) { continue }
            break
        }
        // do not end on a particle
        while j > i, w.particles.contains(a.tokens[j - 1].hash), !a.tokens[j - 1].isCapitalised { j -= 1 }
        return j > i ? i..<j : nil
    }

    /// Whether a name word may start with the byte: a Latin capital or an Arabic letter.
    @inline(__always)
    private static func isNameInitial(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 0xD8 && b <= 0xDB) }

    /// Whether ``nameRun(_:from:end:_:)`` may find a name at token `i` (what it reads first: a
    /// particle or a name initial), so that most words need no call.
    @inline(__always)
    private static func mayStartName(_ a: AnalysedText, at i: Int, _ w: PlaceWords) -> Bool {
        isNameInitial(a.bytes[a.tokens[i].start]) || w.particles.contains(a.tokens[i].hash)
    }

    /// Whether an apostrophe, ' or ’ (E2 80 99), and nothing else separates tokens `i` and `j`.
    @inline(__always)
    private static func isApostropheGap(_ a: AnalysedText, _ i: Int, _ j: Int) -> Bool {
        let s = a.tokens[i].end
        switch a.tokens[j].start - s {
        case 1: return a.bytes[s] == 0x27
        case 3: return a.bytes[s] == 0xE2 && a.bytes[s + 1] == 0x80 && a.bytes[s + 2] == 0x99
        default: return false
        }
    }

    /// Sets the origin/destination flags from the words before the mention.
    private func mark(_ f: inout FoundPlace, _ a: AnalysedText, _ w: PlaceWords) {
        a.tokens.withUnsafeBufferPointer { tk in
            let t = f.tokens.lowerBound
            // origin phrases ("coming from", "native of"), within the four words before the name:
            // a pair's second word (j) is "from" or "of", which most are not
            let from = w.from, of = w.of
            for j in max(1, t - 4)..<max(1, t) {
                let second = tk[j].hash
                guard second == from || second == of else { continue }
                let first = tk[j - 1].hash
                if second == from ? w.originBeforeFrom.contains(first) : w.originBeforeOf.contains(first) {
                    f.isOrigin = true
                    // "a shopkeeper originally from X": a person's home, never where it happened
                    // ("a bus coming from X was hijacked" may well be coded there)
                    if w.homeOrigins.contains(first) { f.isGoal = true }
                }
            }
            let before = t >= 1 ? tk[t - 1].hash : 0
            if t >= 1, before == w.to || before == w.towards || before == w.toward {
                f.isDestination = true
                // "fled to X", "the route to X": X is where people or roads go, not where it happened
                if before == w.to { f.isGoal = true }
                // "fled east towards X", "retreated toward X"
                if (max(0, t - 4)..<(t - 1)).contains(where: { w.movers.contains(tk[$0].hash) }) { f.isGoal = true }
            }
            if t >= 3, before == w.to, tk[t - 2].hash == w.way { f.isDestination = true }
            // "the road between X and Y": a stretch between places, not either of them
            if t >= 1, before == w.between { f.isGoal = true }
            if t >= 2, before == w.and,
               let b = (max(0, t - 7)..<(t - 1)).last(where: { tk[$0].hash == w.between }),
               ((b + 1)..<(t - 1)).allSatisfy({ tk[$0].isCapitalised || w.particles.contains(tk[$0].hash) }) {
                f.isGoal = true
            }
            // "a grandmother from X", "a local activist from X": where a person is from;
            // "advanced from the X area", "rockets fired from X": where a move or a shot started
            var f0 = t - 1
            if f0 >= 1, tk[f0].hash == w.the { f0 -= 1 }
            if f0 >= 1, tk[f0].hash == w.from {
                // one person ("families from X fled" keeps X: a flight starts where they live)
                let person = (max(0, f0 - 2)..<f0).contains { w.onePerson.contains(tk[$0].hash) }
                let mover = (max(0, f0 - 3)..<f0).contains { w.departures.contains(tk[$0].hash) }
                if person || mover { f.isOrigin = true; f.isGoal = true }
            }
            // "a Menbij resident", "Homs natives": where people are from
            // (", activists said" after a name is no "Saraqib activists")
            let after = f.tokens.upperBound
            if after < tk.count, w.residents.contains(tk[after].hash), Self.gap(a, after - 1, after, is: 0x20) {
                f.isOrigin = true
                f.isGoal = true
            }
            // "fled towards the nearby towns of X and Y": back over the list and its noun to the mover
            var k = t - 1
            while k > 0, k > t - 12, tk[k].isCapitalised || w.listRun.contains(tk[k].hash) {
                k -= 1
            }
            if k < t - 2, k >= 1, tk[k].hash == w.to || tk[k].hash == w.towards || tk[k].hash == w.toward,
               (max(0, k - 4)..<k).contains(where: { w.movers.contains(tk[$0].hash) }) {
                f.isDestination = true
                f.isGoal = true
            }
        }
    }
}

/// What the passes after the scan read of a found place's reading (its kept kind and country).
extension FoundPlace {
    /// Unknown, Syrian or a country: a reading a pattern-found name does not take the words of.
    fileprivate var holdsItsTokens: Bool { kind == nil || isSyrian || kind == .country }
    /// A Syrian place that is no area: a town a list may go on from.
    fileprivate var isSyrianSpot: Bool { isSyrian && !(kind?.isArea ?? false) }
    /// A foreign reading below country level.
    fileprivate var isForeignNonCountry: Bool { kind != nil && !isSyrian && kind != .country }
}

extension PlaceFinder {
    /// The first words of the sentence patterns (``TokenFacts/placePattern``).
    static var patternStartWords: [String] { PlaceWords.patternStartWords }
}

/// The word lists of ``PlaceFinder``, built once.
private final class PlaceWords: Sendable {
    static let shared = PlaceWords()

    private static let placeNounWords = ["town", "village", "city", "district", "neighbourhood",
        "neighborhood", "suburb", "towns", "villages", "cities", "districts", "neighbourhoods", "neighborhoods",
        "suburbs", "area", "hamlet", "camp", "locality", "quarter", "hamlets", "localities", "areas", "outskirts",
        "countryside", "vicinity", "environs"]
    let placeNouns = WordSet(words: placeNounWords)
    private static let particleList = ["al", "el", "ad", "ash", "as", "ar", "az", "an", "at", "ath",
        "adh", "bin", "ibn", "abu", "bani", "beni", "de", "des", "der", "ez", "es", "ul"]
    let particles = WordSet(words: particleList)
    let notNames = WordSet(words: ["january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "the", "a", "an", "and", "syria", "syrian", "this", "that", "its", "his", "her",
        "their", "it", "he", "she", "they", "we", "i", "in", "on", "at", "but", "as", "islamic", "state", "observatory",
        "government", "army", "rebels", "russian", "turkish", "kurdish", "president", "un", "us", "sana", "afp",
        "reuters", "ap", "xinhua", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "hts", "isil", "isis", "sdf", "ypg", "fsa", "nusra", "free", "old",
        // "the Christian district of Wusta": who lives there, not a name
        "christian", "alawite", "sunni", "shiite", "shia", "druze", "armenian", "assyrian", "muslim", "ismaili", "yazidi"])
    /// "the Turkish border town of X": a foreign place the gazetteer may lack.
    let foreignDemonyms = WordSet(words: ["turkish", "lebanese", "iraqi", "jordanian", "israeli",
        "iranian", "russian", "egyptian", "saudi", "kurdish-iraqi", "european", "american"])
    let movers = WordSet(words: ["fled", "flee", "fleeing", "headed", "heading", "retreated",
        "withdrew", "escaped", "moved", "bussed", "evacuated", "sent"])
    /// Phrases that name where people or things come from, as pairs of words (all end in "from"
    /// or "of").
    private static let originPairs = [("coming", "from"), ("came", "from"), ("come", "from"), ("hailing", "from"),
        ("arriving", "from"), ("originally", "from"), ("native", "of"), ("natives", "of"), ("travelling", "from"),
        ("traveling", "from"), ("hails", "from")]
    /// The first words of the ``originPairs`` ending in "from" ("coming from"), and of those ending
    /// in "of" ("native of").
    let originBeforeFrom = WordSet(words: originPairs.filter { $0.1 == "from" }.map(\.0))
    let originBeforeOf = WordSet(words: originPairs.filter { $0.1 == "of" }.map(\.0))
    let residents = WordSet(words: ["resident", "residents", "native", "natives", "man", "men", "woman",
        "women", "mother", "mothers", "father", "fathers", "family", "families", "boy", "girl", "doctor", "doctors",
        "teacher", "farmer", "activist", "activists", "journalist", "refugee", "refugees", "grandmother", "grandfather",
        "shopkeeper", "pharmacist", "elder", "elders", "student", "students", "engineer", "nurse", "survivor",
        "survivors", "correspondent", "official", "officials", "commander", "spokesman", "worker", "workers"])
    let onePerson = WordSet(words: ["resident", "native", "man", "woman", "mother", "father", "boy",
        "girl", "doctor", "teacher", "farmer", "activist", "journalist", "refugee", "grandmother", "grandfather",
        "shopkeeper", "pharmacist", "elder", "student", "engineer", "nurse", "survivor", "correspondent", "official",
        "commander", "spokesman", "worker"])
    /// Verbs of a move or a shot that starts somewhere: "advanced from X", "fired from X".
    let departures = WordSet(words: ["advanced", "advancing", "advance", "entered", "entering",
        "fired", "launched", "launching", "pushed", "pushing", "moved", "moving", "attacked", "infiltrated",
        "crossed"])
    let homeOrigins = WordSet(words: ["originally", "native", "natives", "hailing", "hails"])
    private static let listWords = ["the", "of", "and", "nearby", "neighbouring", "neighboring",
        "nearest", "two", "three", "several"]
    /// The words of a list of places besides its names: ``listWords``, place nouns and particles
    /// ("the nearby towns of X and al-Y").
    let listRun: WordSet

    let commonWords: Set<String> = ["no", "but", "mr", "mrs", "nw", "ne", "sw", "se", "old", "new", "all",
        "one", "two", "more", "most", "some", "said", "says", "dr", "un", "eu", "us", "uk", "tv", "ms", "st"]
    /// ``commonWords`` as ``PlaceFinder/packedLowercase(_:)`` keys (they are ASCII and at most four bytes long).
    let commonWordKeys: WordSet
    let particlePrefixes: [[UInt8]] = ["al-", "el-", "ad-", "as-", "ash-", "ar-", "az-", "an-"].map { Array($0.utf8) }
    let particleWords = WordSet(words: ["al", "el", "ad", "as", "ash", "ar", "az", "an"])
    /// First words of Syrian place names ("Kafr", "Tal", "Ain", "Deir"): a known name right after
    /// one ends a longer name.
    let namePrefixes = WordSet(words: Gazetteer.genericHeadWords.map { $0.lowercased() })
    let outletWords = WordSet(words: ["newspaper", "daily", "agency", "channel", "tv", "television",
        "radio", "website", "magazine", "broadcaster"])
    let nameCues = WordSet(words: ["eastern", "western", "northern", "southern", "rural", "greater",
        "upper", "lower", "old", "new", "central", "the", "in", "of", "at", "from", "to", "and", "near", "north",
        "south", "east", "west"])

    let quarterNouns = WordSet(words: ["neighbourhood", "neighborhood", "district", "quarter",
        "neighbourhoods", "neighborhoods", "districts", "quarters", "region", "area", "plain"])
    /// "X, a besieged town", "X, a transit point": nouns that say the name before is a place.
    let appositives = WordSet(words: ["town", "village", "city", "district", "neighbourhood",
        "neighborhood", "suburb", "camp", "point", "hub", "crossing", "hamlet", "locality", "quarter"])
    /// "the Safa hills", "the Nassib crossing", "the Tabqa airport": a named landmark.
    let landmarkNouns = WordSet(words: ["hills", "hill", "mountains", "mountain", "airport", "airbase",
        "crossing", "dam", "plain", "valley", "heights", "plateau"])
    /// The first word of a two-word landmark noun and its second: "air base", "border crossing".
    let landmarkPairs: [(UInt64, UInt64)] = [("air", "base"), ("military", "airport"), ("border", "crossing"),
        ("military", "base"), ("oil", "field"), ("gas", "field")].map { (WordHash.of($0.0), WordHash.of($0.1)) }
    /// Nouns for a position that may be given a name ("a hilltop known as ...").
    let positionNouns = WordSet(words: ["hilltop", "hill", "position", "post", "base", "area",
        "mountain", "village", "site", "checkpoint", "camp", "outpost"])

    let to = WordHash.of("to"), towards = WordHash.of("towards"), toward = WordHash.of("toward"),
        of = WordHash.of("of"), and = WordHash.of("and"), the = WordHash.of("the"), way = WordHash.of("way"),
        from = WordHash.of("from"), between = WordHash.of("between"), a = WordHash.of("a"), an = WordHash.of("an"),
        known = WordHash.of("known"), asWord = WordHash.of("as")

    /// The first words of the sentence patterns of `patternPlaces`: place nouns ("town of"),
    /// "the", "a"/"an" and "known" ("known as"). Tokens of these words have the
    /// ``TokenFacts/placePattern`` bit.
    static let patternStartWords = placeNounWords + ["the", "a", "an", "known"]

    private init() {
        commonWordKeys = WordSet(commonWords.map { PlaceFinder.packedLowercase(Array($0.utf8)[...]) })
        listRun = WordSet(words: Self.listWords + Self.placeNounWords + Self.particleList)
    }
}

/// A small bitset over token indices.
struct IndexSetLite {
    private var bits: [Bool]
    init(count: Int) { bits = Array(repeating: false, count: count) }
    /// Adds the indices of `r` below `count` (the others are ignored), with one uniqueness check
    /// of the storage per range, not per index.
    mutating func insert(_ r: Range<Int>) {
        bits.withUnsafeMutableBufferPointer { b in
            let upper = Swift.min(r.upperBound, b.count)
            guard r.lowerBound < upper else { return }
            precondition(r.lowerBound >= 0, "negative token index")
            for i in r.lowerBound..<upper { b[i] = true }
        }
    }
    /// Whether an index of `r` below `count` is in the set.
    func intersects(_ r: Range<Int>) -> Bool {
        bits.withUnsafeBufferPointer { b in
            let upper = Swift.min(r.upperBound, b.count)
            guard r.lowerBound < upper else { return false }
            precondition(r.lowerBound >= 0, "negative token index")
            for i in r.lowerBound..<upper where b[i] { return true }
            return false
        }
    }
}
