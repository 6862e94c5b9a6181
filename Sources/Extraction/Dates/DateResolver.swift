import EventModel

/// A word of a sentence as the date and fatality readers see it.
struct Word: Hashable, Sendable {
    /// Lowercased text.
    var text: String
    /// Written with a leading capital.
    var capitalised: Bool
    /// ``WordHash`` of the text.
    var hash: UInt64
    init(_ text: String, capitalised: Bool = false) {
        self.text = text
        self.capitalised = capitalised
        self.hash = WordHash.of(text)
    }
}

/// Reads date expressions in a sentence and resolves them against a reference day (publication).
///
/// Handles "yesterday", "today", "earlier in the day", "overnight", "last night", weekdays
/// ("on Wednesday" is the latest Wednesday on or before the reference day; "Monday night"),
/// "since Wednesday", "in four days", "24 hours", "recent days", "this week", explicit dates
/// ("September 3, 2015", "9 May", "Feb. 26"), "the end of April", months and years, and ranges
/// ("between the end of March and 6 June", "from 1 to 3 May"). "At the time" refers back to a time
/// told before: a background expression, as long periods ("since April", "last month") are.
struct DateResolver: Sendable {
    /// The day relative expressions count from (the publication or dateline day).
    var reference: Day

    private static let skippableHashes = WordSet(words: ["the", "on", "last", "this", "past", "over", "in", "early",
                                                         "earlier", "late"])
    private static let starterWords = ["between", "from", "since", "yesterday", "today", "tonight", "overnight",
        "the", "on", "last", "this", "past", "over", "in", "early", "earlier", "late", "mid", "end", "beginning", "start",
        "recent", "coming", "at"] + CalendarWords.weekdayNames

    /// Hashes of every word that may open an expression (besides numbers in digits): the
    /// starters, number words and month names. Tokens of these words have the
    /// ``TokenFacts/dateOpener`` bit, which ``expressions(in:into:)`` tests.
    static let openerHashes = starterWords.map { WordHash.of($0) }
        + CalendarWords.words.keys.map { WordHash.of($0) } + CalendarWords.monthNames.map { WordHash.of($0.0) }

    /// Hashes of the words every date expression contains at least one of (besides numbers in
    /// digits): day and month names, number words, "yesterday", "night", "days", "end", "mid"…
    private static let anchors = WordSet(anchorHashes)

    /// The hashes of ``anchors``.
    static let anchorHashes = ["yesterday", "today", "tonight", "overnight", "night", "morning",
        "afternoon", "evening", "day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "mid",
        "end", "beginning", "start", "time", "outbreak", "onset", "spring", "summer", "autumn", "winter",
    ].map { WordHash.of($0) } + CalendarWords.weekdayNames.map { WordHash.of($0) } + CalendarWords.words.keys.map { WordHash.of($0) } + CalendarWords.monthNames.map { WordHash.of($0.0) }

    /// Words that open the multi-word expressions of `special` ("earlier in the day", "last
    /// week", "recent days", "four days"); numbers in digits open them too.
    private static let specialStarts = WordSet(relativeWords.map { WordHash.of($0) }
        + CalendarWords.words.keys.map { WordHash.of($0) })
    /// The words of `special` that open an expression with no number ("earlier", "last week").
    private static let relativeWords = ["earlier", "last", "this", "past", "recent", "coming", "at"]
    private static let relativeStarts = WordSet(words: relativeWords)
    /// The units of time after a number in `special` ("four days", "24 hours"): any other word
    /// after a number ("17 fighters") makes it open none of `special`'s expressions.
    private static let timeUnits = WordSet(words: ["day", "days", "hours", "weeks", "months", "years"])

