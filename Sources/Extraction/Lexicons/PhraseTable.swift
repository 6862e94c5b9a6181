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

    init(_ phrases: [(String, Value)]) {
        var grouped: [UInt64: [(rest: [UInt64], value: Value)]] = [:]
        var firstWords: [UInt64] = [], oneWordPhrases: [UInt64] = [], secondWords: [UInt64] = []
        for (phrase, value) in phrases {
            let words = phrase.split(separator: " ").map { WordHash.of($0) }
            guard let first = words.first else { continue }
            grouped[first, default: []].append((Array(words.dropFirst()), value))
            firstWords.append(first)
            if words.count == 1 { oneWordPhrases.append(first) } else { secondWords.append(words[1]) }
        }
        for k in grouped.keys { grouped[k]!.sort { $0.rest.count > $1.rest.count } }
        var entries: [Entry] = [], values: [Value] = [], rest: [UInt64] = []
        var ranges: [(UInt64, Range<Int32>)] = []
        for (first, group) in grouped {
            let start = Int32(entries.count)
            for e in group {
                entries.append(Entry(restStart: Int32(rest.count), restCount: Int32(e.rest.count)))
                values.append(e.value)
                rest.append(contentsOf: e.rest)
            }
            ranges.append((first, start..<Int32(entries.count)))
        }
        byFirst = WordMap(ranges)
        self.entries = entries
        self.values = values
        self.rest = rest
        self.firstWords = firstWords
        self.oneWordPhrases = oneWordPhrases
        self.secondWords = secondWords
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
