import EventModel
import Foundation
import Gazetteer

/// The work of ``EventExtractor`` on one article: sentence by sentence, carrying the date and the
/// last event's places forward.
struct ArticleState {
    let article: Article
    let a: AnalysedText
    let places: [FoundPlace]
    let gazetteer: Gazetteer
    /// ``Gazetteer/entryTable``, taken once: the entries the places' readings index, read with no
    /// exclusivity check of the gazetteer's storage each.
    let entries: [Place]
    /// The day relative dates count from: the dateline's day, else the publication day.
    let reference: Day?
    /// `reference?.ordinal`, counted once.
    let referenceOrdinal: Int?
    var carried: DateSpan?
    /// Sentences without an event that may give a date, not read yet (marked by index, from
    /// `firstUnread` on): their date matters only when a later event sentence has none of its own
    /// (``carriedDate(before:)`` reads them then; those that hold no date are found so only if read).
    var unreadDates: [Bool]
    var firstUnread = 0
    var lastEventPlaces: [PlaceRef] = []
    /// The place a paragraph opens with ("In Kobane, ..."): where the sentences of that paragraph
    /// that name no place happen.
    var paragraphSetting: (paragraph: Int, place: PlaceRef)?
    /// The byte where the sentence of the last event ends.
    var lastEventEnd = 0
    var drafts: [Draft] = []
    var warnings: [String] = []
    var undatedSkipped = 0
    var sentencesSinceEvent = 0
    /// The trigger of a sentence ending in a colon, and the byte where its list ends.
    var listLead: (trigger: Trigger, until: Int)?
    /// The triggers kept in the sentence being read.
    var sentenceTriggers: [Trigger] = []
    /// The cues of the sentence being read (see ``carryToll(_:)``).
    var cuesOfSentence: SentenceCues = []
    /// The tokens of the sentence being read that may start a trigger (a buffer kept between sentences).
    var triggerStarts: [Int] = []
    /// The triggers found in the sentence being read, kept and silenced (buffers kept between sentences).
    var keptFound: [Trigger] = [], silencedFound: [Trigger] = []
    /// The first and last tokens of the event places of the sentence being read (buffers for ``Clauses``).
    var placeStarts: [Int] = [], placeEnds: [Int] = []
    /// The clause of each token of the sentence being read (a buffer for ``Clauses``).
    var clauseBuffer: [Int] = []
    /// The text of the last sentence a draft was made from, and the byte it starts at.
    var textOfSentence: (start: Int, text: String)?
    /// The candidate places of the sentence being read, and those it made events at (buffers).
    var candidateBuffer: [PlaceRef] = [], madeBuffer: [PlaceRef] = []
    /// The date expressions, actors and clause dates of the sentence being read (buffers kept
    /// between sentences).
    var dateBuffer: [(span: DateSpan, range: Range<Int>)] = [], actorBuffer: [(actor: Actor, at: Int)] = [],
        clauseDateBuffer: [(clause: Int, span: DateSpan)] = []
    /// The city readings ``PlaceRef/city`` indexes (few: appended when a place is read as a city).
    var cityReadings: [Resolution] = []

    /// A place as an event reads it: a place of the article, by its index in ``places``, as the
    /// gazetteer resolved it or, when `city` is not negative, as the city `cityReadings[city]`
    /// ("the Akrama neighbourhood" coded at Homs, "Latakia city"). Two integers: kept in a list
    /// or handed on, it copies none of the place's strings.
    struct PlaceRef: Equatable {
        var index: Int
        var city = -1
    }

    /// An event before de-duplication.
    struct Draft {
        var place: PlaceRef
        var anchor: Place
        var geoPrecision: GeoPrecision
        var subType: SubEventType
        var span: DateSpan
        var actor1: String?
        var actor2: String?
        var fatalities: Int?
        var notes: String
        var fromWithdrawal: Bool
        var isTerritory: Bool
        /// The first byte of the sentence it was read from.
        var sentence: Int
    }

    /// - Parameter takesBuffers: the working arrays are to be taken from an ``ArticleBuffers``
    ///   (``take(_:)``, and given back after ``finish()`` with ``giveBack(_:)``); else the state
    ///   makes its own.
    init(article: Article, text: AnalysedText, places: [FoundPlace], gazetteer: Gazetteer, takesBuffers: Bool = false) {
        self.article = article
        self.a = text
        self.places = places
        self.gazetteer = gazetteer
        self.entries = gazetteer.entryTable
        self.unreadDates = []
        self.reference = PublicationDate.dateline(of: text, text: article.text, published: article.published) ?? article.published
        self.referenceOrdinal = reference?.ordinal
        if !takesBuffers { unreadDates = Array(repeating: false, count: text.sentences.count) }
    }

    static let nearWords = WordSet(["outskirts", "around", "near", "surrounding", "outside",
        "countryside", "vicinity", "suburbs", "nearby", "environs", "edge", "west", "east", "north", "south"].map { WordHash.of($0) })
    /// ("the area" is left out: it names a region as often as the last place)
    static let anaphora = WordSet(["town", "towns", "village", "villages", "city", "camp", "encampment", "base",
        "airbase", "airport", "district", "neighbourhood", "neighborhood"].map { WordHash.of($0) })
    /// "and on areas in X", "and near X": a clause that only adds a place to the event before it.
    static let prepositions = WordSet(["on", "in", "at", "near", "around", "against", "into"].map { WordHash.of($0) })
    /// Words of a handover: a town changing hands under them changes hands without a battle.
    static let handoverWords = WordSet(words: ["deal", "agreement", "surrender", "bussed", "evacuation",
        "handover", "reconciliation", "truce", "buses", "convoys", "evacuated"])
    static let the = WordHash.of("the"), of = WordHash.of("of"), inW = WordHash.of("in"),
        home = WordHash.of("home"), and = WordHash.of("and"), twoW = WordHash.of("two"), both = WordHash.of("both")
    static let airWords = WordSet(["jets", "warplanes", "warplane", "aircraft", "planes", "helicopters",
        "helicopter", "air", "aerial", "drone", "drones", "sorties", "airstrikes"].map { WordHash.of($0) })
    static let placeNouns = WordSet(["town", "village", "city", "district", "neighbourhood", "neighborhood",
        "towns", "villages", "suburb", "suburbs", "camp", "hamlet", "locality", "areas", "area"].map { WordHash.of($0) })
    static let directionWords = WordSet(["north", "south", "east", "west", "northern", "southern",
        "eastern", "western", "central", "rural"].map { WordHash.of($0) })
    /// Words of a protest met with force, or dispersed without it.
    static let forceWords = WordSet(words: ["killed", "shot", "live", "gunned", "fire", "fired", "gunfire",
        "ammunition", "dead", "killing", "shooting", "bullets"]),
        interventionWords = WordSet(words: ["dispersed", "arrested", "tear"])
    /// Whether the words at `k` say a crowd went its way unhindered ("dispersed without incident",
    /// "dispersed peacefully").
    static func withoutIncident(_ a: AnalysedText, _ k: Int, _ s: Sentence) -> Bool {
        k < s.tokens.upperBound && (a.tokens[k].hash == without || a.tokens[k].hash == peacefully)
    }
    static let peacefully = WordHash.of("peacefully")

