/// A table of multi-word phrases looked up on token hashes, longest match first.
///
/// Phrases are written in lowercase with words separated by spaces; hyphens in the text split
/// words, so "air-strike" is written "air strike".
///
/// Stored flat (no array per phrase): a look-up copies no arrays and retains nothing.
struct PhraseTable<Value: Sendable>: Sendable {
    /// One phrase: where the words after its first stand in `rest`, and how many there are.
    private struct Entry: Sendable { var restStart: Int32; var restCount: Int32 }
    /// Phrases by the hash of their first word: a range of `entries`, longest first (a
    /// ``WordMap``: one probe per token).
    private let byFirst: WordMap<Range<Int32>>
    private let entries: [Entry]
    private let values: [Value]
    /// The hashes of every phrase's words after the first, phrase after phrase.
    private let rest: [UInt64]
    /// The hash of the first word of every phrase (with repeats).
    let firstWords: [UInt64]
    /// The first words of the one-word phrases (a match at any other first word needs a second word).
    let oneWordPhrases: [UInt64]
    /// The hash of the second word of every phrase of two or more words (with repeats).
    let secondWords: [UInt64]

    /// Built once per process, on the phrases' UTF-8 bytes: no `Character` is read and no
    /// dictionary of arrays is grown (building the trigger lexicon so cost ~4 M instructions).
    init(_ phrases: [(String, Value)]) {
        // the word hashes of every phrase, all in one array: phrase `k`'s are `words[wordRanges[k]]`
        var words: [UInt64] = [], wordRanges: [Range<Int>] = []
        var firstWords: [UInt64] = [], oneWordPhrases: [UInt64] = [], secondWords: [UInt64] = []
        for (phrase, _) in phrases {
            let start = words.count
            Self.appendWordHashes(of: phrase, to: &words)
            wordRanges.append(start..<words.count)
            guard start < words.count else { continue }
            firstWords.append(words[start])
            if words.count - start == 1 { oneWordPhrases.append(words[start]) } else { secondWords.append(words[start + 1]) }
        }
        // the phrases by first word, longest first, in the order given among those of one length
        let order = phrases.indices.filter { !wordRanges[$0].isEmpty }.sorted { a, b in
            let x = wordRanges[a], y = wordRanges[b]
            if words[x.lowerBound] != words[y.lowerBound] { return words[x.lowerBound] < words[y.lowerBound] }
            if x.count != y.count { return x.count > y.count }
            return a < b
        }
        var entries: [Entry] = [], values: [Value] = [], rest: [UInt64] = []
        var ranges: [(UInt64, Range<Int32>)] = []
        entries.reserveCapacity(order.count)
        values.reserveCapacity(order.count)
        for k in order {
            let r = wordRanges[k], first = words[r.lowerBound]
            if ranges.last?.0 != first { ranges.append((first, Int32(entries.count)..<Int32(entries.count))) }
            entries.append(Entry(restStart: Int32(rest.count), restCount: Int32(r.count - 1)))
            values.append(phrases[k].1)
            rest.append(contentsOf: words[(r.lowerBound + 1)..<r.upperBound])
            ranges[ranges.count - 1].1 = ranges[ranges.count - 1].1.lowerBound..<Int32(entries.count)
        }
        byFirst = WordMap(ranges)
        self.entries = entries
        self.values = values
        self.rest = rest
        self.firstWords = firstWords
        self.oneWordPhrases = oneWordPhrases
        self.secondWords = secondWords
    }

    /// Appends the ``WordHash`` of each word of `phrase` (words split at spaces, as
    /// `phrase.split(separator: " ")` splits them) to `words`.
    private static func appendWordHashes(of phrase: String, to words: inout [UInt64]) {
        var builder = WordHash.Builder(), inWord = false
        for c in phrase.utf8 {
            if c != 0x20 { builder.add(c); inWord = true; continue }
            if inWord { words.append(builder.value) }
            builder = WordHash.Builder()
            inWord = false
        }
        if inWord { words.append(builder.value) }
    }

    /// Whether some phrase starts with the word of hash `h`.
    @inline(__always)
    func startsPhrase(_ h: UInt64) -> Bool { byFirst.contains(h) }

    /// The longest phrase starting at token `i` (not running past `end`), with its length in tokens.
    @inline(__always)
    func match(_ tokens: [Token], at i: Int, end: Int) -> (value: Value, length: Int)? {
        guard let group = byFirst[tokens[i].hash] else { return nil }
        let found: Int? = entries.withUnsafeBufferPointer { entries in
            rest.withUnsafeBufferPointer { rest in
                outer: for p in group {
                    let e = entries[Int(p)]
                    let count = Int(e.restCount), start = Int(e.restStart)
                    if i + count >= end { continue }
                    for k in 0..<count where tokens[i + 1 + k].hash != rest[start + k] { continue outer }
                    return Int(p)
                }
                return nil
            }
        }
        guard let p = found else { return nil }
        return (values[p], Int(entries[p].restCount) + 1)
    }
}
