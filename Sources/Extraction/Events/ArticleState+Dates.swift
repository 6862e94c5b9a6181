import EventModel
import Foundation
import Gazetteer

/// The dates of a sentence: its date expressions, the date carried from earlier sentences, and the
/// background that long dates, "came ... after" and sayings mark.
extension ArticleState {
    /// Moves to `silenced` the triggers of `kept` that a long date of the sentence (among its
    /// date `expressions`) marks as background: those of its clause; of a "when" clause right
    /// after it and the clauses after that up to one with a short date of its own ("in July
    /// 2018, when gunmen killed 200 people, an attack that ..."); of the clauses before a long
    /// date set apart as a clause of its own, back to one with a short date ("drove them out of
    /// the city, late last month, and ..."); after a long date opening the sentence ("Since late
    /// April, government forces have pressed ..."), of every clause without a short date of its own.
    static func silenceBackground(_ a: AnalysedText, _ s: Sentence,
                                          expressions: [(span: DateSpan, range: Range<Int>)],
                                          kept: inout [Trigger], silenced: inout [Trigger]) {
        let first = s.tokens.lowerBound
        let ids = Clauses.ids(a, s)
        let shortClauses = expressions.filter { !$0.span.isLong }.map { ids[$0.range.lowerBound] }
        let long = expressions.filter(\.span.isLong)
        let longClauses = long.map { ids[$0.range.lowerBound] }
        // (the clauses each long date reaches beyond its own: from a "when" clause after it to
        // the next with a short date; before one that is a clause of its own, back to one)
        var told: [Range<Int>] = []
        for e in long {
            let c = ids[e.range.lowerBound]
            if !shortClauses.contains(c + 1), Clauses.opens(c + 1, with: Clauses.when, ids: ids, a, s) {
                told.append((c + 1)..<(shortClauses.filter { $0 > c + 1 }.min() ?? Int.max))
            }
            if c > 0, !shortClauses.contains(c), ids[e.range.lowerBound - 1] != c,
               e.range.upperBound == ids.count || ids[e.range.upperBound] != c {
                told.append(((shortClauses.filter { $0 < c }.max() ?? -1) + 1)..<c)
            }
        }
        let whole = long.contains { $0.range.lowerBound <= 1 }
        func background(_ t: Trigger) -> Bool {
            let c = ids[t.range.lowerBound - first]
            return longClauses.contains(c) || told.contains { $0.contains(c) } || whole && !shortClauses.contains(c)
        }
        silenced += kept.filter(background)
        kept.removeAll(where: background)
    }

    /// The date of sentence `s` among its date `expressions`: the first short one that does not
    /// date a saying, else the first short one ("said on Friday that they had seen fighting on
    /// Thursday": the day of the saying gives way). Read by index: no expression copied.
    static func sentenceDate(_ expressions: [(span: DateSpan, range: Range<Int>)], _ a: AnalysedText, _ s: Sentence) -> DateSpan? {
        var firstShort: DateSpan?
        for k in expressions.indices where !expressions[k].span.isLong {
            if !followsSaying(a, s, expressions[k].range.lowerBound) { return expressions[k].span }
            if firstShort == nil { firstShort = expressions[k].span }
        }
        return firstShort
    }

    /// Whether the date expression starting at word `k` of sentence `s` dates a saying ("said on
    /// Friday", "announced Monday").
    static func followsSaying(_ a: AnalysedText, _ s: Sentence, _ k: Int) -> Bool {
        // (the expression may start at "on" or after it)
        var t = s.tokens.lowerBound + k
        if t < s.tokens.upperBound, a.tokens[t].hash != on { t -= 1 }
        if t >= s.tokens.lowerBound, a.tokens[t].hash == on { t -= 1 }
        return t >= s.tokens.lowerBound && sayings.contains(a.tokens[t].hash)
    }

    /// ``DateResolver/mayHoldDate(_:_:)`` with the sentence's cues: a date anchor among them, or a
    /// token starting with a digit.
    static func mayHoldDate(_ a: AnalysedText, _ s: Sentence, _ cues: SentenceCues) -> Bool {
        if cues.contains(.dateAnchor) { return true }
        return a.bytes.withUnsafeBufferPointer { b in
            a.tokens.withUnsafeBufferPointer { t in
                s.tokens.contains { b[t[$0].start] &- 48 < 10 }
            }
        }
    }

    /// ``TriggerFinder/isSinceSummary(_:_:)``, not looked for without "since" or "toll".
    func isSinceSummary(_ s: Sentence, _ cues: SentenceCues) -> Bool {
        cues.contains(.summary) && TriggerFinder.isSinceSummary(a, s)
    }

    /// The date expressions of a sentence, in order (with no reference day, only full dates).
    func dateExpressions(_ s: Sentence) -> [(span: DateSpan, range: Range<Int>)] {
        var expressions: [(span: DateSpan, range: Range<Int>)] = []
        dateExpressions(s, into: &expressions)
        return expressions
    }

    /// ``dateExpressions(_:)`` written into `expressions` (a buffer, emptied first).
    func dateExpressions(_ s: Sentence, into expressions: inout [(span: DateSpan, range: Range<Int>)]) {
        Self.dateExpressions(a, s, reference: reference, into: &expressions)
    }

    /// ``dateExpressions(_:)`` of sentence `s` of `a` (static: the closure that reads the words
    /// captures no state).
    static func dateExpressions(_ a: AnalysedText, _ s: Sentence, reference: Day?,
                                        into expressions: inout [(span: DateSpan, range: Range<Int>)]) {
        SentenceWords.with(a, s) { words in
            if let ref = reference {
                DateResolver(reference: ref).expressions(in: words, into: &expressions)
            } else {
                // no reference day: only full dates count
                DateResolver(reference: Day(year: 2100, month: 12, day: 31)!).expressions(in: words, into: &expressions)
                expressions.removeAll { e in !e.range.contains { words.int($0) != nil && words.text($0).count == 4 } }
            }
            // a dateline's date ("HAMA, June 12 —") is the filing day, not the event's
            if !expressions.isEmpty, let first = s.tokens.first, s.start == 0 || a.bytes[s.start] != 0x20, a.isAllCapitals(first),
               a.original(first).count > 2 {
                expressions.removeAll { $0.range.lowerBound < 5 && words.text(0) != "on" }
            }
        }
    }

    /// The latest short date of a sentence before sentence `n`: the unread sentences are read
    /// latest first, then none is unread.
    mutating func carriedDate(before n: Int) -> DateSpan? {
        var k = n
        while k > firstUnread {
            k -= 1
            guard unreadDates[k] else { continue }
            let s = a.sentences[k]
            if let sp = dateExpressions(s).first(where: { !$0.span.isLong })?.span {
                carried = sp
                break
            }
        }
        firstUnread = n
        return carried
    }
}
