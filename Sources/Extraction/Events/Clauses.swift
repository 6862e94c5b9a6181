/// Splits a sentence's tokens into clauses: at commas, semicolons, colons, dashes and brackets,
/// and before "as", "while", "but", "after", "that", "which", "where", "when", "before".
///
/// A comma between two place names ("Saraqeb, Binnish and Taftanaz") does not split: a list of
/// places belongs to one clause.
enum Clauses {
    private static let openers = WordSet(["as", "while", "but", "whereas", "after", "that", "which",
                                                   "where", "when", "before", "although", "though", "because",
                                                   "following", "amid"].map { WordHash.of($0) })

    /// Clause index for each token of `sentence` (indexed from the sentence's first token).
    static func ids(_ a: AnalysedText, _ sentence: Sentence, placeStarts: Set<Int>, placeEnds: Set<Int>) -> [Int] {
        var ids: [Int] = []
        ids.reserveCapacity(sentence.tokens.count)
        var clause = 0
        for i in sentence.tokens {
            if i > sentence.tokens.lowerBound {
                let gap = a.gap(i - 1, i)
                var split = false
                for b in gap where b == 0x2C || b == 0x3B || b == 0x3A || b == 0x28 || b == 0x29 || b == 0x2D && gap.count > 1 {
                    split = true
                }
                // en/em dashes (E2 80 93 / 94)
                if gap.count >= 3, gap.contains(0xE2), gap.contains(0x93) || gap.contains(0x94) { split = true }
                if split, gap.contains(0x2C), placeEnds.contains(i - 1), placeStarts.contains(i) { split = false }
                if openers.contains(a.tokens[i].hash) { split = true }
                if split { clause += 1 }
            }
            ids.append(clause)
        }
        return ids
    }
}