    /// Whether an air word ("warplanes", "jets") stands within `n` words before trigger `t` in
    /// sentence `s` (none when the trigger lies before the sentence, as a list lead's does).
    static func airNamed(before t: Trigger, within n: Int, _ s: Sentence, _ a: AnalysedText) -> Bool {
        let end = max(s.tokens.lowerBound, t.range.lowerBound)
        let start = n >= end - s.tokens.lowerBound ? s.tokens.lowerBound : end - n
        return a.tokens[start..<end].contains { airWords.contains($0.hash) }
    }

    /// Victims that name no side: "killed twenty people", "killing three villagers".
    static let peopleWords = WordSet(words: ["people", "persons", "villagers", "inhabitants", "worshippers",
        "shoppers", "farmers", "shepherds", "workers", "mourners", "pilgrims", "relatives"])
    static let artillery = WordSet(["artillery", "mortar", "mortars", "rocket", "rockets", "shells",
                                                     "shelling", "tank", "missiles", "cannon"].map { WordHash.of($0) })

    /// `EVENTMAP_DEBUG_EXTRACT=1` traces each event sentence (date, triggers, places, clauses) on stderr.
    static let debug = ProcessInfo.processInfo.environment["EVENTMAP_DEBUG_EXTRACT"] != nil
    /// ``debug``, read once per article (not once per sentence).
    let debug = ArticleState.debug

    mutating func run() {
        let titleKey = article.title.trimmingSpaces
        let titleBytes = Array(titleKey.utf8)
        for (n, s) in a.sentences.enumerated() {
            if !titleBytes.isEmpty, s.end - s.start >= titleBytes.count, s.end - s.start <= titleBytes.count + 4,
               a.text(of: s) == titleKey { continue }
            let made = drafts.count
            sentence(s, n)
            if drafts.count == made, cuesOfSentence.contains(.death) { carryToll(s) }
        }
    }

    /// "At least 57 people were killed there, the monitor said": a count of the dead told in one of
    /// the two sentences after an event's, naming no other place and no other event, is that
    /// event's (its first draft's; the higher figure wins). A sentence summing up a period ("killed
    /// since the offensive began") or telling of another event ("Elsewhere, ...") gives none.
    mutating func carryToll(_ s: Sentence) {
        guard sentencesSinceEvent <= 2, let last = drafts.last,
              let k = drafts.firstIndex(where: { $0.sentence == last.sentence }) else { return }
        let keys = lastEventPlaces.map { key($0) }
        let inSentence = Self.placesIn(places, s)
        if inSentence.contains(where: { places[$0].isSyrianCandidate && !keys.contains(places[$0].key(a, gazetteer)) && !Self.isDateline(a, places[$0].bytes) }) { return }
        if s.tokens.contains(where: { Self.otherEvent.contains(a.tokens[$0].hash) }) { return }
        guard let n = SentenceWords.with(a, s, { FatalityReader.fatalities(in: $0) }) else { return }
        drafts[k].fatalities = max(drafts[k].fatalities ?? 0, n)
    }
    /// Words of a sentence that tells of another event than the last one.
    /// (and words of a period: "killed in the three-week offensive" sums up weeks)
    static let otherEvent = WordSet(words: ["elsewhere", "separately", "another", "previous", "last",
        "meanwhile", "also", "overall", "week", "weeks", "month", "months", "year", "years", "since"])

