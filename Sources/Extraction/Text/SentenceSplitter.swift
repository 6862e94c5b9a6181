/// A byte between tokens that may end a sentence: a line end, `.`, `!` or `?`. The tokenizer
/// notes them as it goes; none lies inside a token but the full stop of a number ("2.5"), which
/// a digit follows, so it ends nothing.
struct SentenceStop {
    /// Its offset in the text.
    var offset: Int
    /// How many tokens come before it: a sentence ending near it holds those.
    var tokensBefore: Int
}

/// Splits article text into sentences, working on UTF-8 bytes.
///
/// A sentence ends at `.`, `!` or `?` followed by space and a capital letter, digit or quote, and
/// at a line end unless the next line goes on in lower case (wrapped text). A full stop after a
/// known abbreviation (`Feb.`, `Mr.`, `Gen.`, `U.S.`, `No.`) or a single capital (an initial) does
/// not end the sentence.
enum SentenceSplitter {
    private static let abbreviations = WordSet([
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sgt", "brig", "cpl", "adm", "gov",
        "sen", "rep", "st", "mt", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr",
        "prof", "rev", "approx", "est", "fig", "al",
    ].map { WordHash.of($0) })

    /// The sentences of `bytes`, given its tokens and its sentence stops (``Tokenizer/tokens(_:)``).
    /// - Complexity: O(n) in the number of stops.
    static func sentences(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], stops: [SentenceStop]) -> [Sentence] {
        var out: [Sentence] = []
        out.reserveCapacity(tokens.count / 16 + 4)
        let n = bytes.count
        let abbreviations = Self.abbreviations
        var sentenceStart = 0
        var tokenStart = 0
        var paragraph = 0
        var pendingParagraphBreak = false

        /// Ends a sentence at byte `end`, after token `tokenIndex - 1`.
        func emit(_ end: Int, _ tokenIndex: Int) {
            if tokenIndex > tokenStart {
                out.append(Sentence(start: sentenceStart, end: end, tokens: tokenStart..<tokenIndex, paragraph: paragraph))
            }
            tokenStart = tokenIndex
            sentenceStart = end
            if pendingParagraphBreak { paragraph += 1; pendingParagraphBreak = false }
        }

        var i = 0  // the bytes before `i` are read
        for stop in stops where stop.offset >= i {
            i = stop.offset
            let b = bytes[i]
            if b == 0x0A {
                // blank line(s): paragraph break
                var j = i + 1
                var blank = false
                while j < n, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0A || bytes[j] == 0x0D {
                    if bytes[j] == 0x0A { blank = true }
                    j += 1
                }
                let nextLower = j < n && bytes[j] >= 97 && bytes[j] <= 122
                if blank || !nextLower {
                    pendingParagraphBreak = true
                    emit(i, stop.tokensBefore)
                }
                i = j
                continue
            }
            // . ! ?
            var j = i + 1
            // closing quotes/brackets after the stop
            while j < n, bytes[j] == 0x22 || bytes[j] == 0x27 || bytes[j] == 0x29 { j += 1 }
            if j + 2 < n, bytes[j] == 0xE2, bytes[j + 1] == 0x80, bytes[j + 2] == 0x9D || bytes[j + 2] == 0x99 { j += 3 }
            guard j < n, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x09 else { i += 1; continue }
            var k = j
            while k < n, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
            let next: UInt8 = k < n ? bytes[k] : 0x41
            let startsNew = (next >= 65 && next <= 90) || (next >= 48 && next <= 57) || next == 0x22
                || next == 0xE2 || next == 0x0A || next >= 0xC3
            if b == 0x2E && (!startsNew || isAbbreviation(before: i, bytes, tokens, stop.tokensBefore, abbreviations)) {
                i += 1
                continue
            }
            if !startsNew { i += 1; continue }
            emit(j, stop.tokensBefore)  // j lies before the next token too: only quotes and space come between
            i = j
        }
        emit(n, tokens.count)
        return out
    }

    /// ``isAbbreviation(before:_:_:_:_:)`` in the common case, without a walk back over the word:
    /// the token before the stop is a word of up to eight ASCII letters that ends at it, after a
    /// byte that is neither an ASCII letter nor a full stop. `nil` in any other case.
    @inline(__always)
    private static func isShortWordAbbreviation(before dot: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token],
                                                _ before: Int, _ abbreviations: WordSet) -> Bool? {
        guard before > 0, dot >= 8 else { return nil }
        let t = tokens[before - 1], length = dot - t.start
        guard t.end == dot, length <= 8 else { return nil }
        if t.start > 0 {
            let c = bytes[t.start - 1]
            guard c != 0x2E, (c | 0x20) &- 0x61 >= 26 else { return nil }
        }
        // the word is the top `length` of the eight bytes before the stop; the others are made
        // letters ("a"), which carry nothing into it
        let w = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + dot - 8).loadUnaligned(as: UInt64.self))
        let word: UInt64 = ~0 &<< UInt64(64 - 8 * length)
        let y = (w & word | 0x6161_6161_6161_6161 & ~word) | 0x2020_2020_2020_2020
        // (y in 0x61...0x7A: y + 0x1F reaches 0x80 and y + 0x05 does not)
        guard ~((y &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(y &+ 0x0505_0505_0505_0505)) & 0x8080_8080_8080_8080 == 0 else { return nil }
        // an initial: a single capital letter
        if length == 1, bytes[t.start] >= 65, bytes[t.start] <= 90 { return true }
        return abbreviations.contains(t.hash)
    }

    /// Whether the word ending at the full stop at `dot` is an abbreviation or an initial.
    /// - Parameter before: how many tokens come before the stop (the last of them usually is
    ///   the word: its hash is then at hand).
    private static func isAbbreviation(before dot: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token],
                                       _ before: Int, _ abbreviations: WordSet) -> Bool {
        if let known = isShortWordAbbreviation(before: dot, bytes, tokens, before, abbreviations) { return known }
        var s = dot
        var dotted = false
        while s > 0 {
            let c = bytes[s - 1]
            if c == 0x2E {
                dotted = true
            } else if (c | 0x20) &- 0x61 >= 26 {  // not an ASCII letter
                break
            }
            s -= 1
        }
        guard s < dot else { return false }
        // "U.S." and initials: a single capital letter before the stop
        if dot - s == 1, bytes[s] >= 65, bytes[s] <= 90 { return true }
        if dotted { return true }  // "U.S" "e.g"
        // the token of exactly these letters has their hash
        if before > 0, tokens[before - 1].start == s, tokens[before - 1].end == dot {
            return abbreviations.contains(tokens[before - 1].hash)
        }
        var h = WordHash.Builder()
        for k in s..<dot { h.add(bytes[k]) }
        return abbreviations.contains(h.value)
    }
}
