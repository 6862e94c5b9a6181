import Gazetteer

extension AnalysedText {
    /// Words a gazetteer reads as cues around a name: what precedes it ("province of X", "town of
    /// X", "rural X") and what follows it ("X countryside", "X and Y provinces").
    private static let wordsBefore = 3, wordsAfter = 3
    /// The words the cue reader reads before a name's occurrence ("province of", "rural").
    private static let wordsReadBefore = 2

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
    ///   when the tokens around the name show that the gazetteer would read no cue in those words
    ///   (see ``cueSides(before:after:within:)``): then no byte is read.
    func cueContextBytes(around range: Range<Int>, firstToken t0: Int, endToken t1: Int? = nil) -> Range<Int>? {
        cueContext(around: range, firstToken: t0, endToken: t1, onlyWordsRead: false)
    }

    /// ``cueContextBytes(around:firstToken:endToken:)`` cut to the words the gazetteer reads a cue
    /// from, which it reads the same cue from: when the name occurs only once in those words, the
    /// words of a side that holds no cue word are left out, and only two words are kept before
    /// the name ("town of", "rural"; the cue reader reads no further back).
    func cueReadingBytes(around range: Range<Int>, firstToken t0: Int, endToken t1: Int? = nil) -> Range<Int>? {
        cueContext(around: range, firstToken: t0, endToken: t1, onlyWordsRead: true)
    }

    /// ``cueContextBytes(around:firstToken:endToken:)``, or with `onlyWordsRead`
    /// ``cueReadingBytes(around:firstToken:endToken:)``.
    private func cueContext(around range: Range<Int>, firstToken t0: Int, endToken t1: Int?,
                            onlyWordsRead: Bool) -> Range<Int>? {
        let t1 = tokenIndex(walkingTo: range.upperBound, from: t1 ?? t0)
        // most names have no cue word near at all
        guard anyCueWord(before: t0, after: t1) else { return nil }
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        let first = lo < sentences.count ? min(sentences[lo].start, range.lowerBound) : 0
        let last = lo < sentences.count ? max(sentences[lo].end, range.upperBound) : bytes.count
        let sides = cueSides(before: t0, after: t1, within: first..<last)
        guard sides != .none else { return nil }
        let (wordsBefore, wordsAfter) = onlyWordsRead ? sides.wordsRead : (Self.wordsBefore, Self.wordsAfter)
        return bytes.withUnsafeBufferPointer { b -> Range<Int>? in
            var i = range.lowerBound
            while i > first, Self.isCueLetter(b, i - 1) { i -= 1 }  // the rest of a hyphenated word
            for _ in 0..<wordsBefore {
                while i > first, !Self.isCueLetter(b, i - 1) { i -= 1 }
                while i > first, Self.isCueLetter(b, i - 1) { i -= 1 }
            }
            var j = range.upperBound
            while j < last, Self.isCueLetter(b, j) { j += 1 }
            for _ in 0..<wordsAfter {
                while j < last, !Self.isCueLetter(b, j) { j += 1 }
                while j < last, Self.isCueLetter(b, j) { j += 1 }
            }
            // no separators at the ends
            while i < range.lowerBound, !Self.isCueLetter(b, i) { i += 1 }
            while j > range.upperBound, !Self.isCueLetter(b, j - 1) { j -= 1 }
            // never cut a multi-byte character
            while i > first, b[i] & 0xC0 == 0x80 { i -= 1 }
            while j < last, b[j] & 0xC0 == 0x80 { j += 1 }
            return i..<j
        }
    }

    /// The first token at or after byte `end`, walked to from token `t` (the name is a few tokens
    /// long: walking to its end beats a search).
    @inline(__always)
    private func tokenIndex(walkingTo end: Int, from t: Int) -> Int {
        tokens.withUnsafeBufferPointer { tokens in
            var t = t
            while t < tokens.count, tokens[t].start < end { t += 1 }
            return t
        }
    }