    /// Reads sentence `s`, the `n`th of the article.
    mutating func sentence(_ s: Sentence, _ n: Int) {
        if a.tokens[s.tokens.lowerBound].hash == Self.inW, let p = Self.settingPlace(a, places, s) { paragraphSetting = (s.paragraph, p) }
        else if let set = paragraphSetting, set.paragraph != s.paragraph { paragraphSetting = nil }
        // one pass over the tokens tells what the sentence may hold
        let cues = SentenceCues.of(a, s, triggerStarts: &triggerStarts)
        cuesOfSentence = cues
        let hasTrigger = !cues.isDisjoint(with: .trigger)
        let inList = listLead.map { s.start <= $0.until } ?? false
        if !hasTrigger && !inList && !cues.contains(.dateCue) {
            sentencesSinceEvent += 1
            return
        }
        // no trigger and not in a list: only its date may matter, read when a later sentence needs it
        if !hasTrigger, !inList {
            unreadDates[n] = true
            sentencesSinceEvent += 1
            listLead = nil
            return
        }
        TriggerFinder.triggers(a, s, starts: triggerStarts, cues: cues, kept: &keptFound, silenced: &silencedFound)
        // every trigger silenced and not in a list: as a sentence without one, only its date may
        // matter (unless it sums up a period), read when a later sentence needs it
        if keptFound.isEmpty, !inList {
            if !isSinceSummary(s, cues) { unreadDates[n] = true }
            sentencesSinceEvent += 1
            listLead = nil
            return
        }
        var kept = keptFound, silenced = silencedFound
        // (the sentence's triggers let go when it is read: the buffers they share stay unique)
        defer { sentenceTriggers = [] }
        // (the words read in place, ``SentenceWords``, when the date or the toll is to be read)
        // The date of the sentence: its first short expression. A long one ("since April", "in
        // recent months") marks its clause as background.
        var expressions: [(span: DateSpan, range: Range<Int>)] = []
        swap(&expressions, &dateBuffer)
        defer { swap(&expressions, &dateBuffer) }
        // (the helpers of this method that read the state are static, handed only what they read:
        // a method of the state, called from here, is handed a copy of all of it)
        if Self.mayHoldDate(a, s, cues) { Self.dateExpressions(a, s, reference: reference, into: &expressions) }
        else { expressions.empty() }
        let span = Self.sentenceDate(expressions, a, s)
        // "killed since the offensive began on Tuesday": a summary, neither an event nor a date to carry
        var partialSummary = false
        // ("the toll from Tuesday's explosion in Afrin rose to 46", the story's first news, reports
        // the explosion of the day it names)
        // (the word that makes it a summary, "since" or "toll", is looked for once)
        let summaryCue = hasTrigger && cues.contains(.summary) ? TriggerFinder.sinceSummaryCue(a, s) : nil
        if let cueAt = summaryCue, !(drafts.isEmpty && a.tokens[cueAt].hash == Self.tollW && Self.namesItsDay(a, s)) {
            // ("... killed since the fighting began, and that IS beheaded two men on Friday": a later
            // clause with a date of its own is still reported)
            let ids = Clauses.ids(a, s)
            let dated = expressions.filter { !$0.span.isLong }.map { ids[$0.range.lowerBound] }
            // (a toll update keeps nothing: its event is told elsewhere)
            let cue = a.tokens[cueAt].hash == Self.since ? ids[cueAt - s.tokens.lowerBound] : Int.max
            let own = kept.filter { let c = ids[$0.range.lowerBound - s.tokens.lowerBound]; return c > cue && dated.contains(c) }
            silenced += kept.filter { !own.contains($0) }
            kept = own
            partialSummary = !own.isEmpty
        } else if let sp = span { carried = sp; firstUnread = n }
        if expressions.contains(where: \.span.isLong) { Self.silenceBackground(a, s, expressions: expressions, kept: &kept, silenced: &silenced) }
        // "The deaths came a week after a strike on X killed dozens": the strike is background
        // (unless what follows "after" has a date of its own)
        // and so are its places ("The attacks came after Kurdish forces took X": no attack at X)
        // ("teams were still pulling bodies from the market on Monday, a day after warplanes fired
        // missiles into it": with no event before "after", what follows it is the news, a day earlier;
        // not "the deaths came a week after ...")
        var backgroundFrom = Int.max, newsAfter: (from: Int, days: Int)?
        if !kept.isEmpty, cues.contains(.silencer), let after = TriggerFinder.cameAfterCue(a, s),
           !expressions.contains(where: { !$0.span.isLong && s.tokens.lowerBound + $0.range.lowerBound > after }) {
            if !kept.contains(where: { $0.range.lowerBound < after }),
               !(s.tokens.lowerBound..<after).contains(where: { TriggerFinder.coming.contains(a.tokens[$0].hash) }),
               let days = Self.daysBefore(a, after, s) {
                newsAfter = (after, days)
            } else {
                silenced += kept.filter { $0.range.lowerBound > after }
                kept.removeAll { $0.range.lowerBound > after }
                backgroundFrom = after
            }
        }
        sentencesSinceEvent += 1
        // a list after "... air strikes on the following areas:" takes the trigger of that sentence
        var fromList = false
        // ("- X: three civilians killed": a line that only counts the dead takes the lead's trigger too)
        if kept.allSatisfy({ $0.kind == .killing }), let lead = listLead, s.start <= lead.until {
            kept = [lead.trigger]
            fromList = true
        }
        if var last = kept.last, Self.endsWithColon(a, s) {
            // "warplanes struck the following places:": the lines take the weapon of the lead
            if last.kind == .genericAttack || last.kind == .bombing {
                if s.tokens.contains(where: { Self.airWords.contains(a.tokens[$0].hash) }) { last.kind = .fixed(.airStrike) }
                else if s.tokens.contains(where: { Self.artillery.contains(a.tokens[$0].hash) }) { last.kind = .fixed(.shelling) }
            }
            listLead = (last, Self.paragraphEnd(a.bytes, after: s))
        } else if (!kept.isEmpty && !fromList) || s.start > (listLead?.until ?? 0) {
            listLead = nil
        }
        guard !kept.isEmpty else { return }
        // the strong triggers, or the weak ones when there are no others
        var triggers = kept
        if triggers.contains(where: { $0.kind.isWeak }), triggers.contains(where: { !$0.kind.isWeak }) {
            triggers.removeAll { $0.kind.isWeak }
        }
        var actors: [(actor: Actor, at: Int)] = []
        swap(&actors, &actorBuffer)
        defer { swap(&actors, &actorBuffer) }
        Self.actorsIn(a, s, into: &actors)
        // "militants fled east": armed men leaving are a withdrawal, not a displacement of people
        for k in triggers.indices {
            let t = triggers[k]
            // (the nearest party named before the verb, up to eight words back)
            guard t.kind == .fixed(.displacement), t.isVerb,
                  let subject = actors.last(where: { $0.at < t.range.lowerBound && t.range.lowerBound - $0.at <= 8 }),
                  !subject.actor.isCivilian,
                  // ("2,200 people including rebel fighters left": people leave with them)
                  !(max(s.tokens.lowerBound, t.range.lowerBound - 8)..<t.range.lowerBound).contains(where: { TriggerFinder.people.contains(a.tokens[$0].hash) })
            else { continue }
            triggers[k].kind = .withdrawal
        }
        // candidate places in the sentence
        let inSentence = Self.placesIn(places, s)
        // "In Ankara, Turkish officials rejected ...": a sentence set abroad reports nothing in Syria
        if Self.isSetAbroad(s, inSentence, a, places) { return }
        // (in a buffer kept between sentences, handed back emptied)
        var candidates: [PlaceRef] = []
        swap(&candidates, &candidateBuffer)
        defer {
            candidates.empty()
            swap(&candidates, &candidateBuffer)
        }
        for k in inSentence where places[k].bytes.upperBound <= s.end && !places[k].isGoal
            && Self.isDateline(a, places[k].bytes) == false && places[k].isSyrianCandidate && !Self.isBase(places[k], a) {
            candidates.append(PlaceRef(index: k))
        }
        if candidates.contains(where: { places[$0.index].isOrigin || places[$0.index].isDestination }) {
            candidates = candidates.filter { c in
                !(places[c.index].isOrigin || places[c.index].isDestination) || !candidates.contains {
                    places[$0.index].sameName(as: places[c.index], a, gazetteer) && places[$0.index].bytes != places[c.index].bytes
                }
            }
        }
        Self.dropQualifiers(&candidates, in: s, a, places, gazetteer)
        // (the kinds tested first, read in place: only the places they may change are passed on)
        for k in candidates.indices where Self.mayBeQuarter(kind(candidates[k])) || namesQuarterOfCity(candidates[k]) {
            if let c = atCity(candidates[k]) { candidates[k] = reading(candidates[k], as: c) }
        }
        // "Latakia city", "Idleb city": the capital, not its governorate
        for k in candidates.indices where kind(candidates[k]) == .governorate && namesCapital(candidates[k], in: s) {
            if let c = asCity(candidates[k]) { candidates[k] = reading(candidates[k], as: c) }
        }
        // "Hama countryside: X, Y": the heading of a list line is not one of its places
        if fromList, candidates.count > 1 {
            candidates.removeAll { c in
                var k = places[c.index].tokens.upperBound - 1
                if k + 1 < s.tokens.upperBound, Self.nearWords.contains(a.tokens[k + 1].hash) { k += 1 }
                return k + 1 < s.tokens.upperBound && a.gap(k, k + 1).contains(0x3A)
            }
        }
        // the first and last tokens of the candidates (for the withdrawals and ``Clauses``)
        placeStarts.empty(); placeEnds.empty()
        for c in candidates { placeStarts.append(places[c.index].tokens.lowerBound); placeEnds.append(places[c.index].tokens.upperBound - 1) }
        // withdrawals only count with the place they left
        var withdrawalPlaces: [String: Trigger] = [:]
        var silencedAll = silenced
        if triggers.contains(where: { $0.kind == .withdrawal }) {
            triggers = triggers.filter { t in
                guard t.kind == .withdrawal else { return true }
                if let m = TriggerFinder.withdrawalObject(t, a, placeStarts: placeStarts) { withdrawalPlaces[key(candidates[m])] = t; return true }
                silencedAll.append(t)
                return false
            }
        }
        guard !triggers.isEmpty else { return }
        sentenceTriggers = triggers
        let date: DateSpan
        if let sp = span ?? carriedDate(before: n) ?? reference.map({ DateSpan($0) }) {
            date = sp
        } else {
            undatedSkipped += 1
            return
        }
        let fatalities = cues.contains(.death) ? SentenceWords.with(a, s) { FatalityReader.fatalities(in: $0) } : nil
        var ids = clauseBuffer
        clauseBuffer = []
        Clauses.ids(a, s, placeStarts: placeStarts, placeEnds: placeEnds, into: &ids)
        let clause = ids
        defer { clauseBuffer = clause }
        func clauseOf(_ token: Int) -> Int { clause[min(max(token - s.tokens.lowerBound, 0), clause.count - 1)] }
        // "at the village of X, which was freed on Sunday": a clause with a date of its own
        // (few: a list searched in order, the first date of each clause)
        var clauseDates: [(clause: Int, span: DateSpan)] = []
        swap(&clauseDates, &clauseDateBuffer)
        defer { swap(&clauseDates, &clauseDateBuffer) }
        clauseDates.empty()
        for e in expressions where !e.span.isLong {
            let c = clause[e.range.lowerBound]
            if !clauseDates.contains(where: { $0.clause == c }) { clauseDates.append((c, e.span)) }
        }
        // "on Monday, when fighters attacked ...": a "when" clause without a date of its own takes
        // the date of the clause before it (only read with two dates: else that is the sentence's)
        if clauseDates.count > 1 {
            for k in clauseDates.indices {
                let c = clauseDates[k].clause + 1
                if !clauseDates.contains(where: { $0.clause == c }), Clauses.opens(c, with: Clauses.when, ids: clause, a, s) {
                    clauseDates.append((c, clauseDates[k].span))
                }
            }
        }
        func dated(_ t: Trigger) -> DateSpan {
            let c = clauseOf(t.range.lowerBound)
            let d = clauseDates.first { $0.clause == c }?.span ?? date
            guard let n = newsAfter, t.range.lowerBound > n.from else { return d }
            return DateSpan(d.start.adding(days: -n.days), d.end.adding(days: -n.days), precision: d.precision)
        }

        if debug {
            FileHandle.standardError.write(Data("S: \(a.text(of: s))\n   span=\(String(describing: span)) date=\(date) kept=\(triggers.map { a.text(a.tokens[$0.range.lowerBound].start..<a.tokens[$0.range.upperBound - 1].end) }) places=\(candidates.map { places[$0.index].mention(in: a) }) clauses=\(clause)\n".utf8))
        }
        madeBuffer.empty()
        if candidates.isEmpty {
            // "shelling the towns": the places of the last event
            // "the towns", "the two towns", "the Shiite towns" (a lowercase or capitalised adjective,
            // not a name such as "the Old City")
            // ("the rebel-held town": over a hyphenated adjective)
            let noun = s.tokens.first { i in
                guard Self.anaphora.contains(a.tokens[i].hash), i > s.tokens.lowerBound, !a.tokens[i].isCapitalised,
                      i + 1 >= s.tokens.upperBound || a.tokens[i + 1].hash != Self.of else { return false }
                let p1 = a.tokens[i - 1].hash
                if p1 == Self.the || p1 == Self.twoW || p1 == Self.both { return true }
                if i > s.tokens.lowerBound + 1, a.tokens[i - 2].hash == Self.the { return true }
                return i > s.tokens.lowerBound + 2 && a.tokens[i - 3].hash == Self.the && a.gap(i - 2, i - 1).elementsEqual([0x2D])
            }
            // (a story that names no other place since keeps its place however long it goes on)
            // "residents fled towards the villages of X and Y": a flight from the last event's place
            let flight = triggers.contains { $0.kind == .fixed(.displacement) }
                && inSentence.contains { places[$0].bytes.upperBound <= s.end && places[$0].isDestination && (places[$0].resolution == nil || places[$0].isSyrian) }
            if noun == nil, flight, !lastEventPlaces.isEmpty, sentencesSinceEvent <= 5 {
                for p in lastEventPlaces {
                    add(p, triggers.first { $0.kind == .fixed(.displacement) }!, triggers: triggers, date: date,
                        actors: actors, fatalities: fatalities, s: s)
                }
                return
            }
            // "The jihadists had also abducted 400 people": what was also done to the people of the
            // last event's places (harm to civilians, arrests, looting; not a list's lead); and so
            // is a toll of it told within two sentences ("the insurgents executed 56 captured soldiers")
            if noun == nil, sentencesSinceEvent <= 3, !lastEventPlaces.isEmpty, !Self.endsWithColon(a, s),
               s.tokens.contains(where: { a.tokens[$0].hash == Self.also }) || (sentencesSinceEvent <= 2 && fatalities != nil),
               let t = triggers.first(where: { Self.isDoneToPeople($0.kind) }) {
                for p in lastEventPlaces { add(p, t, triggers: triggers, date: dated(t), actors: actors, fatalities: fatalities, s: s) }
                return
            }
            // "In Kobane, gunmen entered the town before dawn. A suicide bomber drove a car at the
            // crossing.": what a paragraph set at a place tells without naming one happens there
            if noun == nil, let set = paragraphSetting, set.paragraph == s.paragraph, !Self.endsWithColon(a, s) {
                for t in Self.chosen(triggers, in: s, a) {
                    add(set.place, t, triggers: triggers, date: dated(t), actors: actors, fatalities: fatalities, s: s)
                }
                lastEventPlaces = [set.place]; sentencesSinceEvent = 0; lastEventEnd = s.end
                return
            }
            guard let noun, sentencesSinceEvent <= 5 || lastEventPlaces.isEmpty || !otherPlaceNamed(before: s.start) else { return }
            // before any event, "the town" is the place the story is about: its first Syrian place
            var referents = lastEventPlaces.isEmpty
                ? places.indices.first(where: { i in
                    places[i].isSyrian && !places[i].isArea && places[i].kind != .country
                }).map { [PlaceRef(index: $0)] } ?? []
                : lastEventPlaces
            // "the city" is not the village of the last event: the last place introduced as a city
            func cityLike(_ q: PlaceRef) -> Bool { kind(q) == .city || kind(q) == .governorate }
            if a.tokens[noun].hash == Self.city, !referents.contains(where: { !introducedAsSmaller($0) && cityLike($0) }),
               let k = places.indices.last(where: { i in
                   let q = PlaceRef(index: i)
                   return places[i].bytes.upperBound <= s.start && cityLike(q) && places[i].isSyrian
                       && !introducedAsSmaller(q) && !places[i].isGoal && !Self.isDateline(a, places[i].bytes)
               }) {
                let city = PlaceRef(index: k)
                referents = [asCity(city).map { reading(city, as: $0) } ?? city]
            }
            for t in Self.chosen(triggers, in: s, a) {
                for p in referents {
                    add(p, t, triggers: triggers, date: dated(t), actors: actors, fatalities: fatalities, s: s)
                }
            }
            if !referents.isEmpty { lastEventPlaces = referents; sentencesSinceEvent = 0; lastEventEnd = s.end }
            return
        }
        // the dead are counted once, at one place: the first in the clause that counts them ("air
        // strikes on X and Y killed 12"), else the last named before it ("struck X and Y; in Y, a
        // family of five were killed"), else the first of the sentence
        var countedAt = candidates.first
        if fatalities != nil, candidates.count > 1,
           let d = s.tokens.first(where: { FatalityReader.deathHashes.contains(a.tokens[$0].hash) }) {
            countedAt = candidates.first { clauseOf(places[$0.index].tokens.lowerBound) == clauseOf(d) }
                ?? candidates.last { places[$0.index].tokens.lowerBound < d } ?? countedAt
        }
        for p in candidates where places[p.index].tokens.lowerBound <= backgroundFrom {
            let c = clauseOf(places[p.index].tokens.lowerBound)
            var own = fromList ? triggers : triggers.keeping { clauseOf($0.range.lowerBound) == c }
            if !withdrawalPlaces.isEmpty, let w = withdrawalPlaces[key(p)] { own = own.keeping { $0.kind != .withdrawal || $0 == w } }
            else { own = own.keeping { $0.kind != .withdrawal } }
            if own.isEmpty { own = inherited(clause: c, place: places[p.index].tokens.lowerBound, s: s, clauseOf: clauseOf, triggers: triggers) }
            if own.isEmpty {
                let only = candidates.count == 1
                if !(only && partialSummary), silencedAll.contains(where: { clauseOf($0.range.lowerBound) == c }) { continue }
                // "X, home to 40,000 people": a description, not an event
                if s.tokens.contains(where: { clauseOf($0) == c && a.tokens[$0].hash == Self.home }) { continue }
                // nearest trigger within 12 words in a clause that names no place (in a summary's
                // sentence that names one place, the dated event told after it, as the news told after
                // "a day after")
                let free = triggers.filter { t in
                    !placeStarts.contains { clauseOf($0) == clauseOf(t.range.lowerBound) } && t.kind != .withdrawal
                }
                let placeTokens = places[p.index].tokens
                let nearest = free.min { Self.distance($0, placeTokens) < Self.distance($1, placeTokens) }
                guard let n = nearest, Self.distance(n, placeTokens) <= (only && (partialSummary || newsAfter != nil) ? 40 : 12) else { continue }
                own = [n]
            }
            for t in Self.chosen(own, in: s, a) {
                add(p, t, triggers: own, date: dated(t), actors: actors, fatalities: p == countedAt ? fatalities : nil, s: s)
            }
            madeBuffer.append(p)
        }
        // (the last event's places and the buffer trade places)
        if !madeBuffer.isEmpty { swap(&lastEventPlaces, &madeBuffer); sentencesSinceEvent = 0; lastEventEnd = s.end }
    }


