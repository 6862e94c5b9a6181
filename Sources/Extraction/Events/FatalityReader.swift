/// Reads how many people a sentence reports dead.
///
/// Counts only the dead, never the wounded: "at least 23 gunmen were killed", "killing 12 people",
/// "one child killed", "19 jihadists and 16 soldiers have been killed" (35), "the toll rose to 9".
/// Numbers in words count; vague words take ACLED's conservative values ("dozens" = 12,
/// "hundreds" = 100, "a dozen" = 12). Durations ("24 hours"), distances and years are not counts.
enum FatalityReader {
    /// Words of death: a sentence without one (or "toll") gives no count.
    static let deathWords = ["killed", "dead", "died", "killing", "kills", "deaths", "lives",
                             "death", "slain", "executed", "massacred", "perished", "bodies", "martyred", "martyrs"]
    static let deathHashes = WordSet(words: deathWords)
    private static let injuryHashes = WordSet(words: ["wounded", "injured", "injuring", "wounding", "hurt", "injuries"])
    /// Words after a number that make it no count of the dead (durations, distances, weapons…).
    private static let notCounted = WordSet(words: ["hours", "hour", "days", "day", "weeks", "week", "months", "month",
                                                    "years", "year", "km", "kilometres", "kilometers", "miles", "percent",
                                                    "metres", "meters", "times", "am", "pm", "directions", "towns",
                                                    "villages", "km2", "minutes", "rounds", "missiles", "rockets",
                                                    "shells", "strikes", "raids", "facilities", "groups"])
    private static let vague = WordMap(["dozens": 12, "dozen": 12, "scores": 20, "hundreds": 100, "thousands": 1000]
        .map { (WordHash.of($0.key), $0.value) })
    /// Hashes of the words the readers compare (instead of the words' text).
    private enum H {
        static let lives = WordHash.of("lives"), death = WordHash.of("death"), toll = WordHash.of("toll"),
            and = WordHash.of("and"), a = WordHash.of("a"), one = WordHash.of("one"), dozen = WordHash.of("dozen"),
            hundred = WordHash.of("hundred"), thousand = WordHash.of("thousand"), comma = WordHash.of(","),
            of = WordHash.of("of"), number = WordHash.of("number")
    }
    /// "their lives": the lives lost
    private static let possessives = WordSet(words: ["their", "his", "her"])
    /// "toll rose to 9", "toll of 12"
    private static let tollLinks = WordSet(words: ["to", "of", "at", "is", "was", "reached", "hit"])
    /// Death words followed by their count ("killing 12", "executed 56 captured soldiers").
    private static let activeDeaths = WordSet(words: ["killing", "killed", "kills", "executed", "massacred"])
    /// Words between an active death word and its count ("killed at least 5").
    private static let hedges = WordSet(words: ["at", "least", "more", "than", "about", "around", "some", "nearly",
                                                "almost", "over", "up", "to"])
    /// "five of them", "three of whom": a part of a count named before.
    private static let partOf = WordSet(words: ["them", "whom"])
    /// Words before a year ("in 2014"), not a count.
    private static let yearIntros = WordSet(words: ["in", "since", "of"])

    /// The dead reported in `words` (a sentence, lowercased), or `nil` when it gives no number.
    static func fatalities<W: WordSequence>(in words: W) -> Int? {
        var best: Int?
        for k in 0..<words.count {
            let w = words.wordHash(k)
            // (a word of death: the death cue of its facts, but "toll")
            guard words.facts(k).contains(.death), w != H.toll else { continue }
            if w == H.lives, k == 0 || !possessives.contains(words.wordHash(k - 1)) {
                // "claiming the lives of 25 citizens"
                if k + 1 < words.count, words.wordHash(k + 1) == H.of, let n = counted(words, from: k + 2) { best = max(best ?? 0, n) }
                continue
            }
            // "the number of martyrs had risen to 26": a toll
            if k >= 2, words.wordHash(k - 1) == H.of, words.wordHash(k - 2) == H.number, let n = toll(words, from: k + 1) {
                best = max(best ?? 0, n)
                continue
            }
            if w == H.death, k + 1 < words.count, words.wordHash(k + 1) == H.toll {
                if let n = toll(words, from: k + 2) { best = max(best ?? 0, n) }
                continue
            }
            if let n = count(words, death: k) { best = max(best ?? 0, n) }
        }
        if best == nil, let t = (0..<words.count).first(where: { words.wordHash($0) == H.toll }),
           let n = toll(words, from: t + 1) {
            best = n
        }
        return best
    }

