import Gazetteer

extension AnalysedText {
    /// Words a gazetteer reads as cues around a name: what precedes it ("province of X", "town of
    /// X", "rural X") and what follows it ("X countryside", "X and Y provinces").
    private static let wordsBefore = 3, wordsAfter = 3

    /// The few words around a place name that carry the gazetteer's cues ("province of X", "X
    /// countryside", "town of X", "X and Hama provinces"), cut from the sentence that holds it, as a
    /// byte range of the article (whole characters): no string is built.
    ///
    /// Passing this instead of the whole sentence keeps disambiguation cheap on long sentences;
    /// words count as the gazetteer's cue reader counts them (letters, apostrophes and hyphens).
    /// - Parameters:
    ///   - range: the name's UTF-8 byte range.
    ///   - t0: the first token starting at or after `range.lowerBound`.
    ///   - t1: the first token starting at or after `range.upperBound`, if the caller knows it.
    /// - Returns: the name with up to three words either side, never crossing the sentence; `nil`
    ///   when no cue word is near, or only "of" without a place noun ("town", "outskirts", …) in
    ///   those words (the gazetteer then reads no cue, as it would in the sentence).
    func cueContextBytes(around range: Range<Int>, firstToken t0: Int, endToken t1: Int? = nil) -> Range<Int>? {
        let near = cueWordsNear(before: t0, from: range.upperBound, endToken: t1)
        guard near != .none else { return nil }
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        let first = lo < sentences.count ? min(sentences[lo].start, range.lowerBound) : 0
        let last = lo < sentences.count ? max(sentences[lo].end, range.upperBound) : bytes.count
        return bytes.withUnsafeBufferPointer { b -> Range<Int>? in
            var i = range.lowerBound
            while i > first, Self.isCueLetter(b, i - 1) { i -= 1 }  // the rest of a hyphenated word
            for _ in 0..<Self.wordsBefore {
                while i > first, !Self.isCueLetter(b, i - 1) { i -= 1 }
                while i > first, Self.isCueLetter(b, i - 1) { i -= 1 }
            }
            var j = range.upperBound
            while j < last, Self.isCueLetter(b, j) { j += 1 }
            for _ in 0..<Self.wordsAfter {
                while j < last, !Self.isCueLetter(b, j) { j += 1 }
                while j < last, Self.isCueLetter(b, j) { j += 1 }
            }
            // no separators at the ends
            while i < range.lowerBound, !Self.isCueLetter(b, i) { i += 1 }
            while j > range.upperBound, !Self.isCueLetter(b, j - 1) { j -= 1 }
            // never cut a multi-byte character
            while i > first, b[i] & 0xC0 == 0x80 { i -= 1 }
            while j < last, b[j] & 0xC0 == 0x80 { j += 1 }
            // "of" alone makes no cue: "town of X", "outskirts of X" need their noun
            guard near == .others || Self.hasCueNoun(b, i..<j) else { return nil }
            return i..<j
        }
    }

    /// Which words a cue needs are among the 3 tokens before token `t0` or the 5 from the first
    /// token starting at or after byte `end` (the name's end): none (nothing to read), only "of"
    /// (a cue then also needs a place noun, which the caller checks), or others.
    /// (`t1`, if given, is that first token at or after `end`.)
    private func cueWordsNear(before t0: Int, from end: Int, endToken t1: Int?) -> CueWordsNear {
        let of = Self.ofHash
        return tokens.withUnsafeBufferPointer { tokens in
            var found = CueWordsNear.none
            for t in max(0, t0 - 3)..<min(t0, tokens.count) where tokens[t].facts.contains(.placeCue) {
                if tokens[t].hash != of { return .others }
                found = .onlyOf
            }
            var t1 = t1 ?? t0  // the name is a few tokens long: walking to its end beats a search
            while t1 < tokens.count, tokens[t1].start < end { t1 += 1 }
            for t in t1..<min(tokens.count, t1 + 5) where tokens[t].facts.contains(.placeCue) {
                if tokens[t].hash != of { return .others }
                found = .onlyOf
            }
            return found
        }
    }

    /// What ``cueWordsNear(before:from:endToken:)`` saw.
    private enum CueWordsNear { case none, onlyOf, others }

    private static let ofHash = WordHash.of("of")

