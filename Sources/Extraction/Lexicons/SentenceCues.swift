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
    struct Table: Sendable {
        private var keys: [UInt64]
        private var values: [SentenceCues]
        private let mask: Int
        /// The second words of the trigger lexicon's phrases (see ``needsSecondWord``).
        private let secondWords: WordSet

        init(_ kinds: [UInt64: SentenceCues], secondWords: WordSet) {
            self.secondWords = secondWords
            var capacity = 16
            while capacity < kinds.count * 3 { capacity <<= 1 }
            keys = Array(repeating: 0, count: capacity)
            values = Array(repeating: [], count: capacity)
            mask = capacity - 1
            for (h, k) in kinds {
                precondition(h != 0, "a cue word hashes to the empty-slot marker")
                var i = WordSet.slot(h, mask)
                while keys[i] != 0 { i = (i + 1) & mask }
                keys[i] = h
                values[i] = k
            }
        }

        /// The kinds of the word of hash `h` (none for other words).
        @inline(__always)
        func kinds(_ h: UInt64) -> SentenceCues {
            keys.withUnsafeBufferPointer { k in values.withUnsafeBufferPointer { v in Self.kinds(h, k, v, mask) } }
        }

        /// The union of the kinds of `tokens[range]`; the tokens that may start a trigger are
        /// appended to `triggerStarts` (not a word of ``needsSecondWord`` before a word no phrase
        /// has second: "the" before anything but "deal").
        func union(_ tokens: [Token], _ range: Range<Int>, triggerStarts: inout [Int]) -> SentenceCues {
            var all: SentenceCues = []
            let secondWords = secondWords
            keys.withUnsafeBufferPointer { k in
                values.withUnsafeBufferPointer { v in
                    tokens.withUnsafeBufferPointer { t in
                        for i in range {
                            let kinds = Self.kinds(t[i].hash, k, v, mask)
                            if kinds.isEmpty { continue }
                            all.formUnion(kinds)
                            if kinds.isDisjoint(with: .trigger) { continue }
                            if kinds.contains(.needsSecondWord), !kinds.contains(.triggerLead),
                               i + 1 >= range.upperBound || !secondWords.contains(t[i + 1].hash) { continue }
                            triggerStarts.append(i)
                        }
                    }
                }
            }
            return all
        }

        @inline(__always)
        private static func kinds(_ h: UInt64, _ k: UnsafeBufferPointer<UInt64>, _ v: UnsafeBufferPointer<SentenceCues>,
                                  _ mask: Int) -> SentenceCues {
            var i = WordSet.slot(h, mask)
            while true {
                let key = k[i]
                if key == h { return h == 0 ? [] : v[i] }
                if key == 0 { return [] }
                i = (i + 1) & mask
            }
        }
    }

    /// The cues of a sentence: the union of its tokens' kinds.
    /// - Parameter triggerStarts: set to the tokens that may start a trigger (``trigger``), in order.
    static func of(_ a: AnalysedText, _ s: Sentence, triggerStarts: inout [Int]) -> SentenceCues {
        if !triggerStarts.isEmpty { triggerStarts.removeAll(keepingCapacity: true) }
        return table.union(a.tokens, s.tokens, triggerStarts: &triggerStarts)
    }
}
