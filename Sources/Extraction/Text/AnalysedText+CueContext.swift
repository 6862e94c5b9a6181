extension AnalysedText {
    /// Words a gazetteer reads as cues around a name: what precedes it ("province of X", "town of
    /// X", "rural X") and what follows it ("X countryside", "X and Y provinces").
    private static let wordsBefore = 3, wordsAfter = 3

    /// The few words around a place name that carry the gazetteer's cues ("province of X", "X
    /// countryside", "town of X", "X and Hama provinces"), cut from the sentence that holds it.
    ///
    /// Passing this instead of the whole sentence keeps disambiguation cheap on long sentences;
    /// words count as the gazetteer's cue reader counts them (letters, apostrophes and hyphens).
    /// - Parameter range: the name's UTF-8 byte range.
    /// - Returns: the name with up to three words either side, never crossing the sentence; `nil`
    ///   when no cue word is near (the gazetteer then reads no cue, as it would in the sentence).
    func cueContext(around range: Range<Int>) -> String? {
        cueContext(around: range, firstToken: tokenIndex(atOrAfter: range.lowerBound))
    }

    /// ``cueContext(around:)`` when the caller knows the name's first token.
    /// - Parameter t0: the first token starting at or after `range.lowerBound`.
    func cueContext(around range: Range<Int>, firstToken t0: Int) -> String? {
        guard hasCueWord(before: t0, from: range.upperBound) else { return nil }
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        let first = lo < sentences.count ? min(sentences[lo].start, range.lowerBound) : 0
        let last = lo < sentences.count ? max(sentences[lo].end, range.upperBound) : bytes.count
        return bytes.withUnsafeBufferPointer { b -> String in
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
            return String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self)
        }
    }

    /// Whether a word a cue needs is among the 3 tokens before token `t0` or the 5 from the
    /// first token starting at or after byte `end` (the name's end): if not, there is nothing
    /// to read.
    private func hasCueWord(before t0: Int, from end: Int) -> Bool {
        let cueWords = Self.cueWords
        return tokens.withUnsafeBufferPointer { tokens in
            for t in max(0, t0 - 3)..<min(t0, tokens.count) where cueWords.contains(tokens[t].hash) { return true }
            var t1 = t0  // the name is a few tokens long: walking to its end beats a search
            while t1 < tokens.count, tokens[t1].start < end { t1 += 1 }
            for t in t1..<min(tokens.count, t1 + 5) where cueWords.contains(tokens[t].hash) { return true }
            return false
        }
    }

    /// Every word the gazetteer's cues are made of (`Cue` in the Gazetteer module): a name with
    /// none of them nearby has no cue.
    private static let cueWords = WordSet(words: ["province", "provinces", "governorate", "governorates",
        "muhafazat", "countryside", "suburbs", "outskirts", "environs", "hinterland", "of", "rural", "near",
        "outside", "around", "nearby"])

    /// Whether the byte at `k` belongs to a word as the gazetteer's cue reader splits words:
    /// letters (any non-ASCII letter byte), apostrophes (also ’) and hyphens. Other typographic
    /// punctuation (U+2000–U+206F: dashes, quotes) separates words.
    @inline(__always)
    private static func isCueLetter(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        let c = b[k]
        if c < 0x80 {
            // bit c of these 128 bits: ASCII letters, the apostrophe (0x27) and the hyphen (0x2D)
            let low: UInt64 = 1 << 0x27 | 1 << 0x2D
            let high: UInt64 = 0x07FF_FFFE_07FF_FFFE  // A–Z (0x41–0x5A) and a–z (0x61–0x7A)
            return (c < 64 ? low >> c : high >> (c & 63)) & 1 != 0
        }
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