    /// The triggers of the clause before a clause that only adds a place ("air strikes on al-Bab,
    /// killing five, and on areas in the town of Marea"): one starting with a preposition, or
    /// "and" and a preposition; "and" and what was hit there ("strikes hit schools in Idleb city,
    /// and a kindergarten in X"); or a relative clause about what was hit ("a strike on a school
    /// that was housing families in the town of X").
    /// - Parameter place: the first token of the place in clause `c`.
    func inherited(clause c: Int, place: Int, s: Sentence, clauseOf: (Int) -> Int, triggers: [Trigger]) -> [Trigger] {
        guard c > 0, let first = s.tokens.first(where: { clauseOf($0) == c }) else { return [] }
        var k = first
        let and = a.tokens[k].hash == Self.and
        if and { k += 1 }
        guard k < s.tokens.upperBound else { return [] }
        // ("in X", "in the town of X")
        var b = place - 1
        while b > k, b > place - 4, a.tokens[b].hash == Self.of || a.tokens[b].hash == Self.the || Self.placeNouns.contains(a.tokens[b].hash) { b -= 1 }
        let placeAfterPreposition = b >= k && b < place && Self.prepositions.contains(a.tokens[b].hash)
        let relative = !and && Self.relatives.contains(a.tokens[k].hash) && k > s.tokens.lowerBound
            && !a.tokens[k - 1].isCapitalised && placeAfterPreposition && !isSpeechVerb(k - 1)
        // (what was hit named in a few words: "and a kindergarten in X", not "and said that ... in X")
        guard Self.prepositions.contains(a.tokens[k].hash) || (relative && place - k <= 12) || (and && placeAfterPreposition && place - k <= 4) else { return [] }
        for earlier in stride(from: c - 1, through: 0, by: -1) {
            let own = triggers.filter { clauseOf($0.range.lowerBound) == earlier && $0.kind != .withdrawal }
            if !own.isEmpty { return own }
        }
        return []
    }