    /// Hashes of the words expressions are told with, compared instead of the words' text: built
    /// once (``hashes``); each reader takes them into a local named `H` at its start, one
    /// once-check per call instead of one per word compared.
    private struct Hashes {
        let between = WordHash.of("between"), from = WordHash.of("from"), since = WordHash.of("since"),
            yesterday = WordHash.of("yesterday"), today = WordHash.of("today"), tonight = WordHash.of("tonight"),
            overnight = WordHash.of("overnight"), on = WordHash.of("on"), mid = WordHash.of("mid"),
            end = WordHash.of("end"), of = WordHash.of("of"), inW = WordHash.of("in"), the = WordHash.of("the"),
            earlier = WordHash.of("earlier"), day = WordHash.of("day"), last = WordHash.of("last"),
            night = WordHash.of("night"), this = WordHash.of("this"), past = WordHash.of("past"),
            week = WordHash.of("week"), month = WordHash.of("month"), year = WordHash.of("year"),
            recent = WordHash.of("recent"), few = WordHash.of("few"), coming = WordHash.of("coming"),
            days = WordHash.of("days"), weeks = WordHash.of("weeks"), months = WordHash.of("months"),
            years = WordHash.of("years"), hours = WordHash.of("hours"), ago = WordHash.of("ago"),
            at = WordHash.of("at"), that = WordHash.of("that"), time = WordHash.of("time")
    }
    private static let hashes = Hashes()
    /// "between X and Y", "from X to Y"
    private static let rangeJoins = WordSet(words: ["and", "to", "until", "till"])
    /// "Monday night"
    private static let dayParts = WordSet(words: ["night", "morning", "evening", "afternoon"])
    /// "this morning"
    private static let thisParts = WordSet(words: ["morning", "afternoon", "evening"])
    /// "end of April"
    private static let monthEdges = WordSet(words: ["end", "beginning", "start"])
    private static let ordinalSuffixes = WordSet(words: ["st", "nd", "rd", "th"])
    /// Words before a month named alone ("in April", "early May").
    private static let beforeLoneMonth = WordSet(words: ["in", "since", "of", "until", "early", "late", "mid",
                                                         "during", "from", "by", "last", "this"])
    /// Words before a year ("in 2014").
    private static let beforeYear = WordSet(words: ["in", "since", "of", "until"])
    /// Words before a count of days ("in four days").
    private static let beforeDays = WordSet(words: ["in", "past", "last", "over", "within", "for", "previous"])
    /// Words before a count of weeks, months or years.
    private static let beforeLonger = WordSet(words: ["in", "past", "last", "over", "for", "since", "within"])

    /// How far (in words) an expression reaches from where it starts: "between" + "the end of"
    /// skipped words + "earlier in the day".
    private static let reach = 8

    /// Whether a sentence may hold a date expression: every one has a number, a day or month
    /// name, or a word such as "yesterday", "night", "days". Sentences without any need no words.
    static func mayHoldDate(_ a: AnalysedText, _ s: Sentence) -> Bool {
        s.tokens.contains { k in
            let f = a.bytes[a.tokens[k].start]
            return (f >= 48 && f <= 57) || anchors.contains(a.tokens[k].hash)
        }
    }

    /// Every date expression in `words`, in order, with the index range it covers.
    func expressions<W: WordSequence>(in words: W) -> [(span: DateSpan, range: Range<Int>)] {
        var out: [(span: DateSpan, range: Range<Int>)] = []  // labelled as returned: no cast of the array
        expressions(in: words, into: &out)
        return out
    }

