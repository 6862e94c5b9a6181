import Gazetteer

/// What the lexicons say about one word, found with ONE probe per token.
///
/// The tokenizer looks every token's hash up in ``table`` once and keeps the answer in
/// ``Token/facts``; the per-token readers (``SentenceCues``, ``PlaceFinder``'s pattern starts,
/// the actor and trigger tables, the date and fatality readers) test these bits instead of each
/// probing a table of its own with the same hash. A bit is exact — set if and only if the word's
/// hash is in that lexicon — so a reader may use it as its test, or as a pre-filter before a
/// phrase match.
struct TokenFacts: OptionSet, Hashable, Sendable {
    let rawValue: UInt16

    /// The low eight bits are the word's ``SentenceCues`` (same values).
    var cues: SentenceCues { SentenceCues(rawValue: UInt8(truncatingIfNeeded: rawValue)) }

    /// The second word of a phrase of two or more words of the trigger lexicon ("deal" of "the deal").
    static let triggerSecond = TokenFacts(rawValue: 1 << 8)
    /// A word that may start a sentence pattern of ``PlaceFinder`` ("town" of "the town of", "the",
    /// "a", "an", "known").
    static let placePattern = TokenFacts(rawValue: 1 << 9)
    /// The first word of a phrase of the actor lexicon (``ActorLexicon``).
    static let actorStart = TokenFacts(rawValue: 1 << 10)

    /// A word that may open a date expression (``DateResolver/openerHashes``).
    static let dateOpener = TokenFacts(rawValue: 1 << 11)
    /// The word starts with an ASCII digit: set by the tokenizer, never in ``table``.
    static let startsWithDigit = TokenFacts(rawValue: 1 << 12)
    /// ``SentenceCues/dateAnchor``: a word every date expression without digits holds.
    static let dateAnchor = TokenFacts(rawValue: UInt16(SentenceCues.dateAnchor.rawValue))

    /// ``SentenceCues/death``: a word of death, or "toll".
    static let death = TokenFacts(rawValue: UInt16(SentenceCues.death.rawValue))
    /// The three kinds of word the gazetteer reads a place name's cue from (its `Cue`), which
    /// ``AnalysedText/cueContextBytes(around:firstToken:endToken:)`` tests before it reads any byte.
    /// A word that gives a cue after a name: "province", "provinces", "countryside", … ("Idlib
    /// province", "Hama countryside").
    static let cueAfterName = TokenFacts(rawValue: 1 << 13)
    /// A word that gives a cue right before a name: "rural", "near", "outside", "around", "nearby".
    static let cueBeforeName = TokenFacts(rawValue: 1 << 14)
    /// A noun that gives a cue before "of" and a name: "province", "city", "town", "village",
    /// "camp", "outskirts", "vicinity", … ("town of Saraqib").
    static let cueNounBeforeOf = TokenFacts(rawValue: 1 << 15)
    /// Any of the three cue word kinds.
    static let anyCueWord: TokenFacts = [.cueAfterName, .cueBeforeName, .cueNounBeforeOf]

    /// Every lexicon word with its facts, built once.
    static let table: FactTable = {
        var facts: [UInt64: TokenFacts] = [:]
        func add(_ hashes: [UInt64], _ f: TokenFacts) { for h in hashes { facts[h, default: []].insert(f) } }
        for (hashes, cue) in SentenceCues.words { add(hashes, TokenFacts(rawValue: UInt16(cue.rawValue))) }
        add(TriggerLexicon.table.secondWords, .triggerSecond)
        add(PlaceFinder.patternStartWords.map { WordHash.of($0) }, .placePattern)
        add(ActorLexicon.table.firstWords, .actorStart)
        add(DateResolver.openerHashes, .dateOpener)
        add(Gazetteer.cueWordsAfterName.map { WordHash.of($0) }, .cueAfterName)
        add(Gazetteer.cueWordsBeforeName.map { WordHash.of($0) }, .cueBeforeName)
        add(Gazetteer.cueNounsBeforeOf.map { WordHash.of($0) }, .cueNounBeforeOf)
        return FactTable(facts)
    }()
}

/// Word hashes and their ``TokenFacts``: open addressing as in ``WordSet`` (the hash 0 marks an
/// empty slot; no lexicon word hashes to it). Most words are in no lexicon: a bitmap of the top
/// bits of the lexicon words' hashes turns nearly all of them away with one load, before the
/// table is probed.
///
/// The arrays are allocated once for the process's one table (``TokenFacts/table``) and never
/// freed, so that a lookup reads them through plain pointers: no closure, no retain.
struct FactTable: @unchecked Sendable {
    private let keys: UnsafeMutablePointer<UInt64>
    private let values: UnsafeMutablePointer<TokenFacts>
    /// Bit `h >> 49` (of 2^15) is set for every word's hash `h`: with several hundred words,
    /// about one other word in fifty gets past it.
    private let filter: UnsafeMutablePointer<UInt64>
    private let mask: Int

    init(_ facts: [UInt64: TokenFacts]) {
        var capacity = 16
        while capacity < facts.count * 3 { capacity <<= 1 }
        mask = capacity - 1
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: 0, count: capacity)
        values = .allocate(capacity: capacity)
        values.initialize(repeating: [], count: capacity)
        let filterWords = 1 << (15 - 6)
        filter = .allocate(capacity: filterWords)
        filter.initialize(repeating: 0, count: filterWords)
        // (in order of hash: the same layout, and the same probes, in every run)
        for (h, f) in facts.sorted(by: { $0.key < $1.key }) {
            precondition(h != 0, "a lexicon word hashes to the empty-slot marker")
            filter[Int(h >> 55)] |= 1 << (h >> 49 & 63)
            var i = WordSet.slot(h, mask)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = h
            values[i] = f
        }
    }

    /// The facts of the word of hash `h` (none for other words).
    @inline(__always)
    func facts(_ h: UInt64) -> TokenFacts {
        guard filter[Int(h >> 55)] >> (h >> 49 & 63) & 1 != 0 else { return [] }
        var i = WordSet.slot(h, mask)
        while true {
            let key = keys[i]
            // the hash 0 meets an empty slot, whose facts are none
            if key == h || key == 0 { return values[i] }
            i = (i + 1) & mask
        }
    }
}