    /// "took over the positions without any fighting", "entered without a shot fired".
    func saysNoFight(_ s: Sentence) -> Bool {
        s.tokens.contains { i in
            a.tokens[i].hash == Self.without && ((i + 1)..<min(s.tokens.upperBound, i + 4)).contains { Self.fightWords.contains(a.tokens[$0].hash) }
        }
    }
    static let without = WordHash.of("without")
    static let fightWords = WordSet(words: ["fighting", "fight", "resistance", "battle", "clashes", "shot", "bloodshed"])
    static let on = WordHash.of("on")
    /// A trigger of harm done to people or their property where they are: violence against
    /// civilians, arrests, looting.
    static func isDoneToPeople(_ k: TriggerKind) -> Bool {
        guard case .fixed(let st) = k else { return false }
        return st.eventType == .violenceAgainstCivilians || st == .arrests || st == .looting
    }
    static let also = WordHash.of("also"), square = WordHash.of("square"), street = WordHash.of("street"), aW = WordHash.of("a")
    /// "said that", "repeated that", "reported that": a verb before "that" opens what was said,
    /// not a relative clause (a word ending in "ed", or a verb of saying).
    func isSpeechVerb(_ k: Int) -> Bool {
        let t = a.tokens[k]
        if t.end - t.start > 3, a.bytes[t.end - 2] == 0x65, a.bytes[t.end - 1] == 0x64 { return true }
        return Self.sayings.contains(t.hash)
    }
    static let sayings = WordSet(words: ["said", "says", "say", "told", "tells", "warned", "warns", "added",
        "adds", "claimed", "claims", "announced", "announces", "stated", "states", "insisted", "insists", "noted", "notes",
        "believe", "believes", "thought", "think", "thinks", "knew", "know", "knows", "argue", "argues", "hope", "hopes"])
    /// "a school that was housing ...": a relative clause about what the clause before names.
    static let relatives = WordSet(words: ["that", "which"])
    static let quarters = WordSet(["neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
        "quarter", "quarters", "square", "street"].map { WordHash.of($0) })
    static let cityParts = WordSet(words: ["districts", "neighbourhoods", "neighborhoods", "quarters",
        "district", "neighbourhood", "neighborhood", "quarter", "streets", "centre", "center"])
    /// "northwest of Damascus": a bearing from a place that only locates another.
    static let compass = WordSet(words: ["north", "south", "east", "west", "northwest", "northeast",
        "southwest", "southeast"])
    /// "the shelling drove thousands to flee": words of a flight caused by the other triggers.
    static let causeWords = WordSet(words: ["drove", "forced", "forcing", "prompted", "caused", "sparked", "driving"])
    static let nearW = WordHash.of("near"), since = WordHash.of("since"), city = WordHash.of("city"), town = WordHash.of("town"), village = WordHash.of("village")
    static let forW = WordHash.of("for")
    static let district = WordHash.of("district"), with = WordHash.of("with"), based = WordHash.of("based")
    static let cityKinds: Set<PlaceKind> = [.city, .town]


