/// The words the per-sentence tests of ``ArticleState`` look for, in one table: one probe per
/// token tells whether it may start a trigger, may date the sentence, may sum it up or may count
/// the dead. A sentence with none of them is passed over after one cheap pass.
struct SentenceCues: OptionSet, Sendable {
    let rawValue: UInt8

    /// The first word of a phrase of the trigger lexicon.
    static let triggerStart = SentenceCues(rawValue: 1)
    /// The first word of a trigger found outside the lexicon ("drove ... out of", "people left").
    static let triggerLead = SentenceCues(rawValue: 2)
    /// A word that may start a date expression (a sentence without a trigger is still read for one).
    static let dateCue = SentenceCues(rawValue: 4)
    /// A word every date expression without digits holds (``DateResolver/mayHoldDate(_:_:)``).
    static let dateAnchor = SentenceCues(rawValue: 8)
    /// "since" or "toll": the sentence may sum up a period (``TriggerFinder/sinceSummaryCue(_:_:)``).
    static let summary = SentenceCues(rawValue: 16)
    /// A word of death or "toll": the sentence may give a count of the dead (``FatalityReader``).
    static let death = SentenceCues(rawValue: 32)

    /// A first word of the trigger lexicon that starts only phrases of two or more words ("the" of
    /// "the deal"): it may start one only before a second word of some phrase.
    static let needsSecondWord = SentenceCues(rawValue: 64)

    /// A word ``TriggerFinder`` looks for in a window around a trigger (``TriggerFinder/windowWords``).
    static let silencer = SentenceCues(rawValue: 128)

    /// Either kind of trigger start.
    static let trigger: SentenceCues = [.triggerStart, .triggerLead]

    /// Words that may start a date expression.
    private static let dateCueWords = CalendarWords.weekdayNames + ["yesterday", "today", "tonight", "overnight", "earlier", "last", "this",
        "recent", "past", "days", "hours", "weeks", "months", "years", "week", "month", "year", "mid",
        "morning", "night", "evening"] + CalendarWords.monthNames.map(\.0)

    /// Every cue word with the kinds it belongs to.
    static let table: Table = {
        var kinds: [UInt64: SentenceCues] = [:]
        func add(_ hashes: [UInt64], _ k: SentenceCues) { for h in hashes { kinds[h, default: []].insert(k) } }
        let lexicon = TriggerLexicon.table
        add(lexicon.firstWords, .triggerStart)
        let oneWord = Set(lexicon.oneWordPhrases)
        add(lexicon.firstWords.filter { !oneWord.contains($0) }, .needsSecondWord)
        add(TriggerFinder.leadWords.map { WordHash.of($0) }, .triggerLead)
        add(dateCueWords.map { WordHash.of($0) }, .dateCue)
        add(DateResolver.anchorHashes, .dateAnchor)
        add(["since", "toll"].map { WordHash.of($0) }, .summary)
        add((FatalityReader.deathWords + ["toll"]).map { WordHash.of($0) }, .death)
        add(TriggerFinder.windowWords.map { WordHash.of($0) }, .silencer)
        return Table(kinds, secondWords: WordSet(lexicon.secondWords))
    }()

    /// Word hashes and their kinds, open addressing as in ``WordSet`` (the hash 0 marks an empty
    /// slot; no cue word hashes to it), read through buffer pointers in the per-token loops.
    /// Most words are not cue words: a bitmap of the top bits of the cue words' hashes turns
    /// nearly all of them away with one load, before the table is probed.
    struct Table: Sendable {
        private var keys: [UInt64]
        private var values: [SentenceCues]
        private let mask: Int
        /// Bit `h >> 49` (of 2^15) is set for every cue word's hash `h`: with a few hundred cue
        /// words, about one other word in a hundred gets past it.
        private var filter: [UInt64]
        /// The second words of the trigger lexicon's phrases (see ``needsSecondWord``).
        private let secondWords: WordSet

        init(_ kinds: [UInt64: SentenceCues], secondWords: WordSet) {
            self.secondWords = secondWords
            var capacity = 16
            while capacity < kinds.count * 3 { capacity <<= 1 }
            keys = Array(repeating: 0, count: capacity)
            values = Array(repeating: [], count: capacity)
            mask = capacity - 1
            filter = Array(repeating: 0, count: 1 << (15 - 6))
            for (h, k) in kinds {
                precondition(h != 0, "a cue word hashes to the empty-slot marker")
                filter[Int(h >> 55)] |= 1 << (h >> 49 & 63)
                var i = WordSet.slot(h, mask)
                while keys[i] != 0 { i = (i + 1) & mask }
                keys[i] = h
                values[i] = k
            }
        }

        /// The kinds of the word of hash `h` (none for other words).
        @inline(__always)
        func kinds(_ h: UInt64) -> SentenceCues { withLookup { $0.kinds(h) } }

        /// The union of the kinds of `tokens[range]`; the tokens that may start a trigger are
        /// appended to `triggerStarts` (not a word of ``needsSecondWord`` before a word no phrase
        /// has second: "the" before anything but "deal").
        func union(_ tokens: [Token], _ range: Range<Int>, triggerStarts: inout [Int]) -> SentenceCues {
            let secondWords = secondWords
            return withLookup { lookup in
                tokens.withUnsafeBufferPointer { t in
                    precondition(range.lowerBound >= 0 && range.upperBound <= t.count)
                    let p = t.baseAddress!, end = range.upperBound
                    var all: SentenceCues = []
                    var i = range.lowerBound
                    while i < end {
                        let kinds = lookup.kinds(p[i].hash)
                        i += 1  // (the token after the one read)
                        if kinds.isEmpty { continue }
                        all.formUnion(kinds)
                        if kinds.isDisjoint(with: .trigger) { continue }
                        if kinds.contains(.needsSecondWord), !kinds.contains(.triggerLead),
                           i >= end || !secondWords.contains(p[i].hash) { continue }
                        triggerStarts.append(i - 1)
                    }
                    return all
                }
            }
        }

        /// Calls `body` with the table read through pointers, valid during the call.
        @inline(__always)
        private func withLookup<R>(_ body: (Lookup) -> R) -> R {
            keys.withUnsafeBufferPointer { k in
                values.withUnsafeBufferPointer { v in
                    filter.withUnsafeBufferPointer { f in
                        body(Lookup(keys: k.baseAddress!, values: v.baseAddress!, filter: f.baseAddress!, mask: mask))
                    }
                }
            }
        }

        /// The table read through pointers, for the per-token loops.
        private struct Lookup {
            let keys: UnsafePointer<UInt64>
            let values: UnsafePointer<SentenceCues>
            let filter: UnsafePointer<UInt64>
            let mask: Int

            /// The kinds of the word of hash `h` (none for other words).
            @inline(__always)
            func kinds(_ h: UInt64) -> SentenceCues {
                guard filter[Int(h >> 55)] >> (h >> 49 & 63) & 1 != 0 else { return [] }
                var i = WordSet.slot(h, mask)
                while true {
                    let key = keys[i]
                    // the hash 0 meets an empty slot, whose kinds are none
                    if key == h || key == 0 { return values[i] }
                    i = (i + 1) & mask
                }
            }
        }
    }

    /// The cues of a sentence: the union of its tokens' kinds.
    /// - Parameter triggerStarts: set to the tokens that may start a trigger (``trigger``), in order.
    static func of(_ a: AnalysedText, _ s: Sentence, triggerStarts: inout [Int]) -> SentenceCues {
        triggerStarts.empty()
        return table.union(a.tokens, s.tokens, triggerStarts: &triggerStarts)
    }
}
