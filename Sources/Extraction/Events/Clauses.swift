/// Splits a sentence's tokens into clauses: at commas, semicolons, colons, dashes and brackets,
/// and before "as", "while", "but", "after", "that", "which", "where", "when", "before", and
/// before "and" followed by an auxiliary ("retook X in recent weeks and were battling rebels in Y").
///
/// A comma between two place names ("Saraqeb, Binnish and Taftanaz") does not split: a list of
/// places belongs to one clause.
enum Clauses {
    private static let openers = WordSet(["as", "while", "but", "whereas", "after", "that", "which",
                                                   "where", "when", "before", "although", "though", "because",
                                                   "following", "amid"].map { WordHash.of($0) })
    /// "and were", "and have": an "and" before one of these opens a clause of its own verb.
    private static let auxiliaries = WordSet(words: ["were", "are", "was", "is", "have", "has", "had"])
    private static let and = WordHash.of("and")
    static let when = WordHash.of("when")

    /// Clause index for each token of `sentence` (indexed from the sentence's first token).
    /// - Parameters:
    ///   - placeStarts: first tokens of the sentence's place names (few: searched in order).
    ///   - placeEnds: last tokens of the sentence's place names.
    static func ids(_ a: AnalysedText, _ sentence: Sentence, placeStarts: [Int] = [], placeEnds: [Int] = []) -> [Int] {
        var ids: [Int] = []
        self.ids(a, sentence, placeStarts: placeStarts, placeEnds: placeEnds, into: &ids)
        return ids
    }

    /// ``ids(_:_:placeStarts:placeEnds:)`` written into `ids` (a caller's buffer, its capacity kept).
    static func ids(_ a: AnalysedText, _ sentence: Sentence, placeStarts: [Int], placeEnds: [Int], into ids: inout [Int]) {
        let first = sentence.tokens.lowerBound
        // (one id a token, each written below: the buffer only resized, not cleared first)
        let n = sentence.tokens.count
        if ids.count > n { ids.removeLast(ids.count - n) } else if ids.count < n { ids.append(contentsOf: repeatElement(0, count: n - ids.count)) }
        let openers = Self.openers, auxiliaries = Self.auxiliaries, and = Self.and
        let end = sentence.tokens.upperBound
        ids.withUnsafeMutableBufferPointer { out in
            a.bytes.withUnsafeBufferPointer { b in
                a.tokens.withUnsafeBufferPointer { t in
                    precondition(first >= 0 && end <= t.count)
                    var clause = 0
                    if n > 0 { out[0] = 0 }
                    // (wrapping sums: first < i < end <= t.count, and clause <= n, far below Int.max)
                    var i = first &+ 1
                    while i < end {
                        let lo = t[i &- 1].end, hi = t[i].start, h = t[i].hash
                        // (a single space, the gap between most words, splits nothing)
                        let isSpace = hi &- lo == 1 && b[lo] == 0x20
                        if !isSpace && splits(b, lo..<hi, listOfPlaces: placeEnds.contains(i &- 1) && placeStarts.contains(i))
                            || openers.contains(h)
                            || h == and && i &+ 1 < end && auxiliaries.contains(t[i &+ 1].hash) { clause &+= 1 }
                        out[i &- first] = clause
                        i &+= 1
                    }
                }
            }
        }
    }

    /// Whether clause `clause` of sentence `s` (by its ``ids(_:_:placeStarts:placeEnds:)``) opens
    /// with the word of hash `word` ("when": ", when rebels stormed it" tells of the time before it).
    static func opens(_ clause: Int, with word: UInt64, ids: [Int], _ a: AnalysedText, _ s: Sentence) -> Bool {
        guard let k = ids.firstIndex(of: clause) else { return false }
        return a.tokens[s.tokens.lowerBound + k].hash == word
    }

    /// Whether the bytes between two tokens split clauses: a comma, semicolon, colon or bracket,
    /// a hyphen among other separators (" - "), an en or em dash (E2 80 93 / 94); a comma
    /// alone does not split a list of places.
    @inline(__always)
    private static func splits(_ b: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>, listOfPlaces: @autoclosure () -> Bool) -> Bool {
        var split = false, comma = false, e2 = false, dash = false
        for k in gap {
            switch b[k] {
            case 0x2C: split = true; comma = true
            case 0x3B, 0x3A, 0x28, 0x29: split = true
            case 0x2D: if gap.count > 1 { split = true }
            case 0xE2: e2 = true
            case 0x93, 0x94: dash = true
            default: break
            }
        }
        if gap.count >= 3, e2, dash { split = true }
        if split, comma, listOfPlaces() { split = false }
        return split
    }
}
