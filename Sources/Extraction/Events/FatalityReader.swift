/// Reads how many people a sentence reports dead.
///
/// Counts only the dead, never the wounded: "at least 23 gunmen were killed", "killing 12 people",
/// "one child killed", "19 jihadists and 16 soldiers have been killed" (35), "the toll rose to 9".
/// Numbers in words count; vague words take ACLED's conservative values ("dozens" = 12,
/// "hundreds" = 100, "a dozen" = 12). Durations ("24 hours"), distances and years are not counts.
enum FatalityReader {
    /// Words of death: a sentence without one (or "toll") gives no count.
    static let deathWords = ["killed", "dead", "died", "killing", "kills", "deaths", "lives",
                             "death", "slain", "executed", "massacred", "perished", "bodies"]
    private static let deathHashes = WordSet(words: deathWords)
    private static let injuryHashes = WordSet(words: ["wounded", "injured", "injuring", "wounding", "hurt", "injuries"])
    /// Words after a number that make it no count of the dead (durations, distances, weapons…).
    private static let notCounted = WordSet(words: ["hours", "hour", "days", "day", "weeks", "week", "months", "month",
                                                    "years", "year", "km", "kilometres", "kilometers", "miles", "percent",
                                                    "metres", "meters", "times", "am", "pm", "directions", "towns",
                                                    "villages", "km2", "minutes", "rounds", "missiles", "rockets",
                                                    "shells", "strikes", "raids", "facilities", "groups"])
    private static let vague: [String: Int] = ["dozens": 12, "dozen": 12, "scores": 20, "hundreds": 100, "thousands": 1000]

    /// The dead reported in `words` (a sentence, lowercased), or `nil` when it gives no number.
    static func fatalities(in words: [Word]) -> Int? {
        var best: Int?
        for (k, w) in words.enumerated() where deathHashes.contains(w.hash) {
            if w.text == "lives", k == 0 || !["their", "his", "her"].contains(words[k - 1].text) { continue }
            if w.text == "death", k + 1 < words.count, words[k + 1].text == "toll" {
                if let n = toll(words, from: k + 2) { best = max(best ?? 0, n) }
                continue
            }
            if let n = count(words, death: k) { best = max(best ?? 0, n) }
        }
        if best == nil, let t = words.firstIndex(where: { $0.text == "toll" }), let n = toll(words, from: t + 1) {
            best = n
        }
        return best
    }

    /// "toll rose to 9", "toll of 12", "toll stood at 30".
    private static func toll(_ words: [Word], from start: Int) -> Int? {
        var i = start
        while i < min(words.count, start + 6) {
            if ["to", "of", "at", "is", "was", "reached", "hit"].contains(words[i].text), let n = value(words, i + 1) { return n.0 }
            i += 1
        }
        return nil
    }

    /// The number tied to the death word at `k`.
    private static func count(_ words: [Word], death k: Int) -> Int? {
        // active: "killing 12 people", "killed at least 5 civilians", "kills three"
        if ["killing", "killed", "kills"].contains(words[k].text) {
            var j = k + 1
            while j < min(words.count, k + 4), ["at", "least", "more", "than", "about", "around", "some", "nearly", "almost", "over", "up", "to"].contains(words[j].text) { j += 1 }
            if let (n, end) = value(words, j), !(end < words.count && notCounted.contains(words[end].hash)) {
                return n
            }
        }
        // passive: "23 gunmen were killed", "one child killed", "19 X and 16 Y have been killed"
        var total: Int?
        var i = k - 1
        var steps = 0
        while i >= 0 && steps < 8 {
            let t = words[i].text
            if injuryHashes.contains(words[i].hash) || deathHashes.contains(words[i].hash) || t == "," && steps > 0 { break }
            if var (n, end) = value(words, i), end <= k {
                // "twenty seven": read from the tens word
                if i > 0, let (m, mEnd) = value(words, i - 1), mEnd == end, m > n { n = m; i -= 1 }
                if end < words.count, notCounted.contains(words[end].hash) { break }
                if i > 0, ["in", "since", "of"].contains(words[i - 1].text), n > 1900 { break }
                total = (total ?? 0) + n
                // "19 jihadists and 16 ...": keep adding counts joined by "and"
                var j = i - 1
                while j > 0 && j >= i - 4 {
                    if words[j].text == "and", let (m, mEnd) = firstValue(words, from: max(0, j - 4), to: j), mEnd <= j {
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

    /// The first number between `from` and `to`.
    private static func firstValue(_ words: [Word], from: Int, to: Int) -> (Int, Int)? {
        for i in from..<to { if let v = value(words, i), v.1 <= to { return v } }
        return nil
    }

    /// A count written at `i`: digits, number words ("twenty five", "one"), vague words ("dozens"),
    /// "a dozen". Returns the value and the index after it.
    static func value(_ words: [Word], _ i: Int) -> (Int, Int)? {
        guard i >= 0, i < words.count else { return nil }
        let w = words[i].text
        if let v = vague[w] { return (v, i + 1) }
        if (w == "a" || w == "one") && i + 1 < words.count && words[i + 1].text == "dozen" { return (12, i + 2) }
        guard var n = CalendarWords.number(w) else { return nil }
        var j = i + 1
        // "twenty five", "one hundred", "1 000" is not expected
        if n >= 20, n < 100, n % 10 == 0, j < words.count, let u = CalendarWords.number(words[j].text), u < 10, !words[j].text.first!.isNumber {
            n += u; j += 1
        }
        if j < words.count, words[j].text == "hundred" { n *= 100; j += 1 }
        if j < words.count, words[j].text == "thousand" { n *= 1000; j += 1 }
        return (n, j)
    }
}