    /// ``expressions(in:)`` written into `out` (a caller's buffer, emptied first, its capacity kept).
    func expressions<W: WordSequence>(in words: W, into out: inout [(span: DateSpan, range: Range<Int>)]) {
        out.empty()
        // (a word's facts tell whether it is an anchor or an opener, or starts with a digit: no set is probed)
        let anchorOrDigit: TokenFacts = [.dateAnchor, .startsWithDigit], openerOrDigit: TokenFacts = [.dateOpener, .startsWithDigit]
        let H = Self.hashes
        // the next word at or after `i` that an expression needs (none: no expression), found
        // forwards when `i` passes the last one found
        var anchor = -1
        var i = 0
        while i < words.count {
            if anchor < i {
                anchor = i
                while anchor < words.count, words.facts(anchor).isDisjoint(with: anchorOrDigit) {
                    anchor += 1
                }
                if anchor == words.count { break }
            }
            if anchor > i + Self.reach { i = anchor - Self.reach; continue }
            if words.facts(i).isDisjoint(with: openerOrDigit) { i += 1; continue }
            let w = words.wordHash(i)
            if w == H.between || w == H.from, let (a, j) = atom(words, i + 1),
               j < words.count, Self.rangeJoins.contains(words.wordHash(j)) {
                if let (b, k) = atom(words, j + 1) {
                    out.append((DateSpan(a.start, b.end), i..<k)); i = k; continue
                }
                // "from 1 to 3 May": the first day borrows the month of the second
                if words.startsWithDigit(i + 1), let d1 = words.int(i + 1),
                   let (b, k) = atom(words, j + 1, allowBareDay: true), let s = Day(year: b.end.year, month: b.end.month, day: d1) {
                    out.append((DateSpan(s, b.end), i..<k)); i = k; continue
                }
            }
            if w == H.since, let (a, j) = atom(words, i + 1) {
                var sp = DateSpan(a.start, max(a.start, reference))
                if sp.length > 7 { sp.background = true }  // "since the end of March": a summary
                out.append((sp, i..<j)); i = j; continue
            }
            // "since the start of the war": years, background
            if w == H.since, let j = Self.warBegun(words, i + 1) {
                var sp = DateSpan(reference.adding(days: -365), reference, precision: .month)
                sp.background = true
                out.append((sp, i..<j)); i = j; continue
            }
            // (a number in digits opens an expression only in the few shapes ``mayOpen(_:at:)`` tells)
            if words.startsWithDigit(i), !Self.mayOpen(words, at: i) { i += 1; continue }
            // (an opener is a starter, a number or a month name, or a number in digits: ``atom`` may start here)
            if let (a, j) = atom(words, i) {
                out.append((a, i..<j)); i = j; continue
            }
            i += 1
        }
        if out.count > 1 { Self.dropReferencesBack(&out) }
    }

    /// Whether ``atom(_:_:allowBareDay:)`` may find an expression at word `i`, a number in digits
    /// ("17 fighters" opens none): only as "four days", "24 hours" (``special(_:_:)``: a unit of
    /// time next), "9 May", "3rd of June" (``numeric(_:_:_:allowBareDay:)``: an ordinal suffix,
    /// "of" or a month next) or a year of four digits.
    private static func mayOpen<W: WordSequence>(_ words: W, at i: Int) -> Bool {
        if words.byteCount(i) == 4 { return true }
        guard i + 1 < words.count else { return false }
        let next = words.wordHash(i + 1)
        return timeUnits.contains(next) || ordinalSuffixes.contains(next) || next == hashes.of
            || CalendarWords.monthHashes[next] != nil
    }

    /// (the end of ``expressions(in:into:)``: "killing ten people who were inside at the time" on
    /// Tuesday: "at the time" is then the sentence's own date, not a time told before)
    private static func dropReferencesBack(_ out: inout [(span: DateSpan, range: Range<Int>)]) {
        if out.contains(where: { !$0.span.isLong }) { out.removeAll { $0.span.refersBack } }
    }

    private static let possessiveS = WordHash.of("s")
    private static let seasons = WordSet(words: ["spring", "summer", "autumn", "winter"])

    /// The sentence's date: its first expression, or `nil` when it has none.
    func span<W: WordSequence>(in words: W) -> DateSpan? { expressions(in: words).first?.span }