    /// "toll rose to 9", "toll of 12", "toll stood at 30"; over a long name of the event to its
    /// rise ("the toll from Tuesday's explosion of a tanker in the centre of Afrin rose overnight to 46").
    private static func toll<W: WordSequence>(_ words: W, from start: Int) -> Int? {
        var i = start
        while i < min(words.count, start + 6) {
            if tollLinks.contains(words.wordHash(i)), let n = value(words, i + 1) { return n.0 }
            i += 1
        }
        guard let rise = (start..<min(words.count, start + 20)).first(where: { tollRises.contains(words.wordHash($0)) }) else { return nil }
        for k in (rise + 1)..<min(words.count, rise + 4) where tollLinks.contains(words.wordHash(k)) {
            if let n = value(words, k + 1) { return n.0 }
        }
        return nil
    }
    private static let tollRises = WordSet(words: ["rose", "risen", "climbed", "reached", "jumped", "increased", "stood"])

    /// The number tied to the death word at `k`.
    private static func count<W: WordSequence>(_ words: W, death k: Int) -> Int? {
        // active: "killing 12 people", "killed at least 5 civilians", "kills three"
        if activeDeaths.contains(words.wordHash(k)), let n = counted(words, from: k + 1) { return n }
        // passive: "23 gunmen were killed", "one child killed", "19 X and 16 Y have been killed"
        var total: Int?
        var i = k - 1
        var steps = 0
        while i >= 0 && steps < 8 {
            let t = words.wordHash(i)
            if injuryHashes.contains(t) || deathHashes.contains(t) || t == H.comma && steps > 0 { break }
            if let (first, end) = value(words, i), end <= k {
                var n = first
                // "twenty seven": read from the tens word
                if i > 0, let (m, mEnd) = value(words, i - 1), mEnd == end, m > n { n = m; i -= 1 }
                if end < words.count, notCounted.contains(words.wordHash(end)) { break }
                if i > 0, yearIntros.contains(words.wordHash(i - 1)), n > 1900 { break }
                // "eight civilians, five of them children, were killed": the whole, not its part
                if end + 1 < words.count, words.wordHash(end) == H.of, partOf.contains(words.wordHash(end + 1)),
                   let whole = (max(0, i - 3)..<i).reversed().lazy.compactMap({ value(words, $0) }).first(where: { $0.1 <= i }) {
                    return whole.0
                }
                total = (total ?? 0) + n
                // "19 jihadists and 16 ...": keep adding counts joined by "and"
                var j = i - 1
                while j > 0 && j >= i - 4 {
                    if words.wordHash(j) == H.and, let (m, mEnd) = firstValue(words, from: max(0, j - 4), to: j), mEnd <= j {
                        total! += m
                        break
                    }
                    j -= 1
                }
                return total
            }
            i -= 1
            steps += 1
        }
        return nil
    }

    /// The count that starts at `start`, over hedges ("at least 5 civilians"), unless a word
    /// after it makes it no count of people ("12 hours").
    private static func counted<W: WordSequence>(_ words: W, from start: Int) -> Int? {
        var j = start
        while j < min(words.count, start + 3), hedges.contains(words.wordHash(j)) { j += 1 }
        guard let (n, end) = value(words, j), !(end < words.count && notCounted.contains(words.wordHash(end))) else { return nil }
        return n
    }

    /// The first number between `from` and `to`.
    private static func firstValue<W: WordSequence>(_ words: W, from: Int, to: Int) -> (Int, Int)? {
        for i in from..<to { if let v = value(words, i), v.1 <= to { return v } }
        return nil
    }

    /// A count written at `i`: digits, number words ("twenty five", "one"), vague words ("dozens"),
    /// "a dozen". Returns the value and the index after it.
    static func value<W: WordSequence>(_ words: W, _ i: Int) -> (Int, Int)? {
        guard i >= 0, i < words.count else { return nil }
        let w = words.wordHash(i)
        if let v = vague[w] { return (v, i + 1) }
        if (w == H.a || w == H.one) && i + 1 < words.count && words.wordHash(i + 1) == H.dozen { return (12, i + 2) }
        guard var n = words.number(i) else { return nil }
        var j = i + 1
        // "twenty five", "one hundred", "1 000" is not expected
        if n >= 20, n < 100, n % 10 == 0, j < words.count, let u = words.number(j), u < 10, !words.startsWithDigit(j) {
            n += u; j += 1
        }
        if j < words.count, words.wordHash(j) == H.hundred { n *= 100; j += 1 }
        if j < words.count, words.wordHash(j) == H.thousand { n *= 1000; j += 1 }
        return (n, j)
    }
}
