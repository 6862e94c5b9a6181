import EventModel

extension Gazetteer {
    /// Finds every gazetteer name (Syrian and foreign) in running text.
    ///
    /// Works on UTF-8 bytes: a name starts at a capitalised word (or an Arabic word, or a
    /// hyphenated article before a capitalised word: "al-Bab"), may run over spaces and hyphens,
    /// and must end at a word boundary; the longest name wins and matches never overlap.
    /// Organisation and outlet names that contain a place ("Syrian Observatory for Human Rights",
    /// "Belfast Telegraph", "al-Mayadeen TV"), demonyms ("Syrian", "Turkish") and other capitalised
    /// non-places (months, "Free Army") are consumed and not returned. A capitalised word that
    /// matches no name is tried against prominent names within a small edit distance.
    ///
    /// - Parameter text: the text to scan.
    /// - Returns: the matches in text order, with UTF-8 byte ranges.
    /// - Complexity: O(n) in the text's length; only capitalised words are folded.
    public func scan(_ text: String) -> [NameMatch] {
        var text = text
        return text.withUTF8 { scan(utf8: $0) }
    }

    /// ``scan(_:)`` over UTF-8 bytes the caller already holds (no copy of the text).
    /// - Parameter bytes: valid UTF-8 text.
    /// - Returns: the matches in text order, with byte ranges into `bytes`.
    public func scan(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [NameMatch] {
        var found: [(start: Int, end: Int, terminal: Int32, distance: Int)] = []
        found.reserveCapacity(bytes.count / 64)
        // (a literal-only name not written as one of its own gets no candidates below)
        scanBytes(bytes, checkingLiterals: false) { found.append(($0, $1, $2, $3)) }
        if found.isEmpty { return [] }
        var matches: [NameMatch] = []
        matches.reserveCapacity(found.count)
        candidateMemo.locked {
            for f in found {
                let c = candidateMemo.value(f.terminal, bytes, f.start, f.end) {
                    let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[f.start..<f.end]), as: UTF8.self)
                    let (places, exact) = candidates(Int(f.terminal), written: written)
                    return MatchCandidates(text: written, places: places, exact: exact)
                }
                if c.places.isEmpty { continue }
                let kind: MatchKind = f.distance > 0 ? .fuzzy(distance: f.distance) : c.exact ? .exact : .folded
                matches.append(NameMatch(range: f.start..<f.end, text: c.text, candidates: c.places, kind: kind))
            }
        }
        return matches
    }

    /// The entries of terminal `t`, those with a name spelled as `written` (ignoring case) first,
    /// then by importance; and whether the first has exactly that name.
    /// Literal-only entries (small foreign cities) not written as one of their names are left
    /// out, so the list may be empty.
    func candidates(_ t: Int, written: String) -> (places: [Place], exact: Bool) {
        var entries = Array(hot.entries(of: t))
        if hot.terminals[t].hasLiteralOnly && entryFlags[Int(entries.last!)].contains(.literalOnly) {
            let h = Gazetteer.literalHash(written)
            entries.removeAll { !admits(Int($0), literal: h) }
        }
        if entries.isEmpty { return ([], false) }
        if entries.count == 1 { return ([places[Int(entries[0])]], names[Int(entries[0])].contains(written)) }
        let lower = written.lowercased()
        let asciiWritten = written.utf8.allSatisfy { $0 < 0x80 }
        let literal = entries.filter { e in
            names[Int(e)].contains { $0 == written || Self.sameLowercased($0, lower, asciiLower: asciiWritten) }
        }
        let ordered = literal.isEmpty ? Array(entries) : literal + entries.filter { !literal.contains($0) }
        return (ordered.map { places[Int($0)] }, names[Int(ordered[0])].contains(written))
    }

    /// Whether `name.lowercased() == lower`, on bytes when `lower` is ASCII (as most are): an
    /// ASCII name lowercases byte by byte, and the only other character that lowercases to ASCII
    /// is the Kelvin sign (E2 84 AA), so a name without an E2 byte cannot match.
    @inline(__always)
    static func sameLowercased(_ name: String, _ lower: String, asciiLower: Bool) -> Bool {
        guard asciiLower else { return name.lowercased() == lower }
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return name.utf8.count == lower.utf8.count
                && name.utf8.elementsEqual(lower.utf8) { a, b in (a >= 65 && a <= 90 ? a | 0x20 : a) == b }
        }
        return name.utf8.contains(0xE2) && name.lowercased() == lower
    }

    /// Whether some entry of terminal `t` admits the name written at `p[start..<end]` (see
    /// ``admits(_:literal:)``): at once when it is one of the entry's names byte for byte.
    func admitsAny(_ t: Int32, _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let written = UnsafeBufferPointer(rebasing: p[start..<end])
        var h: UInt64? = nil
        for e in hot.entries(of: Int(t)) {
            if names[Int(e)].contains(where: { $0.utf8.count == written.count && $0.utf8.elementsEqual(written) }) {
                return true
            }
            if h == nil { h = Gazetteer.literalHash(p, start, end) }
            if admits(Int(e), literal: h!) { return true }
        }
        return false
    }

    /// Counts the names `scan` would return, without building matches (for benchmarks).
    /// - Parameter bytes: UTF-8 text.
    /// - Returns: the number of place names found.
    public func countNames(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        scanBytes(bytes) { _, _, _, _ in n += 1 }
        return n
    }

    /// The scanner: calls `emit(start, end, terminal, distance)` for each place name.
    ///
    /// Allocation-free: lower-case words are passed over by byte tests; a capitalised run is
    /// folded word by word into a stack buffer and hashed as it grows, one table probe per word.
    /// With `checkingLiterals` false, a name whose entries are all literal-only is emitted
    /// however it is written (the caller's ``candidates(_:written:)`` then finds none for it).
    func scanBytes(_ p: UnsafeBufferPointer<UInt8>, checkingLiterals: Bool = true,
                   _ emit: (Int, Int, Int32, Int) -> Void) {
        let limit = p.count
        let hot = self.hot  // constants: no exclusivity checks in the loop
        let table = hot.table
        hot.terminals.withUnsafeBufferPointer { info in
        hot.keys.withUnsafeBufferPointer { keys in
        Gazetteer.byteClass.withUnsafeBufferPointer { cls in
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * Gazetteer.maxKey + 16) { buffer in
            let acc = buffer.baseAddress!, scratch = acc + Gazetteer.maxKey + 8
            var i = 0
            while i < limit {
                // Fast path: pass over punctuation, digits and lower-case words without tokenizing,
                // unless a lower-case word could be a hyphenated article ("al-Bab").
                let b = p[i]
                let c = cls[Int(b)]
                if c & (Gazetteer.capitalByte | Gazetteer.nonASCIIByte) == 0 {
                    if c & Gazetteer.lowerByte == 0 { i += 1; continue }
                    if (b == 0x61 || b == 0x65) && i + 2 < limit && (p[i + 2] == 0x2D || (i + 3 < limit && p[i + 3] == 0x2D))
                        && (i == 0 || cls[Int(p[i - 1])] & Gazetteer.wordByte == 0) {
                        // maybe "al-", "ash-": take the slow path below
                    } else {
                        i += 1
                        while i < limit && cls[Int(p[i])] & Gazetteer.wordByte != 0 { i += 1 }
                        continue
                    }
                }
                guard let first = NameTokenizer.word(in: p, from: i, limit: limit) else { break }
                i = max(first.next, first.end, i + 1)
                guard startsName(p, first, limit) else { continue }
                // Follow words while some name continues: one table probe per word.
                var h = NameTable.seed
                var n = 0
                var firstLength = 0
                var w = first
                var best: (end: Int, terminal: Int32)? = nil
                var words = 0
                while true {
                    let last = w.separator == .stop
                    if !(NameTokenizer.isArticle(p, w) && !last) {  // articles inside a name are passed over
                        guard n + (w.end - w.start) <= Gazetteer.maxKey else { break }
                        let k = NameFolding.fold(p, w.start, w.end, to: acc + n, scratch: scratch)
                        h = NameTable.extend(h, UnsafeBufferPointer(start: acc + n, count: k))
                        n += k
                        if words == 0 { firstLength = n }
                        guard let v = table.find(h) else { break }
                        if v >= 0 && Gazetteer.keyMatches(info[Int(v)], keys, acc, n) {
                            best = (w.end, v)
                            // No key runs on past this name: no later word can make a longer one.
                            if !info[Int(v)].extended { break }
                        }
                    }
                    if last || words >= 8 { break }
                    words += 1
                    guard let nw = NameTokenizer.word(in: p, from: w.next, limit: limit),
                          NameParticles.mayContinue(p, nw, limit: limit) else { break }
                    w = nw
                }
                if let best {
                    let t = info[Int(best.terminal)]
                    if !t.blocker && t.entryCount > 0 && !(t.syrianFirst && Gazetteer.isBasedSuffix(p, best.end))
                        && !(t.literalOnly && checkingLiterals && !admitsAny(best.terminal, p, first.start, best.end))
                        && !(!t.major && best.end == first.end && Gazetteer.isSpeaker(p, first.start, best.end, limit)) {
                        emit(first.start, best.end, best.terminal, 0)
                    }
                    // Resume after the name (or the non-place phrase).
                    if best.end > i { i = best.end }
                    continue
                }
                // A typo: only for a capitalised word of six letters or more.
                if firstLength >= 6 && first.end - first.start >= 6 && NameTokenizer.isCapitalised(p, first),
                   let (t, d) = hot.fuzzyWord(acc, firstLength),
                   info[Int(t)].major || !Gazetteer.isSpeaker(p, first.start, first.end, limit) {
                    emit(first.start, first.end, t, d)
                }
            }
        }
        }
        }
        }
    }

    /// Byte class flags for the scanner's fast path.
    static let lowerByte: UInt8 = 1, capitalByte: UInt8 = 2, wordByte: UInt8 = 4, nonASCIIByte: UInt8 = 8
    /// The class of every byte: lower-case ASCII letter, capital, ASCII word byte (letter,
    /// digit, apostrophe; see ``NameTokenizer/isASCIIWordByte(_:)``), non-ASCII.
    static let byteClass: [UInt8] = (0..<256).map { v in
        let b = UInt8(v)
        var c: UInt8 = 0
        if b >= 0x61 && b <= 0x7A { c |= lowerByte }
        if b >= 0x41 && b <= 0x5A { c |= capitalByte }
        if NameTokenizer.isASCIIWordByte(b) { c |= wordByte }
        if b >= 0x80 { c |= nonASCIIByte }
        return c
    }

    /// Whether a name may start at word `w`: a capitalised or Arabic word, "Al"/"El" before a
    /// capitalised word, or a hyphenated article ("al-", "ash-") before a capitalised word.
    @inline(__always)
    private func startsName(_ p: UnsafeBufferPointer<UInt8>, _ w: Word, _ limit: Int) -> Bool {
        let capital = NameTokenizer.isCapitalised(p, w)
        guard NameTokenizer.isArticle(p, w), w.separator != .stop else { return capital }
        // An article: a name starts here only if a capitalised word follows.
        guard w.separator == .hyphen || NameTokenizer.isSpacedArticle(p, w),
              let next = NameTokenizer.word(in: p, from: w.next, limit: limit) else { return false }
        return NameTokenizer.isCapitalised(p, next)
    }

    /// Whether "-based" follows at `i` ("a Damascus-based outlet" names an outlet's seat, not a
    /// place the story happens in).
    @inline(__always)
    static func isBasedSuffix(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        // The hyphen as it is, then "based" in any case: compared in place, nothing allocated.
        guard i + 6 <= p.count, p[i] == 0x2D else { return false }
        for (k, b) in "based".utf8.enumerated() where p[i + 1 + k] | 0x20 != b { return false }
        return true
    }
}