    /// One date expression starting at `i`: its span and the index after it.
    func atom<W: WordSequence>(_ words: W, _ start: Int, allowBareDay: Bool = false) -> (DateSpan, Int)? {
        var i = start
        /// `Int` of word `k` (none past the end).
        func int(_ k: Int) -> Int? { k < words.count ? words.int(k) : nil }
        func h(_ k: Int) -> UInt64 { k < words.count ? words.wordHash(k) : 0 }
        // skip "the", "on", "last" (as in "last Monday")
        while i < words.count, Self.skippableHashes.contains(words.wordHash(i)), i < start + 3 {
            if let r = special(words, i) { return r }
            i += 1
        }
        if let r = special(words, i) { return r }
        // every expression below holds a day or month name, a number or a word such as "yesterday"
        guard i < words.count, !words.facts(i).isDisjoint(with: [.dateAnchor, .startsWithDigit]) else { return nil }
        // (a number in digits opens only "9 May" or "2014": the named words are not looked up)
        if words.startsWithDigit(i) { return numeric(words, start, i, allowBareDay: allowBareDay) }
        let w = h(i)
        // (the hashes taken only here: most calls end before)
        let H = Self.hashes
        let ref = reference
        if w == H.yesterday { return (DateSpan(ref.adding(days: -1)), i + 1) }
        if w == H.today || w == H.tonight { return (DateSpan(ref), i + 1) }
        if w == H.overnight {
            // "overnight on Thursday", "overnight Thursday": that night, into the next day
            let j = h(i + 1) == H.on ? i + 2 : i + 1
            if let wd = CalendarWords.weekdayHashes[h(j)] {
                let day = ref.adding(days: -((ref.weekday - wd + 7) % 7))
                return (DateSpan(day, min(day.adding(days: 1), ref)), j + 1)
            }
            return (DateSpan(ref.adding(days: -1), ref), i + 1)
        }
        if let wd = CalendarWords.weekdayHashes[w] {
            // "Britain's Sunday Times", "the Sunday Telegraph": a weekday in a name
            if i > 0, h(i - 1) == H.the || h(i - 1) == Self.possessiveS, i + 1 < words.count, words.isCapitalised(i + 1),
               CalendarWords.month(hash: h(i + 1)) == nil, !Self.dayParts.contains(h(i + 1)) { return nil }
            // "Sunday, 7 June", "Wednesday, June 10": the date written after the day's name
            if i + 1 < words.count, words.startsWithDigit(i + 1) || CalendarWords.month(hash: h(i + 1)) != nil,
               let (d, j) = atom(words, i + 1), d.length == 0 { return (d, j) }
            let back = (ref.weekday - wd + 7) % 7
            let day = ref.adding(days: -back)
            var j = i + 1
            if Self.dayParts.contains(h(j)) { j += 1 }
            return (DateSpan(day), j)
        }
        // "mid-December", "mid December"
        if w == H.mid, let m = CalendarWords.month(hash: h(i + 1)) {
            let y = year(month: m, day: 15)
            return (DateSpan(Day(year: y, month: m, day: 15)!), i + 2)
        }
        // "end/beginning/start of April"
        if Self.monthEdges.contains(w), h(i + 1) == H.of, let m = CalendarWords.month(hash: h(i + 2), capitalised: words.isCapitalised(min(i + 2, words.count - 1))) {
            let last = Day.daysIn(month: m, year: ref.year)
            let d = w == H.end ? last : 1
            let y = year(month: m, day: d)
            return (DateSpan(Day(year: y, month: m, day: min(d, Day.daysIn(month: m, year: y)))!), i + 3)
        }
        // Month d[, yyyy]  |  Month yyyy  |  Month
        if i < words.count, let m = CalendarWords.month(hash: w, capitalised: words.isCapitalised(i)) {
            if let d = int(i + 1), (1...31).contains(d) {
                var j = i + 2
                if Self.ordinalSuffixes.contains(h(j)) { j += 1 }
                if let y = int(j), (1900...2100).contains(y), let day = Day(year: y, month: m, day: d) {
                    return (DateSpan(day), j + 1)
                }
                let y = year(month: m, day: d)
                if let day = Day(year: y, month: m, day: d) { return (DateSpan(day), j) }
            }
            if let y = int(i + 1), (1900...2100).contains(y) {
                let first = Day(year: y, month: m, day: 1)!
                return (DateSpan(first, first.lastOfMonth, precision: .month), i + 2)
            }
            // a month alone: "in April", "since March", "early May" (not "May God ...")
            guard words.isCapitalised(i), i > 0,
                  Self.beforeLoneMonth.contains(h(i - 1))
            else { return nil }
            // ("last December" told in December is the December of the year before)
            let y = year(month: m, day: 1) - (h(i - 1) == H.last && m == ref.month ? 1 : 0)
            let first = Day(year: y, month: m, day: 1)!
            return (DateSpan(first, min(first.lastOfMonth, max(first, ref)), precision: .month), i + 1)
        }
        return numeric(words, start, i, allowBareDay: allowBareDay)
    }

