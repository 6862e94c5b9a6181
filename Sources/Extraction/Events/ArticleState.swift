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
    /// The day relative dates count from: the dateline's day, else the publication day.
    let reference: Day?
    var carried: DateSpan?
    /// Sentences without an event that may give a date, not read yet (marked by index, from
    /// `firstUnread` on): their date matters only when a later event sentence has none of its own
    /// (``carriedDate(before:)`` reads them then; those that hold no date are found so only if read).
    var unreadDates: [Bool]
    var firstUnread = 0
    var lastEventPlaces: [PlaceRef] = []
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

    init(article: Article, text: AnalysedText, places: [FoundPlace], gazetteer: Gazetteer) {
        self.article = article
        self.a = text
        self.places = places
        self.gazetteer = gazetteer
        self.unreadDates = Array(repeating: false, count: text.sentences.count)
        self.reference = PublicationDate.dateline(of: text, text: article.text, published: article.published) ?? article.published
    }

    private static let nearWords = WordSet(["outskirts", "around", "near", "surrounding", "outside",
        "countryside", "vicinity", "suburbs", "nearby", "environs", "edge", "west", "east", "north", "south"].map { WordHash.of($0) })
    /// ("the area" is left out: it names a region as often as the last place)
    private static let anaphora = WordSet(["town", "towns", "village", "villages", "city", "camp", "encampment"].map { WordHash.of($0) })
    /// "and on areas in X", "and near X": a clause that only adds a place to the event before it.
    private static let prepositions = WordSet(["on", "in", "at", "near", "around", "against", "into"].map { WordHash.of($0) })
    /// Words of a handover: a town changing hands under them changes hands without a battle.
    private static let handoverWords = WordSet(words: ["deal", "agreement", "surrender", "bussed", "evacuation",
        "handover", "reconciliation", "truce", "buses", "convoys", "evacuated"])
    private static let the = WordHash.of("the"), of = WordHash.of("of"), inW = WordHash.of("in"),
        home = WordHash.of("home"), and = WordHash.of("and"), twoW = WordHash.of("two"), both = WordHash.of("both")
    private static let airWords = WordSet(["jets", "warplanes", "warplane", "aircraft", "planes", "helicopters",
        "helicopter", "air", "aerial", "drone", "drones", "sorties", "airstrikes"].map { WordHash.of($0) })
    private static let placeNouns = WordSet(["town", "village", "city", "district", "neighbourhood", "neighborhood",
        "towns", "villages", "suburb", "suburbs", "camp", "hamlet", "locality", "areas", "area"].map { WordHash.of($0) })
    private static let directionWords = WordSet(["north", "south", "east", "west", "northern", "southern",
        "eastern", "western", "central", "rural"].map { WordHash.of($0) })
    /// Words of a protest met with force, or dispersed without it.
    private static let forceWords = WordSet(words: ["killed", "shot", "live", "gunned", "fire", "fired", "gunfire",
        "ammunition", "dead", "killing", "shooting", "bullets"]),
        interventionWords = WordSet(words: ["dispersed", "arrested", "tear"])
    private static let artillery = WordSet(["artillery", "mortar", "mortars", "rocket", "rockets", "shells",
                                                     "shelling", "tank", "missiles", "cannon"].map { WordHash.of($0) })

    /// `EVENTMAP_DEBUG_EXTRACT=1` traces each event sentence (date, triggers, places, clauses) on stderr.
    static let debug = ProcessInfo.processInfo.environment["EVENTMAP_DEBUG_EXTRACT"] != nil
    /// ``debug``, read once per article (not once per sentence).
    private let debug = ArticleState.debug

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
    private mutating func carryToll(_ s: Sentence) {
        guard sentencesSinceEvent <= 2, let last = drafts.last,
              let k = drafts.firstIndex(where: { $0.sentence == last.sentence }) else { return }
        let keys = lastEventPlaces.map { key($0) }
        let inSentence = Self.placesIn(places, s)
        if inSentence.contains(where: { places[$0].isSyrianCandidate && !keys.contains(places[$0].key(a, gazetteer)) && !Self.isDateline(a, places[$0].bytes) }) { return }
        if s.tokens.contains(where: { Self.otherEvent.contains(a.tokens[$0].hash) }) { return }
        if let cue = TriggerFinder.sinceSummaryCue(a, s), a.tokens[cue].hash == Self.since { return }
        guard let n = SentenceWords.with(a, s, { FatalityReader.fatalities(in: $0) }) else { return }
        drafts[k].fatalities = max(drafts[k].fatalities ?? 0, n)
    }
    private static let deathWords = WordSet(words: FatalityReader.deathWords)
    /// Words of a sentence that tells of another event than the last one.
    /// (and words of a period: "killed in the three-week offensive" sums up weeks)
    private static let otherEvent = WordSet(words: ["elsewhere", "separately", "another", "previous", "last",
        "meanwhile", "also", "overall", "week", "weeks", "month", "months", "year", "years", "since"])

    /// Reads sentence `s`, the `n`th of the article.
    private mutating func sentence(_ s: Sentence, _ n: Int) {
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
        // ("said on Friday that they had seen fighting on Thursday": the day of the saying gives way)
        let span = (expressions.first { !$0.span.isLong && !Self.followsSaying(a, s, $0.range.lowerBound) }
            ?? expressions.first { !$0.span.isLong })?.span
        // "killed since the offensive began on Tuesday": a summary, neither an event nor a date to carry
        var partialSummary = false
        if hasTrigger, isSinceSummary(s, cues) {
            // ("... killed since the fighting began, and that IS beheaded two men on Friday": a later
            // clause with a date of its own is still reported)
            let ids = Clauses.ids(a, s)
            let dated = expressions.filter { !$0.span.isLong }.map { ids[$0.range.lowerBound] }
            // (a toll update keeps nothing: its event is told elsewhere)
            let cueAt = TriggerFinder.sinceSummaryCue(a, s)
            let cue = cueAt.flatMap { a.tokens[$0].hash == Self.since ? ids[$0 - s.tokens.lowerBound] : nil } ?? Int.max
            let own = kept.filter { let c = ids[$0.range.lowerBound - s.tokens.lowerBound]; return c > cue && dated.contains(c) }
            silenced += kept.filter { !own.contains($0) }
            kept = own
            partialSummary = !own.isEmpty
        } else if let sp = span { carried = sp; firstUnread = n }
        if expressions.contains(where: \.span.isLong) { Self.silenceBackground(a, s, expressions: expressions, kept: &kept, silenced: &silenced) }
        // "The deaths came a week after a strike on X killed dozens": the strike is background
        // (unless what follows "after" has a date of its own)
        if !kept.isEmpty, let after = TriggerFinder.cameAfterCue(a, s),
           !expressions.contains(where: { !$0.span.isLong && s.tokens.lowerBound + $0.range.lowerBound > after }) {
            silenced += kept.filter { $0.range.lowerBound > after }
            kept.removeAll { $0.range.lowerBound > after }
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
            return clauseDates.first { $0.clause == c }?.span ?? date
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
            // last event's places (harm to civilians, arrests, looting; not a list's lead)
            if noun == nil, sentencesSinceEvent <= 3, !lastEventPlaces.isEmpty, !Self.endsWithColon(a, s),
               s.tokens.contains(where: { a.tokens[$0].hash == Self.also }),
               let t = triggers.first(where: { Self.isDoneToPeople($0.kind) }) {
                for p in lastEventPlaces { add(p, t, triggers: triggers, date: dated(t), actors: actors, fatalities: fatalities, s: s) }
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
           let d = s.tokens.first(where: { Self.deathWords.contains(a.tokens[$0].hash) }) {
            countedAt = candidates.first { clauseOf(places[$0.index].tokens.lowerBound) == clauseOf(d) }
                ?? candidates.last { places[$0.index].tokens.lowerBound < d } ?? countedAt
        }
        for p in candidates {
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
                // sentence that names one place, the dated event told after it)
                let free = triggers.filter { t in
                    !placeStarts.contains { clauseOf($0) == clauseOf(t.range.lowerBound) } && t.kind != .withdrawal
                }
                let nearest = free.min { distance($0, p) < distance($1, p) }
                guard let n = nearest, distance(n, p) <= (only && partialSummary ? 40 : 12) else { continue }
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

    /// Moves to `silenced` the triggers of `kept` that a long date of the sentence (among its
    /// date `expressions`) marks as background: those of its clause; of a "when" clause right
    /// after it and the clauses after that up to one with a short date of its own ("in July
    /// 2018, when gunmen killed 200 people, an attack that ..."); of the clauses before a long
    /// date set apart as a clause of its own, back to one with a short date ("drove them out of
    /// the city, late last month, and ..."); after a long date opening the sentence ("Since late
    /// April, government forces have pressed ..."), of every clause without a short date of its own.
    private static func silenceBackground(_ a: AnalysedText, _ s: Sentence,
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

    /// The triggers of the clause before a clause that only adds a place ("air strikes on al-Bab,
    /// killing five, and on areas in the town of Marea"): one starting with a preposition, or
    /// "and" and a preposition; "and" and what was hit there ("strikes hit schools in Idleb city,
    /// and a kindergarten in X"); or a relative clause about what was hit ("a strike on a school
    /// that was housing families in the town of X").
    /// - Parameter place: the first token of the place in clause `c`.
    private func inherited(clause c: Int, place: Int, s: Sentence, clauseOf: (Int) -> Int, triggers: [Trigger]) -> [Trigger] {
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
    private func saysNoFight(_ s: Sentence) -> Bool {
        s.tokens.contains { i in
            a.tokens[i].hash == Self.without && ((i + 1)..<min(s.tokens.upperBound, i + 4)).contains { Self.fightWords.contains(a.tokens[$0].hash) }
        }
    }
    private static let without = WordHash.of("without")
    private static let fightWords = WordSet(words: ["fighting", "fight", "resistance", "battle", "clashes", "shot", "bloodshed"])
    /// Whether the date expression starting at word `k` of sentence `s` dates a saying ("said on
    /// Friday", "announced Monday").
    private static func followsSaying(_ a: AnalysedText, _ s: Sentence, _ k: Int) -> Bool {
        // (the expression may start at "on" or after it)
        var t = s.tokens.lowerBound + k
        if t < s.tokens.upperBound, a.tokens[t].hash != on { t -= 1 }
        if t >= s.tokens.lowerBound, a.tokens[t].hash == on { t -= 1 }
        return t >= s.tokens.lowerBound && sayings.contains(a.tokens[t].hash)
    }
    private static let on = WordHash.of("on")
    /// A trigger of harm done to people or their property where they are: violence against
    /// civilians, arrests, looting.
    private static func isDoneToPeople(_ k: TriggerKind) -> Bool {
        guard case .fixed(let st) = k else { return false }
        return st.eventType == .violenceAgainstCivilians || st == .arrests || st == .looting
    }
    private static let also = WordHash.of("also"), square = WordHash.of("square"), aW = WordHash.of("a")
    /// "said that", "repeated that", "reported that": a verb before "that" opens what was said,
    /// not a relative clause (a word ending in "ed", or a verb of saying).
    private func isSpeechVerb(_ k: Int) -> Bool {
        let t = a.tokens[k]
        if t.end - t.start > 3, a.bytes[t.end - 2] == 0x65, a.bytes[t.end - 1] == 0x64 { return true }
        return Self.sayings.contains(t.hash)
    }
    private static let sayings = WordSet(words: ["said", "says", "say", "told", "tells", "warned", "warns", "added",
        "adds", "claimed", "claims", "announced", "announces", "stated", "states", "insisted", "insists", "noted", "notes",
        "believe", "believes", "thought", "think", "thinks", "knew", "know", "knows", "argue", "argues", "hope", "hopes"])
    /// "a school that was housing ...": a relative clause about what the clause before names.
    private static let relatives = WordSet(words: ["that", "which"])
    private static let quarters = WordSet(["neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
        "quarter", "quarters", "square"].map { WordHash.of($0) })
    private static let cityParts = WordSet(words: ["districts", "neighbourhoods", "neighborhoods", "quarters",
        "district", "neighbourhood", "neighborhood", "quarter", "streets", "centre", "center"])
    /// "northwest of Damascus": a bearing from a place that only locates another.
    private static let compass = WordSet(words: ["north", "south", "east", "west", "northwest", "northeast",
        "southwest", "southeast"])
    /// "the shelling drove thousands to flee": words of a flight caused by the other triggers.
    private static let causeWords = WordSet(words: ["drove", "forced", "forcing", "prompted", "caused", "sparked", "driving"])
    private static let nearW = WordHash.of("near"), since = WordHash.of("since"), city = WordHash.of("city"), town = WordHash.of("town"), village = WordHash.of("village")
    private static let forW = WordHash.of("for")
    private static let district = WordHash.of("district"), with = WordHash.of("with"), based = WordHash.of("based")
    private static let cityKinds: Set<PlaceKind> = [.city, .town]

    /// A city neighbourhood ("the neighbourhoods of al-Sakhour and al-Ansari", "the Akrama
    /// neighbourhood") coded at its city, the last city named before it, as ACLED codes them;
    /// the neighbourhood's name stays the mention. A name the gazetteer reads as a place far from
    /// that city (a village elsewhere with the same name) is read as the neighbourhood too.
    /// - Returns: the city reading (see ``reading(_:as:)``), or `nil` when `r` is not read so.
    private func atCity(_ r: PlaceRef) -> Resolution? {
        let kind = kind(r)
        guard Self.mayBeQuarter(kind) || namesQuarterOfCity(r) else { return nil }
        let tokens = places[r.index].tokens
        // ("al-Zahra, a district of Homs": over the comma and the article to the noun)
        let after = isAppositiveQuarter(tokens.upperBound) ? tokens.upperBound + 1 : tokens.upperBound
        // ("the Maqtala district": a district of a city when the gazetteer does not know the name,
        // or knows it only as a village far from the city the story is in: "the Rawda district")
        var inQuarter = after < a.tokens.count
            && (Self.quarters.contains(a.tokens[after].hash) || (a.tokens[after].hash == Self.district
                && (kind == nil || after > tokens.upperBound || isFarFromLastCity(r))))
            && tokens.lowerBound > 0 && (a.tokens[tokens.lowerBound - 1].hash == Self.the || a.tokens[tokens.lowerBound - 1].isCapitalised == false
                || after > tokens.upperBound)
        // "the Bab Touma and Abbasiyin neighbourhoods of Damascus": forward over the list to its noun
        var quarterAt = inQuarter ? after : -1
        if !inQuarter {
            var k = after
            while k < a.tokens.count, k < after + 8, a.tokens[k].hash == Self.and || a.tokens[k].isCapitalised
                    || PlaceFinder.isParticle(a.tokens[k].hash) { k += 1 }
            if k > after, k < a.tokens.count, Self.quarters.contains(a.tokens[k].hash) { inQuarter = true; quarterAt = k }
        }
        // ... and the city named right after it
        let named: Place? = !inQuarter || quarterAt < 0 || quarterAt + 2 >= a.tokens.count || a.tokens[quarterAt + 1].hash != Self.of ? nil
            : places.indices.first(where: { places[$0].tokens.lowerBound == quarterAt + 2 }).flatMap { q in
                guard places[q].isSyrian, let place = places[q].place(gazetteer) else { return nil }
                if Self.cityKinds.contains(place.kind) { return place }
                return place.kind == .governorate ? asCity(PlaceRef(index: q))?.place : nil
            }
        if !inQuarter {
            // back over a list of names to "neighbourhoods of"
            var k = tokens.lowerBound - 1
            while k > 0, k > tokens.lowerBound - 16 {
                let h = a.tokens[k].hash
                if h == Self.of { inQuarter = Self.quarters.contains(a.tokens[k - 1].hash); break }
                guard h == Self.and || a.tokens[k].isCapitalised || PlaceFinder.isParticle(h) else { break }
                k -= 1
            }
        }
        // the last city named before, or the capital a governorate is named after ("Homs")
        guard inQuarter, let city = named ?? lastCity(before: places[r.index].bytes.lowerBound) else { return nil }
        if kind == .neighbourhood, let place = place(r), place.coordinate.kilometres(to: city.coordinate) < 20 { return nil }
        return Resolution(place: city, kind: .pattern, geoPrecision: .exact)
    }

    /// "al-Zahra, a district of Homs": a comma, an article and a quarter noun after the name at `after`.
    private func isAppositiveQuarter(_ after: Int) -> Bool {
        guard after > 0, after + 1 < a.tokens.count, a.gap(after - 1, after).contains(0x2C),
              a.tokens[after].hash == Self.aW || a.tokens[after].hash == Self.the else { return false }
        let noun = a.tokens[after + 1].hash
        return Self.quarters.contains(noun) || noun == Self.district
    }

    /// Whether the gazetteer's place for `r` lies more than 30 km from the last city named before it
    /// (no city named: not far).
    private func isFarFromLastCity(_ r: PlaceRef) -> Bool {
        guard let place = place(r), let city = lastCity(before: places[r.index].bytes.lowerBound) else { return false }
        return place.coordinate.kilometres(to: city.coordinate) > 30
    }

    /// "the al-Zahraa neighbourhood of Homs": a name the text makes a quarter of a city it names,
    /// whatever other place the gazetteer knows by it (a town of the same name elsewhere).
    private func namesQuarterOfCity(_ r: PlaceRef) -> Bool {
        let after = places[r.index].tokens.upperBound
        // ("al-Karama Square": a square is always a city's)
        if after < a.tokens.count, a.tokens[after].hash == Self.square { return true }
        // ("al-Zahra, a district of Homs")
        if isAppositiveQuarter(after) {
            return after + 3 < a.tokens.count && a.tokens[after + 2].hash == Self.of && places.contains { q in
                guard q.tokens.lowerBound == after + 3, q.isSyrian, let kind = q.kind else { return false }
                return Self.cityKinds.contains(kind) || kind == .governorate
            }
        }
        // ("the Rawda district", the story in another city)
        if after < a.tokens.count, a.tokens[after].hash == Self.district, isFarFromLastCity(r) { return true }
        guard after + 2 < a.tokens.count, Self.quarters.contains(a.tokens[after].hash) || a.tokens[after].hash == Self.district,
              a.tokens[after + 1].hash == Self.of else { return false }
        return places.contains { q in
            guard q.tokens.lowerBound == after + 2, q.isSyrian, let kind = q.kind else { return false }
            return Self.cityKinds.contains(kind) || kind == .governorate
        }
    }

    /// "In Ankara, officials said ...", "In Geneva, the envoy ...": a sentence that opens on a
    /// foreign place and a comma is set abroad (`inSentence`: the indices of its places).
    /// It may still report an event at a Syrian place it names after a preposition of place ("In
    /// Washington, officials said shells fell near a post outside Kobani"), not as a speaker
    /// ("rejected accusations from Damascus").
    private static func isSetAbroad(_ s: Sentence, _ inSentence: Range<Int>, _ a: AnalysedText, _ places: [FoundPlace]) -> Bool {
        guard let f = inSentence.first, a.tokens[s.tokens.lowerBound].hash == inW,
              places[f].tokens.lowerBound == s.tokens.lowerBound + 1, places[f].tokens.upperBound < s.tokens.upperBound,
              places[f].resolution != nil, !places[f].isSyrian,
              a.gap(places[f].tokens.upperBound - 1, places[f].tokens.upperBound).contains(0x2C) else { return false }
        return !inSentence.dropFirst().contains { k in
            let t = places[k].tokens.lowerBound
            guard places[k].isSyrianCandidate, t > s.tokens.lowerBound else { return false }
            let before = a.tokens[t - 1].hash
            return locatives.contains(before) || (before == of && t >= 2 && placeNouns.contains(a.tokens[t - 2].hash))
        }
    }
    /// Prepositions that put what the sentence tells at the place after them.
    private static let locatives = WordSet(words: ["in", "near", "outside", "on", "at", "around", "into", "inside", "across"])

    /// "UN monitors based in Hama": where an organisation sits, not where anything happened.
    private static func isBase(_ p: FoundPlace, _ a: AnalysedText) -> Bool {
        let t = p.tokens.lowerBound
        return t >= 2 && a.tokens[t - 1].hash == inW && a.tokens[t - 2].hash == based
    }

    /// The city of the last place named before byte `end` that stands on one (latest first): a
    /// city or town, or the capital a governorate is named after ("Homs").
    private func lastCity(before end: Int) -> Place? {
        var k = places.count
        while k > 0 {
            k -= 1
            guard places[k].bytes.upperBound <= end, places[k].isSyrian, let place = places[k].place(gazetteer) else { continue }
            if Self.cityKinds.contains(place.kind) { return place }
            // a governorate named after its capital ("Homs"), or an entry that stands on a city
            // of the same name ("the only district of Homs" read as a village there)
            // (only names a governorate's capital bears are looked up again)
            guard place.kind == .governorate || place.kind == .village || place.kind == .neighbourhood,
                  place.kind == .governorate || gazetteer.governorate(named: places[k].mention(in: a)) != nil else { continue }
            if let city = gazetteer.candidates(for: places[k].mention(in: a))?.first(where: {
                $0.isSyrian && $0.kind == .city && (place.kind == .governorate || $0.coordinate.kilometres(to: place.coordinate) < 5)
            }) { return city }
        }
        return nil
    }

    /// The reading `r` stands for read as `city` (see ``PlaceRef``).
    private mutating func reading(_ r: PlaceRef, as city: Resolution) -> PlaceRef {
        cityReadings.append(city)
        return PlaceRef(index: r.index, city: cityReadings.count - 1)
    }

    /// The place `r` is read as (`FoundPlace.place`; a copy).
    private func place(_ r: PlaceRef) -> Place? {
        r.city >= 0 ? cityReadings[r.city].place : places[r.index].place(gazetteer)
    }

    /// The kind of the place `r` is read as (`nil`: a name the gazetteer lacks).
    private func kind(_ r: PlaceRef) -> PlaceKind? {
        r.city >= 0 ? cityReadings[r.city].place.kind : places[r.index].kind
    }

    /// `FoundPlace.key` of `r` as read: the gazetteer id, or the folded name for unknown ones.
    private func key(_ r: PlaceRef) -> String {
        r.city >= 0 ? cityReadings[r.city].place.id : places[r.index].key(a, gazetteer)
    }

    /// Whether ``atCity(_:)`` may read a place of this kind (`nil`: a name the gazetteer lacks) as
    /// a neighbourhood.
    private static func mayBeQuarter(_ kind: PlaceKind?) -> Bool {
        guard let kind else { return true }
        return kind == .village || kind == .neighbourhood || kind == .other
    }

    /// ``DateResolver/mayHoldDate(_:_:)`` with the sentence's cues: a date anchor among them, or a
    /// token starting with a digit.
    private static func mayHoldDate(_ a: AnalysedText, _ s: Sentence, _ cues: SentenceCues) -> Bool {
        if cues.contains(.dateAnchor) { return true }
        return a.bytes.withUnsafeBufferPointer { b in
            a.tokens.withUnsafeBufferPointer { t in
                s.tokens.contains { b[t[$0].start] &- 48 < 10 }
            }
        }
    }

    /// Whether the sentence's text ends with a colon (`a.text(of: s).hasSuffix(":")`): the text is
    /// built only when its last byte is one.
    private static func endsWithColon(_ a: AnalysedText, _ s: Sentence) -> Bool {
        var hi = s.end
        while hi > s.start, a.bytes[hi - 1] == 0x20 || a.bytes[hi - 1] == 0x0A || a.bytes[hi - 1] == 0x09 || a.bytes[hi - 1] == 0x0D { hi -= 1 }
        return hi > s.start && a.bytes[hi - 1] == 0x3A && a.text(of: s).hasSuffix(":")
    }

    /// ``TriggerFinder/isSinceSummary(_:_:)``, not looked for without "since" or "toll".
    private func isSinceSummary(_ s: Sentence, _ cues: SentenceCues) -> Bool {
        cues.contains(.summary) && TriggerFinder.isSinceSummary(a, s)
    }

    /// The date expressions of a sentence, in order (with no reference day, only full dates).
    private func dateExpressions(_ s: Sentence) -> [(span: DateSpan, range: Range<Int>)] {
        var expressions: [(span: DateSpan, range: Range<Int>)] = []
        dateExpressions(s, into: &expressions)
        return expressions
    }

    /// ``dateExpressions(_:)`` written into `expressions` (a buffer, emptied first).
    private func dateExpressions(_ s: Sentence, into expressions: inout [(span: DateSpan, range: Range<Int>)]) {
        Self.dateExpressions(a, s, reference: reference, into: &expressions)
    }

    /// ``dateExpressions(_:)`` of sentence `s` of `a` (static: the closure that reads the words
    /// captures no state).
    private static func dateExpressions(_ a: AnalysedText, _ s: Sentence, reference: Day?,
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
    private mutating func carriedDate(before n: Int) -> DateSpan? {
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

    /// The end of the list block after a sentence: the first blank line after the next non-empty line.
    /// (Static, on the bytes read through a pointer: called from the mutating ``sentence(_:_:)``,
    /// a method of the state would be handed a copy of it.)
    private static func paragraphEnd(_ bytes: [UInt8], after s: Sentence) -> Int {
        bytes.withUnsafeBufferPointer { b in
            var end = listBlockEnd(b, from: s.end)
            // further lines of the same list: "Idlib countryside: X, Y, Z." after "Hama countryside: ..."
            while end < b.count {
                var i = end
                while i < b.count, b[i] == 0x0A || b[i] == 0x20 || b[i] == 0x0D { i += 1 }
                var lineEnd = i
                while lineEnd < b.count, b[lineEnd] != 0x0A { lineEnd += 1 }
                guard let colon = b[i..<lineEnd].firstIndex(of: 0x3A), colon - i <= 40,
                      b[colon..<lineEnd].contains(0x2C) else { break }
                end = listBlockEnd(b, from: i)
            }
            return end
        }
    }

    /// The first blank line (a line feed before another) from `start` on, once some text has
    /// been passed; the end of the bytes when there is none.
    private static func listBlockEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        var sawText = false
        while i < b.count {
            if b[i] == 0x0A, i + 1 < b.count, b[i + 1] == 0x0A, sawText { return i }
            if b[i] != 0x0A && b[i] != 0x20 { sawText = true }
            i += 1
        }
        return b.count
    }

    /// The indices of the places starting inside a sentence (binary search: places are in text
    /// order); those inside it are the ones that also end by `s.end`.
    private static func placesIn(_ places: [FoundPlace], _ s: Sentence) -> Range<Int> {
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
    /// -"): where the story was filed.
    private static func isDateline(_ a: AnalysedText, _ bytes: Range<Int>) -> Bool {
        let start = bytes.lowerBound
        guard start == 0 || a.bytes[start - 1] == 0x0A else { return false }
        var i = bytes.upperBound
        while i < a.bytes.count, a.bytes[i] == 0x20 { i += 1 }
        return i < a.bytes.count && (a.bytes[i] == 0x2C || a.bytes[i] == 0x28)
    }

    /// Token distance between a trigger and a place.
    private func distance(_ t: Trigger, _ p: PlaceRef) -> Int {
        let tokens = places[p.index].tokens
        if t.range.upperBound <= tokens.lowerBound { return tokens.lowerBound - t.range.upperBound + 1 }
        return max(0, t.range.lowerBound - tokens.upperBound + 1)
    }

    /// The triggers that make events: the first of each event type; supporting words ("attack",
    /// "bombardment", "killed") give way to a specific trigger; flight caused by the rest
    /// ("the shelling sent tens of thousands fleeing") is the one event.
    private static func chosen(_ triggers: [Trigger], in s: Sentence, _ a: AnalysedText) -> [Trigger] {
        // (one trigger is its own choice)
        if triggers.count < 2 { return triggers }
        let specific = triggers.keeping {
            switch $0.kind {
            case .genericAttack, .killing: return false
            case .bombing: return false
            default: return true
            }
        }
        var pool = specific.isEmpty ? triggers : specific
        // "protesters were gunned down": the force used on a protest, not an event of its own
        // (and the damage a protest does is its riot: "protesters torched the offices")
        if pool.contains(where: { $0.kind == .protest }) { pool = pool.keeping { $0.kind != .fixed(.attack) && $0.kind != .fixed(.looting) } }
        if specific.isEmpty, let b = triggers.first(where: { $0.kind == .bombing }) { pool = [b] }
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
    private static func family(_ k: TriggerKind) -> UInt16 {
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

    /// Drops places that only qualify another in the sentence: a governorate or region holding a
    /// named place ("Kafraya, in Idlib province"), and a place introduced by "of"/"in" right
    /// after another ("X, a suburb of Y", "X in Idlib", "Hama province of Idleb").
    /// (`c`: the candidates as the gazetteer read them, before any city reading; those dropped
    /// are taken out in place.)
    private static func dropQualifiers(_ c: inout [PlaceRef], in s: Sentence, _ a: AnalysedText, _ places: [FoundPlace],
                                       _ gazetteer: Gazetteer) {
        // (a lone place qualifies no other)
        if c.count < 2 { return }
        // (each place judged against the whole list before any is taken out: a bit each)
        guard c.count <= 64 else { c = c.indices.filter { isKept($0) }.map { c[$0] }; return }
        var dropped: UInt64 = 0
        for k in c.indices where !isKept(k) { dropped |= 1 << UInt64(k) }
        if dropped == 0 { return }
        var kept = 0
        for k in c.indices where dropped & (1 << UInt64(k)) == 0 { c[kept] = c[k]; kept += 1 }
        c.removeLast(c.count - kept)
        // (the places read in place, by index)
        func isKept(_ k: Int) -> Bool {
            let i = c[k].index, previous = k > 0 ? c[k - 1].index : -1
            let coordinated = k > 0 && places[previous].tokens.upperBound < a.tokens.count
                && a.tokens[places[previous].tokens.upperBound].hash == Self.and
            // (in a clause of its own with its own trigger, "shelled eastern Aleppo, and strikes hit
            // Atareb", it is a place of its own)
            if places[i].isArea, !coordinated, let admin = places[i].admin1(gazetteer) {
                if c.contains(where: { q in
                    let j = q.index
                    return (places[j].resolution == nil || places[j].admin1(gazetteer) == admin) && !places[j].isArea
                        && !places[j].sameName(as: places[i], a, gazetteer)
                }), !ownClause(i, among: c, in: s, a, places) { return false }
            }
            if k > 0 {
                let start = places[i].tokens.lowerBound, prevEnd = places[previous].tokens.upperBound
                let gapTokens = start - prevEnd
                if gapTokens >= 1, gapTokens <= 8 {
                    // "in the north-western Hama countryside": over the direction words to "the"
                    var at = start
                    while at > prevEnd + 1, Self.directionWords.contains(a.tokens[at - 1].hash) { at -= 1 }
                    let before = a.tokens[at - 1].hash
                    let before2 = at >= 2 ? a.tokens[at - 2].hash : 0
                    let nounBeforeOf = at >= 2 && Self.placeNouns.contains(a.tokens[at - 2].hash)
                    // ("Madaya and Zabadani near Damascus": not "and near Y", not ", near Y")
                    let nearBy = (before == Self.nearW && before2 != Self.and && !a.gap(at - 2, at - 1).contains(0x2C))
                        || (before == Self.of && Self.compass.contains(before2))
                    // ("in Shahba, in the north, and in al-Qurayya": a second place, not a qualifier)
                    let introduced = (before == Self.of && !nounBeforeOf) || (before == Self.inW && before2 != Self.and) || nearBy
                        || (before == Self.the && (before2 == Self.of || before2 == Self.inW))
                        || (at >= 3 && (a.tokens[at - 3].hash == Self.of || a.tokens[at - 3].hash == Self.inW) && before2 == Self.the)
                    if introduced {
                        let noTrigger = TriggerLexicon.table.match(a.tokens, at: prevEnd, end: start) == nil
                        let sameRegion = places[previous].resolution == nil || places[i].resolution == nil
                            || places[previous].admin1(gazetteer) == places[i].admin1(gazetteer) || places[i].isArea
                        if noTrigger && (sameRegion || nearBy) && !hasTrigger(prevEnd..<start, a) { return false }
                    }
                }
            }
            return true
        }
    }

    /// Whether place `p` (an index of ``places``) stands in a clause of its own that holds a
    /// trigger, apart from the others.
    private static func ownClause(_ p: Int, among c: [PlaceRef], in sentence: Sentence, _ a: AnalysedText, _ places: [FoundPlace]) -> Bool {
        let first = places[p].tokens.lowerBound
        // (the sentence being read, as a rule)
        guard let s = sentence.tokens.contains(first) ? sentence
                : a.sentences.first(where: { $0.tokens.contains(first) }) else { return false }
        let ids = Clauses.ids(a, s)
        func id(_ t: Int) -> Int { ids[min(max(t - s.tokens.lowerBound, 0), ids.count - 1)] }
        let mine = id(first)
        guard !c.contains(where: { places[$0.index].bytes != places[p].bytes && id(places[$0.index].tokens.lowerBound) == mine }) else { return false }
        return s.tokens.contains { id($0) == mine && TriggerLexicon.table.match(a.tokens, at: $0, end: s.tokens.upperBound) != nil }
    }

    private static func hasTrigger(_ r: Range<Int>, _ a: AnalysedText) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound {
            if TriggerLexicon.table.match(a.tokens, at: i, end: r.upperBound) != nil { return true }
            i += 1
        }
        return false
    }

    /// Actors named in the sentence, in order, without repeats (into `out`, a buffer emptied first).
    private static func actorsIn(_ a: AnalysedText, _ s: Sentence, into out: inout [(actor: Actor, at: Int)]) {
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

    private mutating func add(_ p: PlaceRef, _ t: Trigger, triggers: [Trigger], date: DateSpan,
                              actors: [(actor: Actor, at: Int)], fatalities: Int?, s: Sentence) {
        if let ref = reference, date.endOrdinal < ref.ordinal - Self.oldestNews { return }
        // the attacker: the first non-civilian actor named before the trigger, else the first one
        let attacker = actors.first(where: { !$0.actor.isCivilian && $0.at < t.range.lowerBound })
            ?? actors.first(where: { !$0.actor.isCivilian })
        let sub: SubEventType
        switch t.kind {
        case .fixed(let st):
            if st == .shelling, actors.contains(where: { !$0.actor.isCivilian && $0.actor.isAirborne && $0.actor.name == ActorLexicon.airForce.name }) {
                sub = .airStrike
            } else { sub = st }
        case .territory(let gov):
            let fought = sentenceTriggers.contains { $0.kind == .fixed(.armedClash) }
            if !fought, s.tokens.contains(where: { Self.handoverWords.contains(a.tokens[$0].hash) }) || saysNoFight(s) { sub = .nonViolentTransfer }
            else if let at = attacker { sub = at.actor.isProGovernment ? .governmentRegainsTerritory : .nonStateActorOvertakesTerritory }
            else { sub = gov ? .governmentRegainsTerritory : .nonStateActorOvertakesTerritory }
        case .genericAttack where (max(s.tokens.lowerBound, t.range.lowerBound - 3)..<t.range.lowerBound).contains { Self.airWords.contains(a.tokens[$0].hash) }:
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
            // "gunmen killed five civilians": an armed actor named before the deaths of civilians
            guard actors.contains(where: { $0.actor.isCivilian }),
                  actors.contains(where: { !$0.actor.isCivilian && $0.at < t.range.lowerBound }) else { return }
            sub = .attack
        case .protest:
            // "protesters set fire to the party's offices": a riot
            if sentenceTriggers.contains(where: { $0.kind == .fixed(.looting) }) { sub = .violentDemonstration }
            else if s.tokens.contains(where: { Self.forceWords.contains(a.tokens[$0].hash) }) { sub = .excessiveForce }
            else if s.tokens.contains(where: { Self.interventionWords.contains(a.tokens[$0].hash) }) { sub = .protestWithIntervention }
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

    /// The text of sentence `s` (the notes of its events): built only when a draft is made, and
    /// once per sentence.
    private mutating func sentenceText(_ s: Sentence) -> String {
        if let t = textOfSentence, t.start == s.start { return t.text }
        let text = a.text(of: s)
        textOfSentence = (s.start, text)
        return text
    }

    /// The place an event is coded at, and how precisely.
    private func locate(_ p: PlaceRef, _ s: Sentence) -> (Place, GeoPrecision)? {
        let tokens = places[p.index].tokens, bytes = places[p.index].bytes
        if let place = place(p) {
            var precision = (p.city >= 0 ? cityReadings[p.city].geoPrecision : places[p.index].resolution?.geoPrecision) ?? .exact
            if place.kind == .governorate || place.kind == .region || place.kind == .country { precision = .region }
            else if place.kind == .district { precision = max(precision, .near) }
            else {
                // "the countryside of Hama and Homs": over the list to its cue
                var t = tokens.lowerBound
                while t >= 2, a.tokens[t - 1].hash == Self.and, a.tokens[t - 2].isCapitalised { t -= 2
                    while t >= 1, a.tokens[t - 1].isCapitalised || PlaceFinder.isParticle(a.tokens[t - 1].hash) { t -= 1 } }
                // (not across the sentence before, for a place of this sentence)
                let window = (t >= s.tokens.lowerBound ? max(s.tokens.lowerBound, t - 3) : max(0, t - 3))..<t
                if window.contains(where: { Self.nearWords.contains(a.tokens[$0].hash) }) || isNearAfter(tokens) {
                    precision = max(precision, .near)
                }
            }
            return (place, precision)
        }
        // an unknown name: the place that qualifies it in the sentence ("X in Idlib"), else the
        // governorate of the last Syrian place named before it
        // (the places read by index)
        let next = places.indices.first { q in
            places[q].bytes.lowerBound > bytes.upperBound && places[q].bytes.upperBound <= s.end && places[q].resolution != nil
                && places[q].tokens.lowerBound - tokens.upperBound <= 8 && !isListedWith(p.index, q) && !isAside(q)
        }
        if let n = next, let q = places[n].place(gazetteer) {
            // "the town of X in eastern Lebanon": a foreign place the gazetteer lacks
            if !q.isSyrian { return nil }
            if q.kind != .country {
                // "on the western edge of Aleppo city": the capital
                var anchor = q
                let end = places[n].tokens.upperBound
                if q.kind == .governorate, end < a.tokens.count, a.tokens[end].hash == Self.city,
                   let c = asCity(PlaceRef(index: n)) { anchor = c.place }
                return (anchor, anchor.kind.isArea ? .region : .near)
            }
        }
        // else the first one after it ("the Nassib crossing" in a story that names Deraa later)
        let syrianPlace = { (q: Int) -> Bool in
            self.places[q].isSyrianBelowCountry && !self.isAside(q)
        }
        let before = places.indices.last { q in places[q].bytes.upperBound <= bytes.lowerBound && syrianPlace(q) }
            ?? places.indices.first { q in places[q].bytes.lowerBound >= bytes.upperBound && syrianPlace(q) }
        if let k = before, let admin = places[k].admin1(gazetteer), let g = gazetteer.governorate(named: admin) { return (g, .region) }
        return nil
    }

    /// "Hama countryside", "Aleppo's outskirts": a word of nearness right after the name makes it
    /// coarser. A bearing that locates the place from another ("Sarmin, east of Idlib city", "the
    /// town of al-Mansoura west of Raqqa") does not: the place itself is named.
    private func isNearAfter(_ tokens: Range<Int>) -> Bool {
        let k = tokens.upperBound
        guard k < a.tokens.count, Self.nearWords.contains(a.tokens[k].hash) else { return false }
        if a.gap(k - 1, k).contains(0x2C) { return false }
        return !(Self.compass.contains(a.tokens[k].hash) && k + 1 < a.tokens.count && a.tokens[k + 1].hash == Self.of)
    }

    /// Whether a Syrian place other than the last event's is named between that event and `end`
    /// (a place of the gazetteer, and not only as a destination or an origin).
    private func otherPlaceNamed(before end: Int) -> Bool {
        let keys = Set(lastEventPlaces.map { key($0) })
        return places.indices.contains { q in
            places[q].bytes.lowerBound >= lastEventEnd && places[q].bytes.upperBound <= end && !places[q].isGoal
                && places[q].isSyrianBelowCountry && !keys.contains(places[q].key(a, gazetteer))
        }
    }

    /// A governorate named as its capital: "Latakia city", "the districts of eastern Aleppo".
    private func namesCapital(_ c: PlaceRef, in s: Sentence) -> Bool {
        guard kind(c) == .governorate else { return false }
        let tokens = places[c.index].tokens
        // "the districts of eastern Aleppo": parts of the city
        var b = tokens.lowerBound - 1
        while b > s.tokens.lowerBound, Self.directionWords.contains(a.tokens[b].hash) { b -= 1 }
        let partsOf = b > s.tokens.lowerBound && a.tokens[b].hash == Self.of && Self.cityParts.contains(a.tokens[b - 1].hash)
        let k = tokens.upperBound
        return partsOf || (k < s.tokens.upperBound && a.tokens[k].hash == Self.city)
    }

    /// A governorate's mention read as its capital city ("Latakia city", "the city" that is Deir
    /// ez-Zor), as the reading of ``reading(_:as:)``; `nil` when the gazetteer has no Syrian city
    /// of that name.
    private func asCity(_ q: PlaceRef) -> Resolution? {
        guard kind(q) == .governorate,
              let city = gazetteer.candidates(for: places[q.index].mention(in: a))?.first(where: { $0.isSyrian && $0.kind == .city }) else { return nil }
        let matched = q.city >= 0 ? cityReadings[q.city].kind : places[q.index].resolution?.kind
        return Resolution(place: city, kind: matched ?? .exact, geoPrecision: .exact)
    }

    /// A place introduced as a town or village ("the town of al-Mayadin"): not what "the city" means.
    private func introducedAsSmaller(_ p: PlaceRef) -> Bool {
        let t = places[p.index].tokens.lowerBound
        guard t >= 2, a.tokens[t - 1].hash == Self.of else { return false }
        let h = a.tokens[t - 2].hash
        return h == Self.town || h == Self.village
    }

    /// "the towns of Hayan and Anadan", "Kafr Zita, Morek, al-Hawija": two names of one list,
    /// neither qualifies the other (`p`, `q`: indices of ``places``).
    private func isListedWith(_ p: Int, _ q: Int) -> Bool {
        var k = places[p].tokens.upperBound
        while k < places[q].tokens.lowerBound {
            let h = a.tokens[k].hash
            guard h == Self.and || a.tokens[k].isCapitalised || PlaceFinder.isParticle(h) else { return false }
            k += 1
        }
        return true
    }

    /// "the crossing with Jordan", "the Britain-based monitor": a place named aside, no qualifier.
    /// (`q`: an index of ``places``.)
    private func isAside(_ q: Int) -> Bool {
        let t = places[q].tokens.lowerBound
        if t > 0, a.tokens[t - 1].hash == Self.with { return true }
        // "left X for Idlib province": where people went
        if places[q].isDestination || places[q].isGoal || (t > 0 && a.tokens[t - 1].hash == Self.forW) { return true }
        let after = places[q].tokens.upperBound
        return after < a.tokens.count && a.tokens[after].hash == Self.based && a.gap(after - 1, after).elementsEqual([0x2D])
    }

    /// What ``finish()`` compares drafts by: a few numbers and strings, so that comparing two
    /// drafts copies no places.
    private struct DraftFacts {
        var sentence: Int
        var subType: SubEventType
        /// The span's first and last day (ordinals).
        var start: Int, end: Int
        var precision: GeoPrecision
        var isTerritory: Bool, fromWithdrawal: Bool
        /// The place is the gazetteer's (not a name it lacks).
        var known: Bool
        var anchorIsArea: Bool
        var anchor: String, key: String
        var admin1: String?
        /// A known place coded at governorate width (see ``isSummaryOfFinerEvents(_:_:)``).
        var wide: Bool

    }

    // (the tests below read the facts by index: no copy of their strings)

    /// Whether the (earlier) draft `j` is a step of the change of control draft `i` tells: the
    /// same anchor and place, or `i` a name the gazetteer lacks with the same sub-type at a known
    /// place's anchor.
    private static func isEarlierStep(_ j: Int, of i: Int, _ f: [DraftFacts]) -> Bool {
        f[j].isTerritory && f[j].anchor == f[i].anchor
            && (f[j].key == f[i].key || f[j].subType == f[i].subType && !f[i].known && f[j].known)
    }

    /// Whether draft `i` reports the same event as draft `j`: same place, sub-type and
    /// overlapping days (`j`'s days taken as `days`, those of the reports merged into it).
    private static func isSameEvent(_ i: Int, as j: Int, days: (start: Int, end: Int), _ f: [DraftFacts]) -> Bool {
        f[j].subType == f[i].subType && days.start <= f[i].end && f[i].start <= days.end && f[j].key == f[i].key
    }

    /// The facts of each draft, in order.
    private func facts(of drafts: [Draft]) -> [DraftFacts] {
        var out: [DraftFacts] = []
        out.reserveCapacity(drafts.count)
        for i in drafts.indices {
            let named = kind(drafts[i].place), precision = drafts[i].geoPrecision
            let admin1 = drafts[i].anchor.admin1
            let wide = named != nil && admin1 != nil && (precision == .region
                || (precision == .near && named == .city && gazetteer.governorate(named: places[drafts[i].place.index].mention(in: a)) != nil))
            out.append(DraftFacts(sentence: drafts[i].sentence, subType: drafts[i].subType,
                                  start: drafts[i].span.startOrdinal, end: drafts[i].span.endOrdinal,
                                  precision: precision, isTerritory: drafts[i].isTerritory,
                                  fromWithdrawal: drafts[i].fromWithdrawal, known: named != nil,
                                  anchorIsArea: drafts[i].anchor.kind.isArea, anchor: drafts[i].anchor.id,
                                  key: key(drafts[i].place), admin1: admin1, wide: wide))
        }
        return out
    }

    /// A governorate-level event ("strikes hit the countryside of Hama and Homs", "warplanes struck
    /// the town in Idlib province") that another sentence tells in detail: an event of the same type
    /// within a day at a named place of that governorate. Named beside such a place in its own
    /// sentence ("hit Jisr al-Shughour and areas of Idlib province") it stays an event of its own.
    private static func isSummaryOfFinerEvents(_ i: Int, _ facts: [DraftFacts]) -> Bool {
        guard facts[i].wide else { return false }
        let type = facts[i].subType.eventType, sentence = facts[i].sentence, start = facts[i].start, end = facts[i].end
        // (by index: no copy of the facts' strings)
        for j in facts.indices where facts[j].sentence != sentence && facts[j].subType.eventType == type
            && !facts[j].anchorIsArea && facts[j].precision != .region
            && facts[j].start <= end + 1 && start <= facts[j].end + 1 && facts[j].admin1 == facts[i].admin1 { return true }
        return false
    }

    /// De-duplicates drafts into events (taking them out of the state) and adds the undated warning.
    mutating func finish() -> [Event] {
        if undatedSkipped > 0 {
            warnings.append("\(article.origin): no publication date; \(undatedSkipped) event(s) without a full date skipped")
        } else if reference == nil {
            warnings.append("\(article.origin): no publication date; events dated only where the text gives a full date")
        }
        // (the drafts taken out of the state: merged into in place, copying none)
        var drafts = self.drafts
        self.drafts = []
        let facts = facts(of: drafts)
        var territorial = Set<String>()
        for i in facts.indices where facts[i].isTerritory { territorial.insert(facts[i].anchor) }
        // the drafts kept, in order, and their days (with those of the reports merged into them)
        var kept: [Int] = [], keptDays: [(start: Int, end: Int)] = []
        kept.reserveCapacity(facts.count)
        keptDays.reserveCapacity(facts.count)
        for i in facts.indices where !Self.isSummaryOfFinerEvents(i, facts) {
            if facts[i].fromWithdrawal && territorial.contains(facts[i].anchor) { continue }
            // "entered the towns under the deal ... raised the flag in the two towns": one handover
            if facts[i].isTerritory, facts.contains(where: { f in
                f.subType == .nonViolentTransfer && f.key == facts[i].key && f.start <= facts[i].end && facts[i].start <= f.end
            }) { continue }
            // a place changes hands once in a story: its steps ("seized the crossing on Friday",
            // "entered the town on Sunday") make one event over their days (two names the
            // gazetteer lacks, both standing at their governorate, are two places)
            var k = -1
            if facts[i].isTerritory, let m = kept.firstIndex(where: { Self.isEarlierStep($0, of: i, facts) }) {
                k = m
                let d = drafts[i]
                drafts[kept[k]].takeStep(d)
            } else if let m = kept.indices.first(where: { Self.isSameEvent(i, as: kept[$0], days: keptDays[$0], facts) }) {
                k = m
                let d = drafts[i]
                drafts[kept[k]].takeReport(d)
            }
            guard k >= 0 else {
                kept.append(i)
                keptDays.append((facts[i].start, facts[i].end))
                continue
            }
            keptDays[k] = (drafts[kept[k]].span.startOrdinal, drafts[kept[k]].span.endOrdinal)
        }
        // (what the events of the article share, made once: the identifier hashed up to the
        // article's id, the sources and outlets lists)
        var articleID = EventID.Builder()
        articleID.field(article.id)
        let shared = Shared(id: articleID, sources: [article.id], outlets: article.outlet.isEmpty ? [] : [article.outlet])
        return kept.map { event(of: drafts, $0, shared) }
    }

    /// What every event of the article holds alike (see ``finish()``).
    private struct Shared {
        /// The event identifier hashed up to its first field, the article id.
        var id: EventID.Builder
        var sources: [String], outlets: [String]
    }

    /// The event of draft `k` (read in place).
    private func event(of drafts: [Draft], _ k: Int, _ shared: Shared) -> Event {
        drafts.withUnsafeBufferPointer { b in
            // the fields joined by "|": article, place key (the anchor, with "#" and the name for
            // one the gazetteer lacks), first and last day, sub-type
            var id = shared.id
            id.field(b[k].anchor.id)
            if kind(b[k].place) == nil { id.append("#"); id.append(places[b[k].place.index].mention(in: a)) }
            id.field(day: b[k].span.start)
            id.field(day: b[k].span.end)
            id.field(b[k].subType.rawValue)
            let precision: TimePrecision = reference == nil ? .month : b[k].span.precision
            return Event(eventID: id.id, date: b[k].span.start, dateEnd: b[k].span.end, timePrecision: precision,
                         subEventType: b[k].subType, actor1: b[k].actor1, actor2: b[k].actor2, fatalities: b[k].fatalities,
                         location: b[k].anchor.name, locationMention: places[b[k].place.index].mention(in: a), admin1: b[k].anchor.admin1 ?? "",
                         country: b[k].anchor.country, coordinate: b[k].anchor.coordinate, geoPrecision: b[k].geoPrecision,
                         gazetteerID: b[k].anchor.id, sources: shared.sources, sourceTitle: article.title,
                         published: article.published, outlets: shared.outlets,
                         notes: b[k].notes)
        }
    }
}

extension ArticleState.Draft {
    /// Takes in a later step of the same change of control: the days of both, the higher toll.
    mutating func takeStep(_ d: Self) {
        span = DateSpan(min(span.start, d.span.start), max(span.end, d.span.end))
        if let f = d.fatalities { fatalities = max(fatalities ?? 0, f) }
        if actor1 == nil { actor1 = d.actor1 }
        takeNotes(d)
    }

    /// Takes in another report of the same event: the narrower days, the higher toll, missing actors.
    mutating func takeReport(_ d: Self) {
        if d.span.length < span.length { span = d.span }
        if let f = d.fatalities { fatalities = max(fatalities ?? 0, f) }
        if actor1 == nil { actor1 = d.actor1 }
        if actor2 == nil, d.actor2 != actor1 { actor2 = d.actor2 }
        takeNotes(d)
    }

    /// Adds the notes of `d` unless they are in these already (the same sentence, as a rule:
    /// found equal before they are searched for).
    private mutating func takeNotes(_ d: Self) {
        if notes != d.notes && !notes.holds(d.notes) { notes += " " + d.notes }
    }

}

extension String {
    /// `contains(other)`, searched on the bytes when both are ASCII and `other` neither starts
    /// with a line feed nor ends with a carriage return (then no match can split a "\r\n", and
    /// equal bytes are equal characters): the same answer without the Unicode-aware search.
    fileprivate func holds(_ other: String) -> Bool {
        var text = self, part = other
        let found: Bool? = text.withUTF8 { t in
            part.withUTF8 { p in
                guard let first = p.first, let last = p.last, first != 0x0A, last != 0x0D,
                      t.allSatisfy({ $0 < 0x80 }), p.allSatisfy({ $0 < 0x80 }) else { return nil }
                guard p.count <= t.count else { return false }
                for start in 0...(t.count - p.count) where t[start] == first {
                    var k = 1
                    while k < p.count, t[start + k] == p[k] { k += 1 }
                    if k == p.count { return true }
                }
                return false
            }
        }
        return found ?? contains(other)
    }
}
