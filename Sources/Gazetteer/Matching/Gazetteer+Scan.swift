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
        var matches: [NameMatch] = []
        matches.reserveCapacity(bytes.count / 64)
        scan(utf8: bytes) { hit in
            matches.append(NameMatch(range: hit.range, text: hit.text, candidates: Array(hit.found.pointee.places),
                                     kind: hit.kind, entries: Array(hit.found.pointee.entries)))
        }
        return matches
    }

    /// ``scan(utf8:)`` that hands each match to `body` as it is found, in text order, its text and
    /// candidates lent in place (see ``ScanHit``): no list of matches is built and no reference
    /// in them retained.
    /// - Parameters:
    ///   - bytes: valid UTF-8 text.
    ///   - body: called with each match (which it must not keep).
    public func scan(utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (ScanHit) -> Void) {
        candidateMemo.borrow(hot) { memo in
            // (a literal-only name not written as one of its own gets no candidates below)
            scanBytes(bytes, memo: memo, checkingLiterals: false) { start, end, terminal, distance, word in
                // (most matches are a memoised word that matched the same name before: its
                // candidates are at hand, and no lookup is set up)
                if let c = memo.candidates.kept(terminal, word: word) {
                    Gazetteer.hand(c, start, end, distance, body)
                    return
                }
                func make() -> MatchCandidates {
                    let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    let (entries, exact) = candidates(Int(terminal), written: written)
                    return MatchCandidates(text: written, entries: entries, of: self, exact: exact)
                }
                if let c = memo.candidates.value(terminal, bytes, start, end, word: word, make: make) {
                    Gazetteer.hand(c, start, end, distance, body)
                } else {
                    // (a spelling the table does not keep: made for this match alone)
                    let once = make()
                    defer { once.free() }
                    withUnsafePointer(to: once) { Gazetteer.hand($0, start, end, distance, body) }
                }
            }
        }
    }

    /// Hands the match at `start..<end` (typo `distance`, 0 for none), of candidates `c`, to
    /// `body`, unless it has no candidates.
    @inline(__always)
    private static func hand(_ c: UnsafePointer<MatchCandidates>, _ start: Int, _ end: Int, _ distance: Int,
                             _ body: (ScanHit) -> Void) {
        if c.pointee.places.isEmpty { return }
        let kind: MatchKind = distance > 0 ? .fuzzy(distance: distance) : c.pointee.exact ? .exact : .folded
        body(ScanHit(range: start..<end, kind: kind, found: c))
    }

    /// The entries (indices into ``places``) of terminal `t`, those with a name spelled as
    /// `written` (ignoring case) first, then by importance; and whether the first has exactly that name.
    /// Literal-only entries (small foreign cities) not written as one of their names are left
    /// out, so the list may be empty.
    func candidates(_ t: Int, written: String) -> (entries: [Int32], exact: Bool) {
        var entries = Array(hot.entries(of: t))
        if hot.terminals[t].hasLiteralOnly && entryFlags[Int(entries.last!)].contains(.literalOnly) {
            let h = Gazetteer.literalHash(written)
            entries.removeAll { !admits(Int($0), literal: h) }
        }
        if entries.isEmpty { return ([], false) }
        if entries.count == 1 { return (entries, names[Int(entries[0])].contains(written)) }
        let lower = written.lowercased()
        let asciiWritten = written.utf8.allSatisfy { $0 < 0x80 }
        let literal = entries.filter { e in
            names[Int(e)].contains { $0 == written || Self.sameLowercased($0, lower, asciiLower: asciiWritten) }
        }
        let ordered = literal.isEmpty ? Array(entries) : literal + entries.filter { !literal.contains($0) }
        return (ordered, names[Int(ordered[0])].contains(written))
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
        candidateMemo.borrow(hot) { memo in
            var n = 0
            scanBytes(bytes, memo: memo) { _, _, _, _, _ in n += 1 }
            return n
        }
    }

    /// The scanner: calls `emit(start, end, terminal, distance, word)` for each place name,
    /// `word` the kept facts of the name's bytes when it is one memoised word (else `nil`).
    ///
    /// Allocation-free: ``nextStop(_:from:limit:)`` passes over lower-case text; a capitalised
    /// run is followed word by word, each word's folded bytes and flags read from `memo` (see
    /// ``ScanMemo``), its hash extended as the name grows, one table probe per word.
    /// With `checkingLiterals` false, a name whose entries are all literal-only is emitted
    /// however it is written (the caller's ``candidates(_:written:)`` then finds none for it).
    func scanBytes(_ p: UnsafeBufferPointer<UInt8>, memo: ScanMemo, checkingLiterals: Bool = true,
                   _ emit: (Int, Int, Int32, Int, UnsafeMutablePointer<WordFacts>?) -> Void) {
        let limit = p.count
        let hot = memo.hot  // constants: no exclusivity checks in the loop
        let table = hot.table
        let particles = memo.particleStarts, verbs = memo.speechVerbStarts
        hot.terminals.withUnsafeBufferPointer { info in
        hot.keys.withUnsafeBufferPointer { keys in
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * Gazetteer.maxKey + 48) { buffer in
            // (16 bytes of room past a key: a kept word is copied in two 8-byte stores)
            let acc = buffer.baseAddress!, scratch = acc + Gazetteer.maxKey + 24
            var i = 0
            while true {
                i = Gazetteer.nextStop(p, from: i, limit: limit)
                guard i < limit else { break }
                // Most stops are at a plain word that no name runs on from: it starts none
                // ("Syrian"), no key runs on past it ("Idlib"), or the next word cannot continue
                // one ("Aleppo said", "The monitor", "Homs."). Its kept facts and a look at what
                // follows it say so, and the scan resumes at its end (only spaces or a hyphen
                // stand before the next word).
                let first: Word
                let firstFacts: UnsafeMutablePointer<WordFacts>?
                if let (e, kept) = memo.plainWord(p, i, limit) {
                    firstFacts = kept
                    if let f = firstFacts, f.pointee.flags & WordFacts.article == 0 {
                        let v = f.pointee.value
                        if f.pointee.flags & WordFacts.capitalised == 0 {
                            i = e
                            continue
                        }
                        let bits = f.pointee.terminal
                        if v == WordFacts.noName || (v >= 0 && bits & TerminalBits.extended == 0)
                            || Gazetteer.endsName(p, e, limit, particles) {
                            if v >= 0 {
                                if isPlace(bits, v, p, first: i..<e, end: e, checkingLiterals: checkingLiterals,
                                           verbs: verbs) {
                                    emit(i, e, v, 0, f)
                                }
                            } else if let (t, d) = typo(f, p, i, e, acc, memo, info, verbs) {
                                emit(i, e, t, d, f)
                            }
                            i = e
                            continue
                        }
                    }
                    first = NameTokenizer.joined(p, start: i, end: e, after: e, limit: limit)
                } else {
                    guard let w = NameTokenizer.anyWord(in: p, from: i, limit: limit) else { break }
                    first = w
                    firstFacts = memo.facts(p, first.start, first.end)
                }
                i = max(max(first.next, first.end), i + 1)  // (three-argument max allocates its variadic rest)
                let firstFlags = firstFacts?.pointee.flags ?? WordFacts.flags(p, first.start, first.end)
                guard Gazetteer.startsName(p, first, firstFlags, limit) else { continue }
                // Follow words while some name continues: one table probe per word.
                var h = NameTable.seed
                var n = 0
                var firstLength = 0
                var w = first
                var facts = firstFacts
                var flags = firstFlags
                var best: (end: Int, terminal: Int32)? = nil
                var words = 0
                while true {
                    let last = w.separator == .stop
                    if !(flags & WordFacts.article != 0 && !last) {  // articles inside a name are passed over
                        guard n + (w.end - w.start) <= Gazetteer.maxKey else { break }
                        let v: Int32?
                        var keyChecked = false  // v is a terminal whose key is acc[0..<n]
                        if let f = facts {
                            ScanMemo.unpack(f.pointee.folded, to: acc + n)
                            let k = Int(f.pointee.foldedCount)
                            if n == 0 {
                                h = f.pointee.hash
                                v = f.pointee.value == WordFacts.noName ? nil : f.pointee.value
                                keyChecked = true
                            } else {
                                h = NameTable.extend(h, UnsafeBufferPointer(start: acc + n, count: k))
                                v = table.find(h)
                            }
                            n += k
                        } else {
                            let k = NameFolding.fold(p, w.start, w.end, to: acc + n, scratch: scratch)
                            h = NameTable.extend(h, UnsafeBufferPointer(start: acc + n, count: k))
                            n += k
                            v = table.find(h)
                        }
                        if words == 0 { firstLength = n }
                        guard let v else { break }
                        if v >= 0 && (keyChecked || Gazetteer.keyMatches(info[Int(v)], keys, acc, n)) {
                            best = (w.end, v)
                            // No key runs on past this name: no later word can make a longer one.
                            if !info[Int(v)].extended { break }
                        }
                    }
                    if last || words >= 8 { break }
                    words += 1
                    let nw: Word
                    if let (e, kept) = memo.plainWord(p, w.next, limit) {
                        facts = kept
                        flags = facts?.pointee.flags ?? WordFacts.flags(p, w.next, e)
                        // (most names end before a plain word that cannot continue one: not joined)
                        guard flags & WordFacts.mayContinue != 0 else { break }
                        nw = NameTokenizer.joined(p, start: w.next, end: e, after: e, limit: limit)
                    } else {
                        guard let word = NameTokenizer.anyWord(in: p, from: w.next, limit: limit) else { break }
                        nw = word
                        facts = memo.facts(p, nw.start, nw.end)
                        flags = facts?.pointee.flags ?? WordFacts.flags(p, nw.start, nw.end)
                    }
                    guard NameParticles.mayContinue(p, nw, flags, limit: limit) else { break }
                    w = nw
                }
                if let best {
                    if isPlace(TerminalBits.of(info[Int(best.terminal)]), best.terminal, p, first: first.start..<first.end, end: best.end,
                               checkingLiterals: checkingLiterals, verbs: verbs) {
                        emit(first.start, best.end, best.terminal, 0, best.end == first.end ? firstFacts : nil)
                    }
                    // Resume after the name (or the non-place phrase).
                    if best.end > i { i = best.end }
                    continue
                }
                // A typo: only for a capitalised word of six letters or more (`acc` still
                // starts with its folded bytes).
                if firstLength >= 6 && first.end - first.start >= 6 && firstFlags & WordFacts.capitalised != 0,
                   let (t, d) = memo.fuzzyWord(firstFacts, acc, firstLength),
                   info[Int(t)].major || !Gazetteer.isSpeaker(p, first.start, first.end, limit, verbs: verbs) {
                    emit(first.start, first.end, t, d, firstFacts)
                }
            }
        }
        }
        }
    }

    /// Whether the name of terminal `terminal` (of ``TerminalBits`` `t`) found at `first.lowerBound..<end`
    /// (`first` its first word) is a place mention: not a non-place phrase, not "X-based", a
    /// literal-only name written as one of its own (when `checkingLiterals`), and no one-word
    /// name of a minor place right before a verb of saying ("Hassan said").
    /// (`verbs`: ``Gazetteer/speechVerbStarts``.)
    @inline(__always)
    private func isPlace(_ t: UInt8, _ terminal: Int32, _ p: UnsafeBufferPointer<UInt8>, first: Range<Int>, end: Int,
                         checkingLiterals: Bool, verbs: LeadingLetters) -> Bool {
        t & TerminalBits.notPlace == 0 && !(t & TerminalBits.syrianFirst != 0 && Gazetteer.isBasedSuffix(p, end))
            && !(t & TerminalBits.literalOnly != 0 && checkingLiterals && !admitsAny(terminal, p, first.lowerBound, end))
            && !(t & TerminalBits.major == 0 && end == first.upperBound
                 && Gazetteer.isSpeaker(p, first.lowerBound, end, p.count, verbs: verbs))
    }

    /// The typo match of the capitalised plain word `p[start..<end]` (of facts `f`) that no name
    /// runs on from (see ``ScanMemo/fuzzyWord(_:_:_:)``), as the scanner's last resort finds it:
    /// only for words of six bytes or more, folded and as written, and not for a minor place
    /// before a verb of saying. `acc` is room for the folded word.
    @inline(__always)
    private func typo(_ f: UnsafeMutablePointer<WordFacts>, _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                      _ acc: UnsafeMutablePointer<UInt8>, _ memo: ScanMemo, _ info: UnsafeBufferPointer<TerminalInfo>,
                      _ verbs: LeadingLetters) -> (Int32, Int)? {
        let k = Int(f.pointee.foldedCount)
        guard k >= 6 && end - start >= 6 && f.pointee.fuzzyState != 1 else { return nil }
        ScanMemo.unpack(f.pointee.folded, to: acc)
        guard let (t, d) = memo.fuzzyWord(f, acc, k),
              info[Int(t)].major || !Gazetteer.isSpeaker(p, start, end, p.count, verbs: verbs) else { return nil }
        return (t, d)
    }

    /// Whether no name runs on past the plain word that ends at `e` (see
    /// ``NameTokenizer/plainWordEnd(_:_:_:)``, which leaves only ASCII there): the text ends,
    /// punctuation follows, or one space and a lower-case word that is no connector and no
    /// place noun (`particles`: ``NameParticles/starts``), which ``NameParticles/mayContinue(_:_:_:limit:)``
    /// would refuse.
    @inline(__always)
    private static func endsName(_ p: UnsafeBufferPointer<UInt8>, _ e: Int, _ limit: Int, _ particles: LeadingLetters) -> Bool {
        guard e < limit else { return true }
        let b = p[e]
        if b != 0x20 { return b != 0x2D }
        return e + 1 < limit && p[e + 1] &- 0x61 < 26 && !particles.mayStart(p, e + 1, limit: limit)
    }

    /// Where the scanner next looks for a name, at or after `i` (`limit` when nowhere).
    ///
    /// The rule, byte by byte: a capital or a non-ASCII byte stops; any other byte that is no
    /// lower-case letter is passed; a lower-case letter passes the whole run of ASCII word bytes
    /// (letters, digits, apostrophes) it is in, unless it starts the run as the "a" or "e" of a
    /// hyphenated article ("al-Bab", "ash-Shaddadi"), which stops. Lower-case text is the bulk,
    /// so this finds the stops without visiting every byte: only capitals, non-ASCII bytes and
    /// hyphens can be or make one, and those are found eight bytes at a time.
    @inline(__always)
    static func nextStop(_ p: UnsafeBufferPointer<UInt8>, from i: Int, limit: Int) -> Int {
        let j = nextCapitalOrHyphen(p, from: i, limit: limit)
        // Most often a capital that starts its word, with no hyphen after it to make an article
        // of what stands before: a stop.
        // (i <= j <= limit: the offsets below neither overflow nor leave the text)
        if j &+ 2 < limit && p[j] &- 0x41 < 26 && (j == i || p[j &- 1] == 0x20 || !NameTokenizer.isASCIIWordByte(p[j &- 1]))
            && p[j &+ 1] != 0x2D && p[j &+ 2] != 0x2D {
            return j
        }
        return nextStop(p, from: i, candidate: j, limit: limit)
    }

    /// ``nextStop(_:from:limit:)`` given `j`, the first capital, hyphen or non-ASCII byte at or
    /// after `i` (`limit` when none).
    private static func nextStop(_ p: UnsafeBufferPointer<UInt8>, from i: Int, candidate: Int, limit: Int) -> Int {
        var i = i
        var j = candidate
        while true {
            if j >= limit { return limit }
            // An article stops only with its hyphen two or three bytes on, so at most three
            // bytes before `j`, and only with a hyphen at `j`, `j + 1` or `j + 2` (every run
            // start in i..<j is reached: no letter run hides it).
            if p[j] == 0x2D || (j + 1 < limit && p[j + 1] == 0x2D) || (j + 2 < limit && p[j + 2] == 0x2D) {
                for a in max(i, j - 3)..<j where isArticleStop(p, a, limit) { return a }
            }
            let b = p[j]
            if b >= 0x80 { return j }
            if b == 0x2D {
                i = j + 1
                j = nextCapitalOrHyphen(p, from: i, limit: limit)
                continue
            }
            // A capital stops unless a lower-case letter before it (from `i` on) started its run.
            var k = j
            while k > i && NameTokenizer.isASCIIWordByte(p[k - 1]) {
                k -= 1
                if p[k] &- 0x61 < 26 { break }
            }
            if p[k] &- 0x61 >= 26 { return j }
            // Pass the rest of that run.
            i = j + 1
            while i < limit && NameTokenizer.isASCIIWordByte(p[i]) { i += 1 }
            j = nextCapitalOrHyphen(p, from: i, limit: limit)
        }
    }

    /// Whether the lower-case "a" or "e" at `a` starts a hyphenated article: the first byte of a
    /// word, with a hyphen two or three bytes on.
    @inline(__always)
    private static func isArticleStop(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ limit: Int) -> Bool {
        let b = p[a]
        return (b == 0x61 || b == 0x65) && a + 2 < limit && (p[a + 2] == 0x2D || (a + 3 < limit && p[a + 3] == 0x2D))
            && (a == 0 || !NameTokenizer.isASCIIWordByte(p[a - 1]))
    }

    /// The first byte at or after `i` that is a capital, a hyphen or not ASCII (`limit` when none).
    @inline(__always)
    private static func nextCapitalOrHyphen(_ p: UnsafeBufferPointer<UInt8>, from i: Int, limit: Int) -> Int {
        guard let base = UnsafeRawPointer(p.baseAddress) else { return limit }  // (empty)
        var i = i
        // Sixteen bytes a step (one vector) while they last, then eight. (Offsets
        // stay below `limit`, at most the buffer's count: wrapping arithmetic never wraps.)
        while i &+ 16 <= limit {
            let bits = capitalOrHyphenMask(base, i)
            if bits[0] | bits[1] != 0 {
                return bits[0] != 0 ? i &+ bits[0].trailingZeroBitCount &>> 3 : i &+ 8 &+ bits[1].trailingZeroBitCount &>> 3
            }
            i &+= 16
        }
        if i + 8 <= limit {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let bits = capitalOrHyphenBits(SIMD2(word, 0))[0]  // (a zero word has no bits)
            if bits != 0 { return i + bits.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < limit {
            let b = p[i]
            if b >= 0x80 || b &- 0x41 < 26 || b == 0x2D { return i }
            i += 1
        }
        return limit
    }

    /// The sixteen bytes at `base + i` tested at once: each is 0xFF where a capital, a hyphen or
    /// a non-ASCII byte stands, else 0, read as two little-endian words (the first byte lowest).
    /// Byte-wise comparisons of two vectors, which become single SSE2 instructions (paddb, pminub,
    /// pcmpeqb, pcmpgtb); comparisons with a scalar, and `any(_:)`, would become byte loops.
    @inline(__always)
    private static func capitalOrHyphenMask(_ base: UnsafeRawPointer, _ i: Int) -> SIMD2<UInt64> {
        let v = base.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
        let capitalA = SIMD16<UInt8>(repeating: 0x41), letters = SIMD16<UInt8>(repeating: 26)
        let hyphen = SIMD16<UInt8>(repeating: 0x2D), nonASCII = SIMD16<UInt8>(repeating: 0x80)
        let m = ((v &- capitalA) .< letters) .| (v .== hyphen) .| (v .>= nonASCII)
        let w = unsafeBitCast(m, to: SIMD2<UInt64>.self)
        return SIMD2(UInt64(littleEndian: w[0]), UInt64(littleEndian: w[1]))
    }

    /// The top bit of each byte of `x` that is a capital, a hyphen or not ASCII (eight bytes
    /// tested at once in each word; no carry crosses a byte): the tail of fewer than sixteen
    /// bytes, where ``capitalOrHyphenMask(_:_:)`` cannot load.
    @inline(__always)
    private static func capitalOrHyphenBits(_ x: SIMD2<UInt64>) -> SIMD2<UInt64> {
        let high = SIMD2<UInt64>(repeating: 0x8080_8080_8080_8080), ones = SIMD2<UInt64>(repeating: 0x0101_0101_0101_0101)
        let ascii = x & ~high
        // b + (0x80 - c) sets the top bit exactly when b >= c (b < 0x80: no carry)
        let capital = (ascii &+ 0x3F &* ones) & ~(ascii &+ 0x25 &* ones)   // 0x41...0x5A
        let notHyphen = (ascii ^ (0x2D &* ones)) &+ 0x7F &* ones           // top bit unless 0x2D
        return (x | capital | ~notHyphen) & high
    }

    /// Whether a name may start at word `w` (of `flags`, see ``WordFacts``): a capitalised or
    /// Arabic word, "Al"/"El" before a capitalised word, or a hyphenated article ("al-", "ash-")
    /// before a capitalised word.
    @inline(__always)
    private static func startsName(_ p: UnsafeBufferPointer<UInt8>, _ w: Word, _ flags: UInt8, _ limit: Int) -> Bool {
        guard flags & WordFacts.article != 0, w.separator != .stop else { return flags & WordFacts.capitalised != 0 }
        return articleStartsName(p, w, flags, limit)
    }

    /// ``startsName(_:_:_:_:)`` for an article: a name starts there only if a capitalised word follows.
    private static func articleStartsName(_ p: UnsafeBufferPointer<UInt8>, _ w: Word, _ flags: UInt8, _ limit: Int) -> Bool {
        guard w.separator == .hyphen || flags & WordFacts.spacedArticle != 0,
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