    /// Whether any of the 3 tokens before token `t0` or the 5 from token `t1` is a cue word of
    /// some kind (``TokenFacts/anyCueWord``) — a span that holds the three words either side the
    /// cue reader sees (a word is one token or more; numbers are no words). Without one the
    /// gazetteer reads no cue.
    @inline(__always)
    private func anyCueWord(before t0: Int, after t1: Int) -> Bool {
        tokens.withUnsafeBufferPointer { tokens in
            var facts = TokenFacts()
            for t in max(0, t0 - 3)..<min(t0, tokens.count) { facts.formUnion(tokens[t].facts) }
            for t in t1..<min(tokens.count, t1 + 5) { facts.formUnion(tokens[t].facts) }
            return !facts.isDisjoint(with: .anyCueWord)
        }
    }

    /// On which sides of the name from token `t0` to token `t1` (the first after it) the gazetteer
    /// may read a cue, decided from the ``TokenFacts`` and hashes of the 3 tokens before it and
    /// the 5 from `t1` (as in ``anyCueWord(before:after:)``) that lie within byte range `span`
    /// (its sentence: the cue reader reads no further).
    ///
    /// The gazetteer reads a cue from the words right after an occurrence of the name ("Idlib
    /// province", "Idlib and Hama provinces": ``TokenFacts/cueAfterName``), from the word right
    /// before it ("rural Hama": ``TokenFacts/cueBeforeName``) or from a noun and "of" before it
    /// ("town of Saraqib": ``TokenFacts/cueNounBeforeOf``). So this occurrence may have a cue only
    /// when such words stand on the side they work from; another occurrence of the name among
    /// those words (found by its first token's hash) may have one from any cue word nearby: then
    /// all words count (``CueSides/both``).
    private func cueSides(before t0: Int, after t1: Int, within span: Range<Int>) -> CueSides {
        let of = Self.ofHash
        return tokens.withUnsafeBufferPointer { tokens in
            var before = max(0, t0 - 3)..<min(t0, tokens.count)
            while !before.isEmpty, tokens[before.lowerBound].end <= span.lowerBound { before = before.dropFirst() }
            var after = t1..<min(tokens.count, t1 + 5)
            while !after.isEmpty, tokens[after.upperBound - 1].start >= span.upperBound { after = after.dropLast() }
            var factsBefore = TokenFacts(), factsAfter = TokenFacts(), ofBefore = false
            for t in before {
                factsBefore.formUnion(tokens[t].facts)
                if tokens[t].hash == of { ofBefore = true }
            }
            for t in after { factsAfter.formUnion(tokens[t].facts) }
            // this occurrence's own cues
            let cueBefore = factsBefore.contains(.cueBeforeName) || (ofBefore && factsBefore.contains(.cueNounBeforeOf))
            let cueAfter = factsAfter.contains(.cueAfterName)
            // no cue word left in the sentence: no cue
            guard !factsBefore.union(factsAfter).isDisjoint(with: .anyCueWord) else { return .none }
            // another occurrence of the name nearby: all words count
            guard t0 < tokens.count else { return .both }
            let name = tokens[t0].hash
            for t in before where tokens[t].hash == name { return .both }
            for t in after where tokens[t].hash == name { return .both }
            switch (cueBefore, cueAfter) {
            case (true, true): return .either
            case (true, false): return .before
            case (false, true): return .after
            case (false, false): return .none
            }
        }
    }

    /// Where ``cueSides(before:after:within:)`` found that a cue may be read.
    private enum CueSides {
        /// No cue.
        case none
        /// Only from the words before the name, or only from those after it.
        case before, after
        /// From the words on either side of this occurrence of the name.
        case either
        /// From any of the words around: the name occurs among them again.
        case both

        /// How many words before the name and after it the cue reader needs to find the cue.
        var wordsRead: (before: Int, after: Int) {
            switch self {
            case .none: (0, 0)
            case .before: (AnalysedText.wordsReadBefore, 0)
            case .after: (0, AnalysedText.wordsAfter)
            case .either: (AnalysedText.wordsReadBefore, AnalysedText.wordsAfter)
            case .both: (AnalysedText.wordsBefore, AnalysedText.wordsAfter)
            }
        }
    }

    private static let ofHash = WordHash.of("of")

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
