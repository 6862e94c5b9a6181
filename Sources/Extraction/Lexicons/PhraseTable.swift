/// A table of multi-word phrases looked up on token hashes, longest match first.
///
/// Phrases are written in lowercase with words separated by spaces; hyphens in the text split
/// words, so "air-strike" is written "air strike".
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable { var rest: [UInt64]; var value: Value }
    /// Phrases by the hash of their first word, longest first (a ``WordMap``: one probe per token).
    private let byFirst: WordMap<[Entry]>

    init(_ phrases: [(String, Value)]) {
        var grouped: [UInt64: [Entry]] = [:]
        for (phrase, value) in phrases {
            let words = phrase.split(separator: " ").map { WordHash.of($0) }
            guard let first = words.first else { continue }
            grouped[first, default: []].append(Entry(rest: Array(words.dropFirst()), value: value))
        }
        for k in grouped.keys { grouped[k]!.sort { $0.rest.count > $1.rest.count } }
        byFirst = WordMap(grouped.map { ($0.key, $0.value) })
    }

    /// Whether some phrase starts with the word of hash `h`.
    @inline(__always)
    func startsPhrase(_ h: UInt64) -> Bool { byFirst.contains(h) }

    /// The longest phrase starting at token `i` (not running past `end`), with its length in tokens.
    @inline(__always)
    func match(_ tokens: [Token], at i: Int, end: Int) -> (value: Value, length: Int)? {
        guard let entries = byFirst[tokens[i].hash] else { return nil }
        outer: for e in entries {
            if i + e.rest.count >= end { continue }
            for (k, h) in e.rest.enumerated() where tokens[i + 1 + k].hash != h { continue outer }
            return (e.value, e.rest.count + 1)
        }
        return nil
    }
}
