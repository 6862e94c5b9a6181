import EventModel

/// Finds event triggers in a sentence and drops those that do not report an event here and now.
///
/// Dropped: verbs of intention or hypothesis ("to retake", "would allow", "could storm"), negated
/// triggers ("did not mention any attack", "no clashes"), and background durations ("after
/// months of bombardment", "weeks of fighting"). Dropped triggers are kept apart as *silenced*:
/// a place in their clause takes no event from elsewhere in the sentence.
enum TriggerFinder {
    private static func hs(_ w: [String]) -> WordSet { WordSet(w.map { WordHash.of($0) }) }
    private static let modals = hs(["to", "would", "will", "could", "might", "may", "should", "can", "cannot",
                                    "threatened", "threatening", "vowed", "plans", "planned", "expected", "ready",
                                    "seeking", "aiming", "attempt", "attempting", "tried", "trying", "wants"])
    private static let modalBridges = hs(["be", "not", "also", "soon", "then", "now", "been", "have", "fully", "only",
                                          "considered", "deemed"])
    private static let causatives = hs(["forced", "forcing", "drove", "driving", "prompted", "prompting", "caused",
                                        "causing", "sent", "sending", "pushed", "pushing", "led", "leading", "obliged",
                                        "compelled", "made"])
    private static let denialWords = ["denied", "denies", "deny", "denying", "rejected"]
    private static let negationWords = ["not", "no", "never", "denied", "denies", "deny", "nor", "without", "n"]
    private static let durationWords = ["weeks", "months", "years", "decades"]
    private static let denials = hs(denialWords), negations = hs(negationWords), durations = hs(durationWords)
    private static let agoWords = hs(["earlier", "ago", "before", "previously"])
    private static let of = WordHash.of("of"), long = WordHash.of("long"), from = WordHash.of("from")
    /// "accused the regime of killing", "blamed rebels for the shelling": a charge, not a report.
    private static let accusationWords = ["accused", "accusing", "accuse", "accuses", "blamed", "blaming", "blames"]
    private static let accusations = hs(accusationWords)
    /// "fled fighting in X", "escaping the bombardment of X": where people came from.
    private static let flight = hs(["fled", "fleeing", "flee", "escaped", "escaping", "escape"])
    private static let the = WordHash.of("the"), under = WordHash.of("under"), since = WordHash.of("since"),
        toll = WordHash.of("toll"), then = WordHash.of("then")
    private static let tollRises = hs(["rose", "risen", "climbed", "rises", "reached", "jumped", "increased"])
    /// "the capture", "its fall": a reference back to an event already told.
    private static let determiners = hs(["the", "its", "this", "their", "that"])

    /// Triggers of the sentence (kept, silenced).
    static func triggers(_ a: AnalysedText, _ s: Sentence) -> (kept: [Trigger], silenced: [Trigger]) {
        var starts: [Int] = [], kept: [Trigger] = [], silenced: [Trigger] = []
        let cues = SentenceCues.of(a, s, triggerStarts: &starts)
        triggers(a, s, starts: starts, cues: cues, kept: &kept, silenced: &silenced)
        return (kept, silenced)
    }

    /// ``triggers(_:_:)`` given the sentence's ``SentenceCues`` and the tokens that may start a
    /// trigger, in order (those whose cues meet ``SentenceCues/trigger``): no other token is looked
    /// at. Into buffers kept between sentences (emptied first).
    static func triggers(_ a: AnalysedText, _ s: Sentence, starts: [Int], cues sentenceCues: SentenceCues,
                         kept: inout [Trigger], silenced: inout [Trigger]) {
        let windows = sentenceCues.contains(.silencer)
        kept.empty()
        silenced.empty()
        if starts.isEmpty { return }
        // "families go into the desert every spring": what happens every year is no event
        let habitual = windows && s.tokens.contains { a.tokens[$0].hash == every && $0 + 1 < s.tokens.upperBound && recurring.contains(a.tokens[$0 + 1].hash) }
        let end = s.tokens.upperBound
        let table = TriggerLexicon.table
        let words = SilenceWords.shared
        // the first token after the last trigger found (a trigger's words start no other)
        var next = s.tokens.lowerBound
        for i in starts where i >= next {
            let cue = a.tokens[i].facts.cues
            if cue.contains(.triggerStart), let (value, length) = table.match(a.tokens, at: i, end: end) {
                let t = Trigger(kind: value.0, isVerb: value.1, range: i..<(i + length))
                next = i + length
                if describesPeople(t, a, s) { continue }
                if habitual || isSilenced(t, a, s, windows: windows, words) { silenced.append(t) } else { kept.append(t) }
                continue
            }
            if cue.contains(.triggerLead), let t = expulsion(a, at: i, end: end) {
                if habitual || isSilenced(t, a, s, windows: windows, words) { silenced.append(t) } else { kept.append(t) }
            }
        }
    }