    /// Whether the sentence's text ends with a colon (`a.text(of: s).hasSuffix(":")`): the text is
    /// built only when its last byte is one.
    static func endsWithColon(_ a: AnalysedText, _ s: Sentence) -> Bool {
        var hi = s.end
        while hi > s.start, a.bytes[hi - 1] == 0x20 || a.bytes[hi - 1] == 0x0A || a.bytes[hi - 1] == 0x09 || a.bytes[hi - 1] == 0x0D { hi -= 1 }
        return hi > s.start && a.bytes[hi - 1] == 0x3A && a.text(of: s).hasSuffix(":")
    }


    /// The end of the list block after a sentence: the first blank line after the next non-empty line.
    /// (Static, on the bytes read through a pointer: called from the mutating ``sentence(_:_:)``,
    /// a method of the state would be handed a copy of it.)
    static func paragraphEnd(_ bytes: [UInt8], after s: Sentence) -> Int {
        bytes.withUnsafeBufferPointer { b in
            var end = listBlockEnd(b, from: s.end)
            // further lines of the same list: "Idlib countryside: X, Y, Z." after "Hama countryside: ..."
            while end < b.count {
                var i = end
                while i < b.count, b[i] == 0x0A || b[i] == 0x20 || b[i] == 0x0D { i += 1 }
                let lineEnd = lineFeed(b, from: i)
                guard let colon = b[i..<lineEnd].firstIndex(of: 0x3A), colon - i <= 40,
                      b[colon..<lineEnd].contains(0x2C) else { break }
                end = listBlockEnd(b, from: i)
            }
            return end
        }
    }