    /// "the start of the war", "the beginning of the conflict" at `k` (after "since"): the index
    /// after it, or `nil`. ("since the war began" is not read: "war" is no anchor of an expression.)
    private static func warBegun<W: WordSequence>(_ words: W, _ k: Int) -> Int? {
        func h(_ i: Int) -> UInt64 { i < words.count ? words.wordHash(i) : 0 }
        let H = hashes
        let k = h(k) == H.the ? k + 1 : k
        if Self.beginnings.contains(h(k)), h(k + 1) == H.of, h(k + 2) == H.the, Self.wars.contains(h(k + 3)) { return k + 4 }
        return nil
    }
    /// The long struggles ``warBegun(_:_:)`` reads, and the words of their beginning.
    private static let wars = WordSet(words: ["war", "conflict", "uprising", "revolution", "crisis", "revolt"]),
        beginnings = WordSet(words: ["start", "beginning", "outbreak", "onset"])

    /// The expressions of ``atom(_:_:allowBareDay:)`` opened by a number at `i` (after the words
    /// skipped from `start`): "9 May [2015]", "3rd of June", a year ("in 2014").
    private func numeric<W: WordSequence>(_ words: W, _ start: Int, _ i: Int, allowBareDay: Bool) -> (DateSpan, Int)? {
        let H = Self.hashes
        func int(_ k: Int) -> Int? { k < words.count ? words.int(k) : nil }
        func h(_ k: Int) -> UInt64 { k < words.count ? words.wordHash(k) : 0 }
        // d Month [yyyy]
        if let d = int(i), (1...31).contains(d) {
            var j = i + 1
            if Self.ordinalSuffixes.contains(h(j)) { j += 1 }
            if h(j) == H.of { j += 1 }
            if j < words.count, let m = CalendarWords.month(hash: h(j), capitalised: words.isCapitalised(j)) {
                if let y = int(j + 1), (1900...2100).contains(y), let day = Day(year: y, month: m, day: d) {
                    return (DateSpan(day), j + 2)
                }
                if let day = Day(year: year(month: m, day: d), month: m, day: d) { return (DateSpan(day), j + 1) }
            }
            if allowBareDay { return nil }
        }
        // a year: "in 2014", "since 2011"
        if let y = int(i), (1900...2100).contains(y), words.text(i).count == 4, start > 0,
           Self.beforeYear.contains(h(start - 1)) || h(start) == H.inW {
            let first = Day(year: y, month: 1, day: 1)!
            return (DateSpan(first, Day(year: y, month: 12, day: 31)!, precision: .month), i + 1)
        }
        return nil
    }