    private static let expellerWords = ["drove", "drive", "driving", "pushed", "pushing", "chased", "flushed",
                                        "flushing", "kicked"]
    private static let raisedWords = ["raised", "hoisted", "planted"]
    private static let gathererWords = ["gathered", "assembled", "marched", "marching", "converged"]
    /// How a gathering goes that makes it a protest: "marched peacefully", "gathered chanting".
    private static let protestManners = hs(["peacefully", "chanting", "shouting", "waving", "carrying"])
    private static let gatherers = hs(gathererWords)
    /// What people gather to do when they protest ("gathered ... to denounce").
    private static let protestAims = hs(["denounce", "condemn", "protest", "demand", "demonstrate", "decry", "reject", "call"])
    private static let to = WordHash.of("to"), protestWord = WordHash.of("protest")
    private static let expellers = hs(expellerWords)
    /// "drove families out of their homes" is a flight, not a change of control.
    private static let possessives = hs(["their", "his", "her", "its"])
    /// First words of the triggers found outside the lexicon ("drove ... out of", "raised ... flag",
    /// "people left X"): ``SentenceCues`` marks them ``SentenceCues/triggerLead``.
    static let leadWords = expellerWords + raisedWords + gathererWords + ["left", "leave", "leaving"] + takerWords
    /// "took a group of nuns from the convent", "took 30 women": people taken (the object opens
    /// with an article or a count: not "took care to spare civilians").
    private static let takerWords = ["took", "taken"]
    private static let takers = hs(takerWords)
    /// Where the object of a taking verb starts: after "away" ("took away about 20 people").
    private static func objectStart(_ a: AnalysedText, after i: Int, end: Int) -> Int? {
        var o = i + 1
        if o < end, a.tokens[o].hash == away { o += 1 }
        while o < end, o <= i + 3, hedgeWords.contains(a.tokens[o].hash) { o += 1 }
        return o < end ? o : nil
    }
    private static let away = WordHash.of("away"), hedgeWords = hs(["about", "around", "some", "at", "least", "nearly", "more", "than"])
    /// What people gather for that is no protest.
    private static let otherAims = hs(["celebrate", "celebrating", "celebration", "celebrations", "welcome", "welcoming",
                                       "collect", "receive", "buy", "queue", "pray", "watch"])
    /// Crowds whose marching or gathering is a protest ("thousands marched in X").
    static let crowds = hs(["thousands", "hundreds", "crowds", "crowd", "people", "residents", "protesters",
                            "demonstrators", "students", "worshippers", "activists", "women"])
    private static let objectOpeners = hs(["a", "an", "the", "some", "several", "dozens", "scores", "hundreds", "many",
                                           "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "eleven", "twelve", "twenty", "thirty", "forty", "fifty"])
    private static let left = WordHash.of("left"), leave = WordHash.of("leave"), leaving = WordHash.of("leaving")
    /// Words of people who may leave a place.
    static let people = hs(["people", "residents", "civilians", "families", "inhabitants", "evacuees", "villagers"])
    private static let displaced = WordHash.of("displaced")
    private static let displacedAdverbs = hs(["newly", "internally", "recently", "forcibly", "already"])
    /// "displaced families", "displaced Syrians": the word describes people, it reports no flight.
    private static let displacedNouns = hs(["people", "persons", "residents", "civilians", "families", "inhabitants",
                                            "villagers", "syrians", "children", "women", "men", "person", "family", "population"])
    private static let notDeparture = hs(["behind", "for", "to", "dead", "wounded", "without", "over", "out", "it", "them"])
    private static let out = WordHash.of("out"), raised = hs(raisedWords),
        flag = hs(["flag", "flags", "banner"])

    /// Changes of control told with an object between the verb's parts: "drove the militants out
    /// of X", "pushed IS fighters out of X"; and flags raised over a place ("raised their flag on
    /// X hill"). Called only at a token of ``leadWords`` (its cue is ``SentenceCues/triggerLead``).
    private static func expulsion(_ a: AnalysedText, at i: Int, end: Int) -> Trigger? {
        let h = a.tokens[i].hash
        if expellers.contains(h) {
            for k in (i + 2)..<max(i + 2, min(end - 1, i + 8)) where a.tokens[k].hash == out {
                if a.tokens[k + 1].hash == of || a.tokens[k + 1].hash == from,
                   k + 2 >= end || !possessives.contains(a.tokens[k + 2].hash) {
                    return Trigger(kind: .territory(governmentByDefault: false), isVerb: true, range: i..<(i + 1))
                }
                break
            }
        } else if h == left || h == leave || h == leaving, i + 1 < end, !a.tokens[i + 1].isNumber,
                  !notDeparture.contains(a.tokens[i + 1].hash),
                  (max(0, i - 5)..<i).contains(where: { people.contains(a.tokens[$0].hash) }) {
            // "3,000 more people left Foua and Kefraya": people leaving a place (not "left 12 dead")
            return Trigger(kind: .fixed(.displacement), isVerb: true, range: i..<(i + 1))
        } else if takers.contains(h), let o = objectStart(a, after: i, end: end),
                  objectOpeners.contains(a.tokens[o].hash) || a.tokens[o].isNumber {
            // "took a group of Greek Orthodox nuns from the convent": people taken away (before any
            // preposition or place noun: not "took the town and its residents")
            for k in (i + 1)..<min(end, i + 8) {
                let w = a.tokens[k].hash
                if ArticleState.captives.contains(w) {
                    return Trigger(kind: .fixed(.abduction), isVerb: true, range: i..<(i + 1))
                }
                if ArticleState.prepositions.contains(w) || ArticleState.placeNouns.contains(w) { break }
            }
        } else if raised.contains(h) {
            for k in (i + 1)..<min(end, i + 5) where flag.contains(a.tokens[k].hash) {
                return Trigger(kind: .territory(governmentByDefault: false), isVerb: true, range: i..<(i + 1))
            }
        } else if gatherers.contains(h) {
            // "hundreds gathered in Qamishli to denounce the bombing", "crowds gathered in protest"
            for k in (i + 1)..<max(i + 1, min(end - 1, i + 8)) {
                let next = a.tokens[k + 1].hash
                if (a.tokens[k].hash == to && protestAims.contains(next)) || (a.tokens[k].hash == inWord && next == protestWord) {
                    return Trigger(kind: .protest, isVerb: true, range: i..<(i + 1))
                }
            }
            // "people marched peacefully after prayers", "crowds gathered chanting slogans",
            // "thousands marched in X"
            // (not "gathered in the main square to celebrate", "gathered to collect aid")
            if (i + 1..<min(end, i + 4)).contains(where: { protestManners.contains(a.tokens[$0].hash) })
                || (i > 0 && crowds.contains(a.tokens[i - 1].hash)
                    && !(i + 1..<min(end, i + 10)).contains(where: { otherAims.contains(a.tokens[$0].hash) })) {
                return Trigger(kind: .protest, isVerb: true, range: i..<(i + 1))
            }
        }
        return nil
    }

    private static let entered = WordHash.of("entered")
    /// "backed by air strikes", "with support from coalition aircraft": support for another event.
    private static let backingWords = ["backed", "supported", "aided", "covered", "support", "backing", "cover"]
    private static let backing = hs(backingWords)
    private static let byFrom = hs(["by", "from", "of"])
    /// "the four-month battle", "a three-week offensive": a whole campaign, not one event.
    private static let spans = hs(["month", "months", "week", "weeks", "year", "years"])
    private static let inWord = WordHash.of("in"), every = WordHash.of("every")
    private static let labourStrikes = hs(["general", "hunger", "labour", "labor", "workers"])
    private static let recurring = hs(["spring", "summer", "autumn", "winter", "year", "season", "month", "week", "day",
                                       "night", "morning", "evening", "friday", "time"])
    private static let superlatives = hs(["deadliest", "worst", "bloodiest", "biggest", "largest", "heaviest", "fiercest", "most"])
    private static let copulas = hs(["is", "was", "marks", "marked", "became", "becomes", "remains"])
    /// "Tuesday's attack", "last week's massacre": an event named as already known.
    private static let knownDays = hs(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                       "yesterday", "week", "month", "weekend"])
    private static let sWord = WordHash.of("s"), already = WordHash.of("already"), who = WordHash.of("who"),
        would = WordHash.of("would"), will = WordHash.of("will")
    private static let conditionWords = ["when", "until", "unless", "if", "once"]
    private static let conditions = hs(conditionWords)
    private static let sites = hs(["storage", "facility", "facilities", "stockpile", "stockpiles", "depot", "depots",
                                   "programme", "program", "production", "research", "site", "sites", "arsenal"])
    private static let relativeBridges = hs(["had", "have", "has", "been", "already", "recently", "since"])
    private static let clearingWords = ["removing", "removed", "remove", "clearing", "cleared", "clear", "dismantling",
                                      "defusing", "sweeping", "combing"]
    private static let clearing = hs(clearingWords)
    private static let placeWords = hs(["town", "village", "city", "district", "neighbourhood", "neighborhood",
                                        "neighbourhoods", "neighborhoods", "parts", "part", "area", "areas", "outskirts",
                                        "camp", "base", "airport", "positions", "villages", "towns"])

    /// The words ``isSilenced(_:_:_:windows:_:)`` looks for in a window around a trigger (negations,
    /// charges, denials, durations, backing, conditions, clearance): ``SentenceCues`` marks them
    /// ``SentenceCues/silencer``; a sentence without one has no window read.
    /// (and the words of ``cameAfterCue(_:_:)`` and of the every-spring test, read only in a sentence
    /// holding one)
    static let windowWords = negationWords + accusationWords + denialWords + durationWords + backingWords
        + conditionWords + clearingWords + ["every", "after"] + comingWords + purposeWords + ["used"]

    /// "to clear the way for the ground offensive", "ahead of an expected assault", "in preparation
    /// for a push": what is prepared has not happened.
    private static let purposeWords = ["way", "ahead", "preparation", "preparations", "prelude"]
    private static let purposes = hs(purposeWords), forToOf = hs(["for", "to", "of"])
    /// "was used to fire rockets at X", "had been used to launch attacks": what a place served
    /// for, not an event.
    private static let used = WordHash.of("used"), beForms = hs(["was", "were", "is", "are", "been", "being"])

    /// "The attack came a day after ...", "comes less than a week after ...": the event after
    /// "after" is an earlier one, told as background.
    private static let comingWords = ["came", "comes", "coming"]
    static let coming = hs(comingWords)
    private static let after = WordHash.of("after")
    private static let units = hs(["day", "days", "week", "weeks", "month", "months", "hours"])
    /// The words of how long after: "a day", "less than a week", "only hours", "shortly" (and
    /// numbers: "two days", "48 hours").
    private static let interval = hs(["a", "an", "the", "day", "days", "hour", "hours", "minute", "minutes", "week",
        "weeks", "month", "months", "year", "years", "less", "more", "than", "just", "only", "shortly", "soon",
        "barely", "little", "few", "nearly", "almost", "about", "some", "over", "under", "within"]
        + Array(CalendarWords.words.keys))

    /// The "after" of "came/comes/coming [how long] after" ("came a day after", "comes less than a
    /// week after", "came after"; not "fighters who came from Turkey after ..."): what follows it
    /// is an earlier event, background to the sentence's news.
    static func cameAfterCue(_ a: AnalysedText, _ s: Sentence) -> Int? {
        let end = s.tokens.upperBound
        for i in s.tokens where coming.contains(a.tokens[i].hash) {
            var k = i + 1
            while k < end, k <= i + 6, interval.contains(a.tokens[k].hash) || a.tokens[k].isNumber { k += 1 }
            if k < end, a.tokens[k].hash == after { return k }
        }
        // "as troops pressed on, two days after capturing X": a length of time before "after"
        for k in s.tokens where a.tokens[k].hash == after && k > s.tokens.lowerBound && units.contains(a.tokens[k - 1].hash) {
            return k
        }
        return nil
    }

    /// "a school sheltering displaced families", "aid for the displaced": the word says who people
    /// are; it is no trigger at all (not even a silenced one, which would keep its clause eventless).
    private static func describesPeople(_ t: Trigger, _ a: AnalysedText, _ s: Sentence) -> Bool {
        let i = t.range.lowerBound
        guard t.kind.isFixed(.displacement), t.range.count == 1, a.tokens[i].hash == displaced else { return false }
        if i + 1 < s.tokens.upperBound, displacedNouns.contains(a.tokens[i + 1].hash) { return true }
        // ("the newly displaced", "the internally displaced")
        var k = i - 1
        if k > s.tokens.lowerBound, displacedAdverbs.contains(a.tokens[k].hash) { k -= 1 }
        return k >= s.tokens.lowerBound && a.tokens[k].hash == the
    }

    /// Whether trigger `t` reports no event here and now; `windows`: the sentence holds one of
    /// ``windowWords`` (else the windows that look for them are not read).
    /// (The word lists read from `w`, fetched once by the caller: a static list costs a lazy-global
    /// check and a retain of its table at every look.)
    private static func isSilenced(_ t: Trigger, _ a: AnalysedText, _ s: Sentence, windows: Bool,
                                   _ w: SilenceWords) -> Bool {
        let i = t.range.lowerBound
        let first = s.tokens.lowerBound
        func h(_ k: Int) -> UInt64 { k >= first && k < s.tokens.upperBound ? a.tokens[k].hash : 0 }
        // (the kinds tested by pattern, not by the derived `==` of a payload enum)
        let displacement = t.kind.isFixed(.displacement)
        // "entered parts of X", "entered the town": not "entered their final phase"
        if t.range.count == 1, h(i) == w.entered {
            let next = (i + 1)..<min(s.tokens.upperBound, i + 4)
            if !next.contains(where: { w.placeWords.contains(h($0)) || a.tokens[$0].isCapitalised }) { return true }
        }
        if t.isVerb {
            var k = i - 1
            while k >= first, w.modalBridges.contains(h(k)), k > i - 4 { k -= 1 }
            if k >= first, w.modals.contains(h(k)) {
                // "forced thousands to flee" reports the flight
                let causative = (max(first, k - 5)..<k).contains { w.causatives.contains(h($0)) }
                if !(h(k) == w.to && causative) { return true }
            }
        }
        // (the windows that look for ``windowWords`` only in a sentence holding one)
        if windows { for k in max(first, i - 4)..<i where w.negations.contains(h(k)) { return true } }
        // "people who fled to Turkey", "a grandmother who had been displaced twice": who they are
        if displacement, t.isVerb {
            var k = i - 1
            while k > first, w.relativeBridges.contains(h(k)) { k -= 1 }
            if h(k) == w.who { return true }
        }
        // "removing explosive devices planted by the militants": a clearance, not a blast
        // ("combing the streets for mines and explosive devices")
        if t.kind.isFixed(.remoteExplosive), windows, (max(first, i - 7)..<i).contains(where: { w.clearing.contains(h($0)) }) { return true }
        // "would only be considered liberated when the army entered it": a condition, not a report
        if t.isVerb, windows, let k = (max(first, i - 5)..<i).last(where: { w.conditions.contains(h($0)) }),
           (max(first, k - 10)..<k).contains(where: { h($0) == w.would || h($0) == w.will }) { return true }
        // "a chemical weapons storage facility": a site, not an attack
        if t.kind.isFixed(.chemicalWeapon), w.sites.contains(h(t.range.upperBound)) { return true }
        // "had fled weeks earlier", "was captured months ago": long before the story
        if t.isVerb, windows, let k = (t.range.upperBound..<min(s.tokens.upperBound, t.range.upperBound + 3)).first(where: { w.durations.contains(h($0)) }),
           w.agoWords.contains(h(k + 1)) { return true }
        // "residents had already fled": told as done before the story's events
        if t.isVerb, (max(first, i - 2)..<i).contains(where: { h($0) == w.already }) { return true }
        // "backed by intense air strikes", "with support from coalition aircraft"
        // (a verb after the backing phrase is the sentence's own: "troops backed by jets drove IS out of X")
        if windows, !t.isVerb {
            for k in max(first, i - 5)..<i where w.backing.contains(h(k)) && w.byFrom.contains(h(k + 1)) {
                // (only inside the backing phrase: "backed by warplanes, today captured X" reports the capture)
                if !(k + 2..<i).contains(where: { w.table.match(a.tokens, at: $0, end: i) != nil || a.gap($0 - 1, $0).contains(0x2C) }) {
                    return true
                }
            }
        }
        // "to clear the way for the ground offensive": prepared, not yet fought
        if windows, !t.isVerb, (max(first, i - 5)..<i).contains(where: { w.purposes.contains(h($0)) && w.forToOf.contains(h($0 + 1)) }) { return true }
        // "the town was used to fire rockets at X": what it served for
        if windows, let k = (max(first, i - 5)..<i).first(where: { h($0) == w.used && h($0 + 1) == w.to }),
           w.beForms.contains(h(k - 1)) { return true }
        // "the four-month battle for the town", "a three-week offensive"
        if !t.isVerb, i - 1 > first, w.spans.contains(h(i - 1)), a.gap(i - 2, i - 1).elementsEqual([0x2D]) { return true }
        // "a general strike closed the shops": a strike of workers, not of weapons
        if case .bombing = t.kind, i - 1 >= first, w.labourStrikes.contains(h(i - 1)) { return true }
        // "resigned in protest at the killings": a reason, not a protest
        if case .protest = t.kind, !t.isVerb, i - 1 >= first, h(i - 1) == w.inWord { return true }
        // "It is the deadliest attack on the city since 2011": a comment on an event told before
        if !t.isVerb, i - 3 >= first, w.superlatives.contains(h(i - 1)), h(i - 2) == w.the, w.copulas.contains(h(i - 3)) { return true }
        // "Tuesday's attack on the town": named as known, not reported
        // (unless the sentence gives its toll: "the toll from Tuesday's explosion rose to 46")
        if !t.isVerb, i - 2 >= first, h(i - 1) == w.sWord, w.knownDays.contains(h(i - 2)),
           !s.tokens.contains(where: { a.tokens[$0].hash == w.toll }) { return true }
        if windows { for k in max(first, i - 12)..<i where w.accusations.contains(h(k)) { return true } }
        // "Moscow and Damascus denied that their aircraft had hit the convoy"
        if windows { for k in max(first, i - 8)..<i where w.denials.contains(h(k)) { return true } }
        // "the capture gives rebels ...", "its takeover": the event told before, not a new one;
        // likewise a sentence opening on it ("The fall of X cuts the route ...")
        if case .territory = t.kind, w.determiners.contains(h(i - 1)),
           h(t.range.upperBound - 1) != w.of && h(t.range.upperBound) != w.of || i - 1 == first { return true }
        if !t.isVerb {
            // "fled fighting in X", "fled the shelling"
            let back = h(i - 1) == w.the ? i - 2 : i - 1
            if w.flight.contains(h(back)) { return true }
            // "under the agreement": the terms of a deal already told
            // ("left under a deal brokered by elders" reports a new one)
            if t.kind.isFixed(.agreement), (h(i - 1) == w.under && h(i) == w.the) || (h(i - 1) == w.the && h(i - 2) == w.under) { return true }
        } else if displacement {
            // "families fled fighting in X": the flight from an event elsewhere, told as background
            var k = t.range.upperBound
            if h(k) == w.the { k += 1 }
            if k < s.tokens.upperBound, let (v, _) = w.table.match(a.tokens, at: k, end: s.tokens.upperBound), !v.1 { return true }
        }
        // "months of bombardment", "months-long siege", "weeks of fighting"
        if windows {
            for k in max(first, i - 4)..<i where w.durations.contains(h(k)) {
                if h(k + 1) == w.of || h(k + 1) == w.long { return true }
            }
        }
        return false
    }

    /// The word lists ``isSilenced(_:_:_:windows:_:)`` reads, gathered in one object fetched once
    /// per sentence (their sources are the static lists above).
    private final class SilenceWords: Sendable {
        static let shared = SilenceWords()
        let modals = TriggerFinder.modals, modalBridges = TriggerFinder.modalBridges,
            causatives = TriggerFinder.causatives, negations = TriggerFinder.negations,
            relativeBridges = TriggerFinder.relativeBridges, clearing = TriggerFinder.clearing,
            conditions = TriggerFinder.conditions, sites = TriggerFinder.sites, durations = TriggerFinder.durations,
            agoWords = TriggerFinder.agoWords, backing = TriggerFinder.backing, byFrom = TriggerFinder.byFrom,
            purposes = TriggerFinder.purposes, forToOf = TriggerFinder.forToOf, beForms = TriggerFinder.beForms,
            spans = TriggerFinder.spans, labourStrikes = TriggerFinder.labourStrikes,
            superlatives = TriggerFinder.superlatives, copulas = TriggerFinder.copulas,
            knownDays = TriggerFinder.knownDays, accusations = TriggerFinder.accusations,
            denials = TriggerFinder.denials, determiners = TriggerFinder.determiners, flight = TriggerFinder.flight,
            placeWords = TriggerFinder.placeWords
        let entered = TriggerFinder.entered, to = TriggerFinder.to, who = TriggerFinder.who,
            would = TriggerFinder.would, will = TriggerFinder.will, already = TriggerFinder.already,
            used = TriggerFinder.used, inWord = TriggerFinder.inWord, the = TriggerFinder.the,
            sWord = TriggerFinder.sWord, toll = TriggerFinder.toll, of = TriggerFinder.of,
            under = TriggerFinder.under, long = TriggerFinder.long
        let table = TriggerLexicon.table
    }

    /// Whether the sentence sums up a period that began with an event ("killed since the
    /// offensive began", "have fled since IS launched its attack", "since then"): "since" followed
    /// within four words by a trigger; or updates a toll ("the death toll rose to 39 on Tuesday").
    /// Such a sentence reports no event and gives no date to the next.
    static func isSinceSummary(_ a: AnalysedText, _ s: Sentence) -> Bool { sinceSummaryCue(a, s) != nil }

    /// The token that makes the sentence a summary ("since", "toll"), if any.
    static func sinceSummaryCue(_ a: AnalysedText, _ s: Sentence) -> Int? {
        let summary = UInt16(SentenceCues.summary.rawValue)
        var i = s.tokens.lowerBound
        while i < s.tokens.upperBound {
            // (only "since" and "toll" matter: the tokens with the summary cue in their facts)
            if a.tokens[i].facts.rawValue & summary == 0 { i += 1; continue }
            // "the death toll rose to 39 on Tuesday": a count of an event told elsewhere
            if a.tokens[i].hash == toll, ((i + 1)..<s.tokens.upperBound).contains(where: { tollRises.contains(a.tokens[$0].hash) }) {
                return i
            }
            if a.tokens[i].hash == since, i + 1 < s.tokens.upperBound, a.tokens[i + 1].hash == then { return i }
            if a.tokens[i].hash == since {
                for k in (i + 1)..<min(s.tokens.upperBound, i + 5) where TriggerLexicon.table.match(a.tokens, at: k, end: s.tokens.upperBound) != nil {
                    return i
                }
            }
            i += 1
        }
        return nil
    }

    /// Whether a withdrawal trigger names the place it left: "withdrew from X", "pulled out of X".
    /// - Parameter placeStarts: the first token of each place of the sentence, in order.
    /// - Returns: the position in `placeStarts` of the place it left.
    static func withdrawalObject(_ t: Trigger, _ a: AnalysedText, placeStarts: [Int]) -> Int? {
        let after = t.range.upperBound
        guard after < a.tokens.count, a.tokens[after].hash == from || a.tokens[after].hash == of else { return nil }
        return placeStarts.firstIndex { $0 > after && $0 <= after + 6 }
    }
}

extension TriggerKind {
    /// Whether this is `.fixed(type)` (a pattern match: the derived `==` of the enum costs a call).
    fileprivate func isFixed(_ type: SubEventType) -> Bool {
        if case .fixed(let t) = self { return t == type }
        return false
    }
}