    /// The first blank line (a line feed before another) from `start` on, once some text has
    /// been passed; the end of the bytes when there is none.
    static func listBlockEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        var sawText = false
        // (from line feed to line feed: the bytes between are read only until some text is seen)
        while i < b.count {
            let k = lineFeed(b, from: i)
            if !sawText { sawText = b[i..<k].contains { $0 != 0x20 } }
            if k + 1 < b.count, b[k + 1] == 0x0A, sawText { return k }
            i = k + 1
        }
        return b.count
    }

    /// The index of the first line feed at or after `i`; the end of `b` when there is none.
    static func lineFeed(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        guard let p = b.baseAddress, i < b.count, let found = memchr(p + i, 0x0A, b.count - i) else { return b.count }
        return UnsafeRawPointer(p).distance(to: UnsafeRawPointer(found))
    }

    /// The indices of the places starting inside a sentence (binary search: places are in text
    /// order); those inside it are the ones that also end by `s.end`.
    static func placesIn(_ places: [FoundPlace], _ s: Sentence) -> Range<Int> {
        var lo = 0, hi = places.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if places[mid].bytes.lowerBound < s.start { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < places.count, places[end].bytes.lowerBound < s.end { end += 1 }
        return lo..<end
    }

    /// Whether the name at `bytes` is a dateline's place ("DAMASCUS, Feb. 26 —", "Damascus (AFP)
    /// -", "QAMISHLO - "): where the story was filed. A name followed by a dash is a dateline
    /// only in capitals ("Idlib - the latest" is a heading).
    static func isDateline(_ a: AnalysedText, _ bytes: Range<Int>) -> Bool {
        let start = bytes.lowerBound
        guard start == 0 || a.bytes[start - 1] == 0x0A else { return false }
        var i = bytes.upperBound
        while i < a.bytes.count, a.bytes[i] == 0x20 { i += 1 }
        guard i < a.bytes.count else { return false }
        if a.bytes[i] == 0x2C || a.bytes[i] == 0x28 { return true }
        // "-", or the en or em dash (E2 80 93, E2 80 94), after a name without lower-case letters
        let dash = a.bytes[i] == 0x2D
            || (i + 2 < a.bytes.count && a.bytes[i] == 0xE2 && a.bytes[i + 1] == 0x80 && (a.bytes[i + 2] == 0x93 || a.bytes[i + 2] == 0x94))
        return dash && !a.bytes[bytes].contains { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// Token distance between a trigger and a place's `tokens` (static: called from the mutating
    /// ``sentence(_:_:)``, a method would be handed a copy of the state).
    static func distance(_ t: Trigger, _ tokens: Range<Int>) -> Int {
        if t.range.upperBound <= tokens.lowerBound { return tokens.lowerBound - t.range.upperBound + 1 }
        return max(0, t.range.lowerBound - tokens.upperBound + 1)
    }

    /// The triggers that make events: the first of each event type; supporting words ("attack",
    /// "bombardment", "killed"; not an attack by aircraft named before it) give way to a specific trigger; flight caused by the rest
    /// ("the shelling sent tens of thousands fleeing") is the one event.
    static func chosen(_ triggers: [Trigger], in s: Sentence, _ a: AnalysedText) -> [Trigger] {
        // (one trigger is its own choice)
        if triggers.count < 2 { return triggers }
        // ("jets carried out dozens of strikes": an attack by what flies is an air strike, unless
        // the sentence names its weapon otherwise: "jets and artillery struck X")
        let weaponNamed = triggers.contains {
            if case .fixed(let st) = $0.kind { return st.eventType == .explosions }
            return $0.kind == .bombing
        }
        let specific = triggers.keeping {
            switch $0.kind {
            case .genericAttack:
                return !weaponNamed && airNamed(before: $0, within: Int.max, s, a)
            case .killing: return false
            case .bombing: return false
            default: return true
            }
        }
        var pool = specific.isEmpty ? triggers : specific
        // "protesters were gunned down": the force used on a protest, not an event of its own
        // (and the damage a protest does is its riot: "protesters torched the offices")
        if pool.contains(where: { $0.kind == .protest }) { pool = pool.keeping { $0.kind != .fixed(.attack) && $0.kind != .fixed(.looting) } }
        if specific.isEmpty, let b = triggers.first(where: { $0.kind == .bombing }) { pool = [b] }
        // ("a rocket loaded with chemical materials": the chemical weapon, not the rocket that bore it)
        if pool.contains(where: { $0.kind == .fixed(.chemicalWeapon) }) {
            pool = pool.keeping { $0.kind != .fixed(.shelling) && $0.kind != .fixed(.airStrike) }
        }
        if let d = pool.first(where: { $0.kind == .fixed(.displacement) }), pool.count > 1 {
            let before = a.tokens[max(s.tokens.lowerBound, d.range.lowerBound - 6)..<d.range.lowerBound]
            if before.contains(where: { Self.causeWords.contains($0.hash) }) {
                return [d]
            }
        }
        // (the pool itself when no two triggers share a family)
        var seen: UInt16 = 0
        guard pool.contains(where: { t in
            let family = Self.family(t.kind)
            defer { seen |= family }
            return seen & family != 0
        }) else { return pool }
        seen = 0
        var out: [Trigger] = []
        for t in pool where seen & Self.family(t.kind) == 0 {
            seen |= Self.family(t.kind)
            out.append(t)
        }
        return out
    }

    /// The family of a trigger kind, as a bit: the event type of a fixed sub-type (displacement
    /// apart), else "Battles" for changes of control and attacks, "Violence against civilians" for
    /// killings, "Protests"; bombings and withdrawals each a family of their own.
    static func family(_ k: TriggerKind) -> UInt16 {
        switch k {
        case .fixed(let st):
            if st == .displacement { return 1 << 6 }
            switch st.eventType {
            case .battles: return 1 << 0
            case .explosions: return 1 << 1
            case .violenceAgainstCivilians: return 1 << 2
            case .strategicDevelopments: return 1 << 3
            case .protests: return 1 << 4
            case .riots: return 1 << 5
            }
        case .territory, .genericAttack: return 1 << 0
        case .bombing: return 1 << 7
        case .withdrawal: return 1 << 8
        case .killing: return 1 << 2
        case .protest: return 1 << 4
        }
    }


    static func hasTrigger(_ r: Range<Int>, _ a: AnalysedText) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound {
            if TriggerLexicon.table.match(a.tokens, at: i, end: r.upperBound) != nil { return true }
            i += 1
        }
        return false
    }

    /// Actors named in the sentence, in order, without repeats (into `out`, a buffer emptied first).
    static func actorsIn(_ a: AnalysedText, _ s: Sentence, into out: inout [(actor: Actor, at: Int)]) {
        out.empty()
        let table = ActorLexicon.table
        var i = s.tokens.lowerBound
        while i < s.tokens.upperBound {
            // (a token that starts no actor phrase, as its facts tell, is not looked up)
            if a.tokens[i].facts.contains(.actorStart), let (actor, length) = table.match(a.tokens, at: i, end: s.tokens.upperBound) {
                if !out.contains(where: { $0.actor.name == actor.name }) { out.append((actor, i)) }
                i += length
            } else { i += 1 }
        }
    }

    /// How many days before the reference day an event's date may end: an older one is
    /// background, not news (the coding rules code neither background nor summaries).
    static let oldestNews = 31

    mutating func add(_ p: PlaceRef, _ t: Trigger, triggers: [Trigger], date: DateSpan,
                              actors: [(actor: Actor, at: Int)], fatalities: Int?, s: Sentence) {
        if let ref = referenceOrdinal, date.endOrdinal < ref - Self.oldestNews { return }
        // the attacker: the first non-civilian actor named before the trigger, else the first one
        let attacker = actors.first(where: { !$0.actor.isCivilian && $0.at < t.range.lowerBound })
            ?? actors.first(where: { !$0.actor.isCivilian })
        let sub: SubEventType
        switch t.kind {
        case .fixed(.abduction) where attacker?.actor.isProGovernment == true && Self.takings.contains(a.tokens[t.range.lowerBound].hash):
            // "security forces raided homes and took away about 20 people": arrests
            sub = .arrests
        case .fixed(let st):
            // ("the air force shelled X", "warplanes fired missiles into X": fired from the air)
            if st == .shelling, actors.contains(where: { !$0.actor.isCivilian && $0.actor.isAirborne && $0.actor.name == ActorLexicon.airForce.name })
                || Self.airNamed(before: t, within: 4, s, a) {
                sub = .airStrike
            } else { sub = st }
        case .territory where Self.seizesPeople(a, t, s):
            // "gunmen seized two of the city's most senior churchmen": people taken, not a place
            sub = .abduction
        case .territory(let gov):
            let fought = sentenceTriggers.contains { $0.kind == .fixed(.armedClash) }
            if !fought, s.tokens.contains(where: { Self.handoverWords.contains(a.tokens[$0].hash) }) || saysNoFight(s) { sub = .nonViolentTransfer }
            else if let at = attacker { sub = at.actor.isProGovernment ? .governmentRegainsTerritory : .nonStateActorOvertakesTerritory }
            else { sub = gov ? .governmentRegainsTerritory : .nonStateActorOvertakesTerritory }
        case .genericAttack where (t.range.upperBound..<min(s.tokens.upperBound, t.range.upperBound + 3))
                .contains(where: { TriggerFinder.crowds.contains(a.tokens[$0].hash) && a.tokens[$0].hash != Self.peopleW }):
            // "opened fire on a crowd of tens of thousands": force used on a protest
            sub = .excessiveForce
        case .genericAttack where Self.victimsAttacked(a, t, s):
            // "the gatherers were attacked in the desert": an attack on civilians
            sub = .attack
        case .genericAttack where Self.airNamed(before: t, within: 3, s, a):
            // "warplanes also struck X; in Y a missile hit a house": what struck is named before
            sub = .airStrike
        case .genericAttack:
            // "rockets struck X ... and a second wave hit Y": the weapon of the sentence
            var anyFixed = false, battle = false, weapon: SubEventType?
            for t in sentenceTriggers {
                guard case .fixed(let st) = t.kind else { continue }
                anyFixed = true
                if st.eventType == .battles { battle = true }
                if weapon == nil, st.eventType == .explosions { weapon = st }
            }
            if !battle, let weapon {
                sub = weapon
                break
            }
            // "the raids killed ten, and a farm near X was hit": the bombing of the sentence
            if !anyFixed, sentenceTriggers.contains(where: { $0.kind == .bombing }) {
                sub = s.tokens.contains { Self.artillery.contains(a.tokens[$0].hash) } ? .shelling : .airStrike
                break
            }
            let air = attacker?.actor.isAirborne == true || s.tokens.contains { Self.airWords.contains(a.tokens[$0].hash) }
            sub = air ? .airStrike : .armedClash
        case .bombing:
            let art = s.tokens.contains { Self.artillery.contains(a.tokens[$0].hash) }
            sub = art ? .shelling : .airStrike
        case .withdrawal: sub = .other
        case .killing:
            // "gunmen killed five civilians", "the militants killed twenty people in the village of
            // X": an armed actor named before the deaths of civilians, or of people named by no side
            guard actors.contains(where: { !$0.actor.isCivilian && $0.at < t.range.lowerBound }),
                  actors.contains(where: { $0.actor.isCivilian }) || Self.killsPeople(a, t, s) else { return }
            sub = .attack
        case .protest:
            // "protesters set fire to the party's offices": a riot
            if sentenceTriggers.contains(where: { $0.kind == .fixed(.looting) }) { sub = .violentDemonstration }
            else if s.tokens.contains(where: { Self.forceWords.contains(a.tokens[$0].hash) }) { sub = .excessiveForce }
            else if s.tokens.contains(where: { Self.interventionWords.contains(a.tokens[$0].hash) && !Self.withoutIncident(a, $0 + 1, s) }) {
                sub = .protestWithIntervention
            }
            else { sub = .peacefulProtest }
        }
        // where: the place itself, or an anchor for a name the gazetteer lacks
        guard let (anchor, precision) = locate(p, s) else {
            if kind(p) == nil { warnings.append("\(article.origin): no known place to anchor '\(places[p.index].mention(in: a))', event skipped") }
            return
        }
        // (the first other party: an armed one, or civilians as victims)
        var actor2 = actors.first(where: { $0.actor.name != attacker?.actor.name
            && (!$0.actor.isCivilian || sub.eventType == .violenceAgainstCivilians) })?.actor.name
        if sub == .peacefulProtest || sub == .displacement { actor2 = nil }
        let actor1: String? = sub == .peacefulProtest ? ActorLexicon.protesters.name : attacker?.actor.name
        if drafts.capacity == 0 { drafts.reserveCapacity(8) }
        drafts.append(Draft(place: p, anchor: anchor, geoPrecision: precision, subType: sub, span: date,
                            actor1: actor1, actor2: actor2 == actor1 ? nil : actor2, fatalities: fatalities,
                            notes: sentenceText(s), fromWithdrawal: t.kind == .withdrawal,
                            isTerritory: sub == .governmentRegainsTerritory || sub == .nonStateActorOvertakesTerritory,
                            sentence: s.start))
    }

    /// Whether an attack is told in the passive of people who fight no one ("the truffle gatherers
    /// were attacked", "villagers had been attacked").
    static func victimsAttacked(_ a: AnalysedText, _ t: Trigger, _ s: Sentence) -> Bool {
        let i = t.range.lowerBound
        guard t.isVerb, i - 2 >= s.tokens.lowerBound, Self.passiveBe.contains(a.tokens[i - 1].hash) else { return false }
        let subject = a.tokens[i - 2].hash
        return Self.captives.contains(subject) || Self.peopleWords.contains(subject) || Self.civilianTrades.contains(subject)
    }
    static let passiveBe = WordSet(words: ["was", "were", "been"])
    static let takings = WordSet(words: ["took", "taken"]), peopleW = WordHash.of("people")
    /// People at work in the open whom attacks on civilians often strike.
    static let civilianTrades = WordSet(words: ["gatherers", "collectors", "hunters", "herders", "shepherds", "farmers", "drivers"])

    static let tollW = WordHash.of("toll")
    /// Whether sentence `s` names a day with a possessive ("Tuesday's", "yesterday's").
    static func namesItsDay(_ a: AnalysedText, _ s: Sentence) -> Bool {
        s.tokens.dropLast().contains { Self.dayNames.contains(a.tokens[$0].hash) && a.tokens[$0 + 1].hash == sW }
    }
    static let dayNames = WordSet(words: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                          "yesterday", "today"])
    static let sW = WordHash.of("s")
    /// How many days before "after" at token `k` says: "a day after" 1, "two days after" 2, "hours
    /// after" 0, "a week after" 7; `nil` for longer or vaguer times.
    static func daysBefore(_ a: AnalysedText, _ k: Int, _ s: Sentence) -> Int? {
        guard k - 1 >= s.tokens.lowerBound else { return nil }
        let unit = a.word(k - 1)
        let count = k - 2 >= s.tokens.lowerBound ? (a.tokens[k - 2].hash == aW || a.word(k - 2) == "one" ? 1
            : CalendarWords.number(a.word(k - 2))) : nil
        switch unit {
        case "hours", "hour": return 0
        case "day", "days": return count.flatMap { $0 <= 7 ? $0 : nil }
        case "week": return count == 1 ? 7 : nil
        default: return nil
        }
    }

    /// The Syrian place a sentence opens with, as "In X, ...": the setting of its paragraph.
    static func settingPlace(_ a: AnalysedText, _ places: [FoundPlace], _ s: Sentence) -> PlaceRef? {
        let range = Self.placesIn(places, s)
        guard let k = range.first, places[k].tokens.lowerBound == s.tokens.lowerBound + 1, places[k].isSyrian,
              places[k].bytes.upperBound < a.bytes.count, a.bytes[places[k].bytes.upperBound] == 0x2C else { return nil }
        return PlaceRef(index: k)
    }

    /// Whether a change-of-control verb takes people as its object within eight words, before any
    /// preposition or place noun ("seized two of Aleppo's most senior churchmen", "captured 30 women").
    static func seizesPeople(_ a: AnalysedText, _ t: Trigger, _ s: Sentence) -> Bool {
        guard t.isVerb else { return false }
        for k in t.range.upperBound..<min(s.tokens.upperBound, t.range.upperBound + 8) {
            let h = a.tokens[k].hash
            if Self.captives.contains(h) { return true }
            // (not "captured the town and its residents")
            if Self.prepositions.contains(h) || Self.placeNouns.contains(h) { return false }
        }
        return false
    }
    /// People who are taken, not fought: civilians, clergy, reporters, aid workers.
    static let captives = WordSet(words: ["people", "civilians", "residents", "men", "women", "children", "journalists",
        "journalist", "priests", "priest", "bishops", "archbishops", "churchmen", "clerics", "nuns", "activists",
        "workers", "hostages", "villagers", "doctors", "employees", "pilgrims", "passengers", "students", "teachers"])

    /// Whether a killing trigger is followed, within five words, by victims that name no side
    /// ("killed at least twenty people").
    static func killsPeople(_ a: AnalysedText, _ t: Trigger, _ s: Sentence) -> Bool {
        let end = min(s.tokens.upperBound, t.range.upperBound + 5)
        return (t.range.upperBound..<end).contains { Self.peopleWords.contains(a.tokens[$0].hash) }
    }

    /// The text of sentence `s` (the notes of its events): built only when a draft is made, and
    /// once per sentence.
    mutating func sentenceText(_ s: Sentence) -> String {
        if let t = textOfSentence, t.start == s.start { return t.text }
        let text = a.text(of: s)
        textOfSentence = (s.start, text)
        return text
    }
}