    /// Whether the words of ASCII text `b[r]` (letters, apostrophes and hyphens, as the cue reader
    /// splits them) hold a word every cue needs besides "of", "and" and "or" — a place noun
    /// ("province", "town", "outskirts", …) or a nearness word ("rural", "near", …). Non-ASCII text
    /// answers yes (its words might lowercase to one). Without one the gazetteer's cue reader finds
    /// no cue, so no string need be built.
    private static func hasCueNoun(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let nouns = cueNouns
        var k = r.lowerBound
        while k < r.upperBound {
            let c = b[k]
            if c >= 0x80 { return true }
            guard isASCIICueLetter(c) else { k += 1; continue }
            // a word: only its bounds are found byte by byte; one of a noun's length is packed
            // afterwards (lowercased: no noun holds ' or -)
            var e = k + 1
            while e < r.upperBound, b[e] < 0x80, isASCIICueLetter(b[e]) { e += 1 }
            let n = e - k
            if n >= nouns.shortest && n <= nouns.longest {
                var low = UInt64(0), high = UInt64(0)
                for m in 0..<n {
                    let v = UInt64(b[k + m] | 0x20) << (8 * UInt64(m & 7))
                    if m < 8 { low |= v } else { high |= v }
                }
                if nouns.mayContain(low), nouns.contains(low, high, n) { return true }
            }
            k = e
        }
        return false
    }

    /// The words of ``hasCueNoun(_:_:)``, each packed eight bytes to an integer, with a 64-bit
    /// filter on the first eight bytes that rules out most other words at once.
    private struct CueNouns {
        let keys: [(low: UInt64, high: UInt64, count: Int)]
        let filter: UInt64
        /// The lengths of the shortest and the longest noun (no longer than 16 bytes).
        let shortest: Int, longest: Int

        init(_ words: [String]) {
            keys = words.map { word in
                var key = (low: UInt64(0), high: UInt64(0), count: word.utf8.count)
                for (n, c) in word.utf8.enumerated() {
                    if n < 8 { key.low |= UInt64(c) << (8 * UInt64(n)) } else { key.high |= UInt64(c) << (8 * UInt64(n - 8)) }
                }
                return key
            }
            filter = keys.reduce(0) { $0 | 1 &<< Self.bit($1.low) }
            shortest = keys.map(\.count).min()!
            longest = keys.map(\.count).max()!
            precondition(longest <= 16)
        }

        @inline(__always) private static func bit(_ low: UInt64) -> UInt64 { (low &* 0x9E37_79B9_7F4A_7C15) >> 58 }

        /// False when no noun starts with these eight bytes.
        @inline(__always) func mayContain(_ low: UInt64) -> Bool { filter >> Self.bit(low) & 1 != 0 }

        func contains(_ low: UInt64, _ high: UInt64, _ count: Int) -> Bool {
            keys.contains { $0.low == low && $0.high == high && $0.count == count }
        }
    }

    private static let cueNouns = CueNouns(Gazetteer.cueNouns)

    /// Every word the gazetteer's cues are made of (`Cue` in the Gazetteer module): a name with
    /// none of them nearby has no cue.
    /// Tokens of these words have the ``TokenFacts/placeCue`` bit, which ``cueWordsNear(before:from:endToken:)`` tests.
    static let cueWordList = ["province", "provinces", "governorate", "governorates",
        "muhafazat", "countryside", "suburbs", "outskirts", "environs", "hinterland", "of", "rural", "near",
        "outside", "around", "nearby"]

    /// Whether ASCII byte `c` (below 0x80) belongs to a word as the cue reader splits words.
    @inline(__always)
    private static func isASCIICueLetter(_ c: UInt8) -> Bool {
        // bit c of these 128 bits: ASCII letters, the apostrophe (0x27) and the hyphen (0x2D)
        let low: UInt64 = 1 << 0x27 | 1 << 0x2D
        let high: UInt64 = 0x07FF_FFFE_07FF_FFFE  // A–Z (0x41–0x5A) and a–z (0x61–0x7A)
        return (c < 64 ? low >> c : high >> (c & 63)) & 1 != 0
    }

    /// Whether the byte at `k` belongs to a word as the gazetteer's cue reader splits words:
    /// letters (any non-ASCII letter byte), apostrophes (also ’) and hyphens. Other typographic
    /// punctuation (U+2000–U+206F: dashes, quotes) separates words.
    @inline(__always)
    private static func isCueLetter(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        let c = b[k]
        if c < 0x80 { return isASCIICueLetter(c) }
        // find the lead byte of this character
        var s = k
        while s > 0, b[s] & 0xC0 == 0x80, k - s < 3 { s -= 1 }
        if b[s] == 0xE2, s + 2 < b.count, b[s + 1] == 0x80 || b[s + 1] == 0x81 {
            return b[s + 1] == 0x80 && b[s + 2] == 0x99  // ’ is part of a word
        }
        if b[s] == 0xC2 { return false }  // no-break space, « », and other Latin-1 punctuation
        return true
    }
}