    /// Multi-word relative expressions at `i`.
    private func special<W: WordSequence>(_ words: W, _ i: Int) -> (DateSpan, Int)? {
        guard i < words.count, words.startsWithDigit(i) || Self.specialStarts.contains(words.wordHash(i)) else { return nil }
        func h(_ k: Int) -> UInt64 { k < words.count ? words.wordHash(k) : 0 }
        let H = Self.hashes
        let ref = reference
        let w = h(i)
        // (a number opens only "four days", "24 hours": the word after it must be a unit of time)
        if !Self.relativeStarts.contains(w), !Self.timeUnits.contains(h(i + 1)) { return nil }
        if w == H.earlier, h(i + 1) == H.inW, h(i + 2) == H.the, h(i + 3) == H.day { return (DateSpan(ref), i + 4) }
        // "at the time", "at that time": a time told before, background (not "at the time of writing")
        if w == H.at, h(i + 1) == H.the || h(i + 1) == H.that, h(i + 2) == H.time, h(i + 3) != H.of {
            var sp = DateSpan(ref.adding(days: -90), ref, precision: .month)
            sp.background = true
            sp.refersBack = true
            return (sp, i + 3)
        }
        if w == H.earlier, h(i + 1) == H.today { return (DateSpan(ref), i + 2) }
        if w == H.last, h(i + 1) == H.night { return (DateSpan(ref.adding(days: -1), ref), i + 2) }
        if w == H.this, Self.thisParts.contains(h(i + 1)) { return (DateSpan(ref), i + 2) }
        if w == H.this || w == H.past || w == H.last, h(i + 1) == H.week {
            return (DateSpan(ref.adding(days: -6), ref, precision: .week), i + 2)
        }
        if w == H.last || w == H.this, h(i + 1) == H.month {
            let first = ref.firstOfMonth.adding(days: w == H.last ? -1 : 0).firstOfMonth
            return (DateSpan(first, ref, precision: .month), i + 2)
        }
        // "this summer", "last winter": a season, background
        if w == H.last || w == H.this, Self.seasons.contains(h(i + 1)) {
            var sp = DateSpan(ref.adding(days: w == H.last ? -365 : -90), ref, precision: .month)
            sp.background = true
            return (sp, i + 2)
        }
        if w == H.last || w == H.this, h(i + 1) == H.year {
            return (DateSpan(Day(year: ref.year - (w == H.last ? 1 : 0), month: 1, day: 1)!, ref, precision: .month), i + 2)
        }
        if w == H.recent || (w == H.past && h(i + 1) == H.few) || (w == H.last && h(i + 1) == H.few) || (w == H.coming) {
            let j = w == H.recent ? i + 1 : i + 2
            switch h(j) {
            case H.days: return (DateSpan(ref.adding(days: -3), ref, precision: .week), j + 1)
            case H.weeks: return (DateSpan(ref.adding(days: -21), ref, precision: .month), j + 1)
            case H.months, H.years: return (DateSpan(ref.adding(days: -90), ref, precision: .month), j + 1)
            default: break
            }
        }
        // "in four days", "past 3 days", "four days of", "24 hours"
        if let n = words.number(i), n > 0, n < 400 {
            let unit = h(i + 1)
            switch unit {
            case H.days, H.day:
                let prior = i > 0 ? h(i - 1) : 0
                if Self.beforeDays.contains(prior) || h(i + 2) == H.of {
                    return (DateSpan(ref.adding(days: -(n - 1)), ref), i + 2)
                }
            case H.hours:
                if n <= 72 { return (DateSpan(ref.adding(days: -max(1, n / 24)), ref), i + 2) }
            case H.weeks, H.months, H.years:
                let prior = i > 0 ? h(i - 1) : 0
                if Self.beforeLonger.contains(prior) || h(i + 2) == H.of || h(i + 2) == H.ago {
                    let days = unit == H.weeks ? 7 * n : unit == H.months ? 30 * n : 365 * n
                    return (DateSpan(ref.adding(days: -days), ref, precision: .month), i + 2)
                }
            default: break
            }
        }
        return nil
    }

    /// The year of a month/day written without one: the reference year, or the year before
    /// when that would put the date more than two days after the reference.
    private func year(month m: Int, day d: Int) -> Int {
        let y = reference.year
        if let candidate = Day(year: y, month: m, day: min(d, Day.daysIn(month: m, year: y))),
           candidate.ordinal > reference.ordinal + 2 { return y - 1 }
        return y
    }
}
