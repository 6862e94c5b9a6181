/// The words the per-sentence tests of ``ArticleState`` look for: a token's kinds (the low bits
/// of its ``Token/facts``, from the tokenizer's one probe of ``TokenFacts/table``) tell whether
/// it may start a trigger, may date the sentence, may sum it up or may count the dead. A sentence
/// with none of them is passed over after one cheap pass.
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

    /// The cue words of each kind, as word hashes (``TokenFacts/table`` holds them, and the
    /// tokenizer writes each token's kinds into ``Token/facts``).
    static var words: [([UInt64], SentenceCues)] {
        let lexicon = TriggerLexicon.table
        let oneWord = Set(lexicon.oneWordPhrases)
        return [
            (lexicon.firstWords, .triggerStart),
            (lexicon.firstWords.filter { !oneWord.contains($0) }, .needsSecondWord),
            (TriggerFinder.leadWords.map { WordHash.of($0) }, .triggerLead),
            (dateCueWords.map { WordHash.of($0) }, .dateCue),
            (DateResolver.anchorHashes, .dateAnchor),
            (["since", "toll"].map { WordHash.of($0) }, .summary),
            ((FatalityReader.deathWords + ["toll"]).map { WordHash.of($0) }, .death),
            (TriggerFinder.windowWords.map { WordHash.of($0) }, .silencer),
        ]
    }

    /// The cues of a sentence: the union of its tokens' kinds (read from ``Token/facts``, no
    /// table probed).
    /// - Parameter triggerStarts: set to the tokens that may start a trigger (``trigger``), in
    ///   order: not a word of ``needsSecondWord`` before a word no phrase has second ("the" before
    ///   anything but "deal").
    static func of(_ a: AnalysedText, _ s: Sentence, triggerStarts: inout [Int]) -> SentenceCues {
        triggerStarts.empty()
        return a.tokens.withUnsafeBufferPointer { t in
            precondition(s.tokens.lowerBound >= 0 && s.tokens.upperBound <= t.count)
            let p = t.baseAddress!, end = s.tokens.upperBound
            let trigger = UInt16(Self.trigger.rawValue), lead = UInt16(triggerLead.rawValue)
            let needsSecond = UInt16(needsSecondWord.rawValue), second = TokenFacts.triggerSecond.rawValue
            var all: UInt16 = 0
            var i = s.tokens.lowerBound
            while i < end {
                let f = p[i].facts.rawValue
                i += 1  // (the token after the one read)
                all |= f
                if f & trigger == 0 { continue }
                if f & (needsSecond | lead) == needsSecond, i >= end || p[i].facts.rawValue & second == 0 { continue }
                triggerStarts.append(i - 1)
            }
            return SentenceCues(rawValue: UInt8(truncatingIfNeeded: all))
        }
    }
}
