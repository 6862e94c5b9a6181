/// The words of a sentence as the date and fatality readers read them: by index, hash and first
/// byte, with no String built per word. Arrays of ``Word`` (the tests') and ``SentenceWords``
/// (an analysed sentence's tokens) both serve.
protocol WordSequence {
    /// How many words.
    var count: Int { get }
    /// ``WordHash`` of word `k`.
    func wordHash(_ k: Int) -> UInt64
    /// Whether word `k` is written with a leading capital.
    func isCapitalised(_ k: Int) -> Bool
    /// The first byte of word `k` (0 when it is empty).
    func firstByte(_ k: Int) -> UInt8
    /// The number of UTF-8 bytes of word `k`.
    func byteCount(_ k: Int) -> Int
    /// The lowercased text of word `k` (for the few words read as text).
    func text(_ k: Int) -> String
    /// `Int(text(k))`.
    func int(_ k: Int) -> Int?
    /// ``CalendarWords/number(_:)`` of word `k`.
    func number(_ k: Int) -> Int?
    /// What the lexicons say of word `k` (``TokenFacts``, with ``TokenFacts/startsWithDigit``).
    func facts(_ k: Int) -> TokenFacts
}

extension WordSequence {
    /// Whether word `k` starts with an ASCII digit.
    @inline(__always)
    func startsWithDigit(_ k: Int) -> Bool {
        let f = firstByte(k)
        return f >= 48 && f <= 57
    }
}

extension Array: WordSequence where Element == Word {
    func wordHash(_ k: Int) -> UInt64 { self[k].hash }
    func isCapitalised(_ k: Int) -> Bool { self[k].capitalised }
    func firstByte(_ k: Int) -> UInt8 { self[k].text.utf8.first ?? 0 }
    func byteCount(_ k: Int) -> Int { self[k].text.utf8.count }
    func text(_ k: Int) -> String { self[k].text }
    func int(_ k: Int) -> Int? { Int(self[k].text) }
    func number(_ k: Int) -> Int? { CalendarWords.number(self[k]) }
    func facts(_ k: Int) -> TokenFacts {
        let f = TokenFacts.table.facts(self[k].hash)
        return startsWithDigit(k) ? f.union(.startsWithDigit) : f
    }
}

/// The tokens of one sentence of an ``AnalysedText``, read as words in place: through buffer
/// pointers to the article's tokens and bytes, valid only inside ``with(_:_:_:)``.
struct SentenceWords: WordSequence {
    // (pointers only: a copy of the AnalysedText would be retained and released at every use)
    private let tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>
    /// Index of the sentence's first token.
    let base: Int
    let count: Int

    /// Calls `body` with the words of sentence `s` of `a` (they must not outlive the call).
    static func with<R>(_ a: AnalysedText, _ s: Sentence, _ body: (SentenceWords) -> R) -> R {
        a.tokens.withUnsafeBufferPointer { t in
            a.bytes.withUnsafeBufferPointer { b in
                body(SentenceWords(t, b, s))
            }
        }
    }

    private init(_ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>, _ s: Sentence) {
        self.tokens = tokens
        self.bytes = bytes
        base = s.tokens.lowerBound
        count = s.tokens.count
    }

    // (`base &+ k`: `k` is a word of the sentence, 0..<count, and `base + count` a token count,
    // far below Int.max: the sum cannot wrap; the readers test `k` against `count` themselves)
    @inline(__always) func wordHash(_ k: Int) -> UInt64 { tokens[base &+ k].hash }
    @inline(__always) func isCapitalised(_ k: Int) -> Bool { tokens[base &+ k].isCapitalised }
    @inline(__always) func facts(_ k: Int) -> TokenFacts { tokens[base &+ k].facts }
    @inline(__always) func byteCount(_ k: Int) -> Int { tokens[base &+ k].end - tokens[base &+ k].start }
    @inline(__always) func firstByte(_ k: Int) -> UInt8 {
        let t = tokens[base + k]
        return t.end > t.start ? bytes[t.start] : 0
    }
    /// (``AnalysedText/word(_:)``, built from the bytes in place)
    func text(_ k: Int) -> String {
        let t = tokens[base + k]
        return String(unsafeUninitializedCapacity: t.end - t.start) { out in
            for i in t.start..<t.end {
                let c = bytes[i]
                out[i - t.start] = (c >= 65 && c <= 90) ? c | 0x20 : c
            }
            return t.end - t.start
        }
    }

    /// `Int(text(k))` on the bytes: digits only (a sign or more than 18 digits: read as text).
    func int(_ k: Int) -> Int? {
        let t = tokens[base + k]
        guard t.end > t.start else { return nil }
        let f = bytes[t.start]
        if f == 0x2B || f == 0x2D || t.end - t.start > 18 { return Int(text(k)) }
        var v = 0
        for i in t.start..<t.end {
            let c = bytes[i]
            guard c >= 48 && c <= 57 else { return nil }
            v = v &* 10 &+ Int(c &- 48)
        }
        return v
    }

    /// ``CalendarWords/number(_:)`` on the bytes: digits with commas skipped, a point makes no
    /// number (non-ASCII or more than 18 digits: read as text); number words by hash.
    func number(_ k: Int) -> Int? {
        let t = tokens[base + k]
        guard t.end > t.start, bytes[t.start] >= 48 && bytes[t.start] <= 57 else {
            return CalendarWords.numberHashes[t.hash]
        }
        var v = 0, digits = 0
        for i in t.start..<t.end {
            let c = bytes[i]
            if c == 0x2C { continue }
            if c >= 0x80 || digits == 18 { return CalendarWords.number(text(k)) }
            guard c >= 48 && c <= 57 else { return nil }
            v = v &* 10 &+ Int(c &- 48)
            digits += 1
        }
        return v
    }
}
