import EventModel
import Foundation
import Gazetteer

/// Where an event happened: the readings of a sentence's places (a city's quarters, a governorate
/// named as its capital), the places that only qualify others, sentences set abroad, anchors for
/// names the gazetteer lacks and how precisely an event is placed.
extension ArticleState {
    /// A city neighbourhood ("the neighbourhoods of al-Sakhour and al-Ansari", "the Akrama
    /// neighbourhood") coded at its city, the last city named before it, as ACLED codes them;
    /// the neighbourhood's name stays the mention. A name the gazetteer reads as a place far from
    /// that city (a village elsewhere with the same name) is read as the neighbourhood too.
    /// - Parameter r: a place that may be a quarter: of a kind ``mayBeQuarter(_:)`` admits, or one
    ///   ``namesQuarterOfCity(_:)`` (the caller's test, not repeated here).
    /// - Returns: the city reading (see ``reading(_:as:)``), or `nil` when `r` is not read so.
    func atCity(_ r: PlaceRef) -> Resolution? {
        let kind = kind(r)
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
        // ... or "in (the centre of) Sweida city" after it
        let within = inQuarter && named == nil && quarterAt >= 0 ? cityAround(quarterAt + 1) : nil
        // the last city named before, or the capital a governorate is named after ("Homs")
        guard inQuarter, let city = named ?? within ?? lastCity(before: places[r.index].bytes.lowerBound) else { return nil }
        if kind == .neighbourhood, let place = place(r), place.coordinate.kilometres(to: city.coordinate) < 20 { return nil }
        return Resolution(place: city, kind: .pattern, geoPrecision: .exact)
    }

    /// The Syrian city named at token `k` after "in", over "the centre of", "central", "downtown"
    /// ("al-Karama Square in the centre of Sweida city").
    func cityAround(_ k: Int) -> Place? {
        guard k < a.tokens.count, a.tokens[k].hash == Self.inW else { return nil }
        var t = k + 1
        while t < a.tokens.count, t <= k + 4, Self.cityCentreWords.contains(a.tokens[t].hash) { t += 1 }
        guard let q = places.indices.first(where: { places[$0].tokens.lowerBound == t }), places[q].isSyrian,
              let place = places[q].place(gazetteer) else { return nil }
        if Self.cityKinds.contains(place.kind) { return place }
        return place.kind == .governorate ? asCity(PlaceRef(index: q))?.place : nil
    }
    static let cityCentreWords = WordSet(words: ["the", "centre", "center", "heart", "middle", "of", "central", "downtown"])

    /// "al-Zahra, a district of Homs": a comma, an article and a quarter noun after the name at `after`.
    func isAppositiveQuarter(_ after: Int) -> Bool {
        guard after > 0, after + 1 < a.tokens.count, a.gap(after - 1, after).contains(0x2C),
              a.tokens[after].hash == Self.aW || a.tokens[after].hash == Self.the else { return false }
        let noun = a.tokens[after + 1].hash
        return Self.quarters.contains(noun) || noun == Self.district
    }

    /// Whether the gazetteer's place for `r` lies more than 30 km from the last city named before it
    /// (no city named: not far).
    func isFarFromLastCity(_ r: PlaceRef) -> Bool {
        guard let place = place(r), let city = lastCity(before: places[r.index].bytes.lowerBound) else { return false }
        return place.coordinate.kilometres(to: city.coordinate) > 30
    }

    /// "the al-Zahraa neighbourhood of Homs": a name the text makes a quarter of a city it names,
    /// whatever other place the gazetteer knows by it (a town of the same name elsewhere).
    func namesQuarterOfCity(_ r: PlaceRef) -> Bool {
        let after = places[r.index].tokens.upperBound
        // ("al-Karama Square", "Rajo Street": a square or a street is always a city's)
        if after < a.tokens.count, a.tokens[after].hash == Self.square || a.tokens[after].hash == Self.street { return true }
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
    static func isSetAbroad(_ s: Sentence, _ inSentence: Range<Int>, _ a: AnalysedText, _ places: [FoundPlace]) -> Bool {
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
    static let locatives = WordSet(words: ["in", "near", "outside", "on", "at", "around", "into", "inside", "across"])

    /// "UN monitors based in Hama": where an organisation sits, not where anything happened.
    static func isBase(_ p: FoundPlace, _ a: AnalysedText) -> Bool {
        let t = p.tokens.lowerBound
        return t >= 2 && a.tokens[t - 1].hash == inW && a.tokens[t - 2].hash == based
    }

    /// The city of the last place named before byte `end` that stands on one (latest first): a
    /// city or town, or the capital a governorate is named after ("Homs").
    func lastCity(before end: Int) -> Place? {
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
    mutating func reading(_ r: PlaceRef, as city: Resolution) -> PlaceRef {
        cityReadings.append(city)
        return PlaceRef(index: r.index, city: cityReadings.count - 1)
    }

    /// The place `r` is read as (`FoundPlace.place`; a copy).
    func place(_ r: PlaceRef) -> Place? {
        r.city >= 0 ? cityReadings[r.city].place : places[r.index].place(entries)
    }

    /// The kind of the place `r` is read as (`nil`: a name the gazetteer lacks).
    func kind(_ r: PlaceRef) -> PlaceKind? {
        r.city >= 0 ? cityReadings[r.city].place.kind : places[r.index].kind
    }

    /// `FoundPlace.key` of `r` as read: the gazetteer id, or the folded name for unknown ones.
    func key(_ r: PlaceRef) -> String {
        r.city >= 0 ? cityReadings[r.city].place.id : places[r.index].key(a, entries)
    }

    /// Whether ``atCity(_:)`` may read a place of this kind (`nil`: a name the gazetteer lacks) as
    /// a neighbourhood.
    static func mayBeQuarter(_ kind: PlaceKind?) -> Bool {
        guard let kind else { return true }
        return kind == .village || kind == .neighbourhood || kind == .other
    }

    /// Drops places that only qualify another in the sentence: a governorate or region holding a
    /// named place ("Kafraya, in Idlib province"), and a place introduced by "of"/"in" right
    /// after another ("X, a suburb of Y", "X in Idlib", "Hama province of Idleb").
    /// (`c`: the candidates as the gazetteer read them, before any city reading; those dropped
    /// are taken out in place.)
    static func dropQualifiers(_ c: inout [PlaceRef], in s: Sentence, _ a: AnalysedText, _ places: [FoundPlace],
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
    static func ownClause(_ p: Int, among c: [PlaceRef], in sentence: Sentence, _ a: AnalysedText, _ places: [FoundPlace]) -> Bool {
        let first = places[p].tokens.lowerBound
        // (the sentence being read, as a rule)
        guard let s = sentence.tokens.contains(first) ? sentence
                : a.sentences.first(where: { $0.tokens.contains(first) }) else { return false }
        let ids = Clauses.ids(a, s)
        func id(_ t: Int) -> Int { ids[min(max(t - s.tokens.lowerBound, 0), ids.count - 1)] }
        let mine = id(first)
        guard !c.contains(where: { places[$0.index].bytes != places[p].bytes && id(places[$0.index].tokens.lowerBound) == mine }) else { return false }
        // ("captured X on Wednesday, seizing the last army position in Idlib province": a clause
        // opened by a participle tells more of the event before it)
        if mine > 0, let opener = s.tokens.first(where: { id($0) == mine }), isParticiple(a, opener) { return false }
        return s.tokens.contains { id($0) == mine && TriggerLexicon.table.match(a.tokens, at: $0, end: s.tokens.upperBound) != nil }
    }

    /// Whether token `t` is a lower-case word ending in "ing" ("seizing", "killing").
    static func isParticiple(_ a: AnalysedText, _ t: Int) -> Bool {
        let w = a.tokens[t]
        guard !w.isCapitalised, w.end - w.start > 4 else { return false }
        return a.bytes[w.end - 3] == 0x69 && a.bytes[w.end - 2] == 0x6E && a.bytes[w.end - 1] == 0x67
    }

    /// The place an event is coded at, and how precisely.
    func locate(_ p: PlaceRef, _ s: Sentence) -> (Place, GeoPrecision)? {
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
    func isNearAfter(_ tokens: Range<Int>) -> Bool {
        let k = tokens.upperBound
        guard k < a.tokens.count, Self.nearWords.contains(a.tokens[k].hash) else { return false }
        if a.gap(k - 1, k).contains(0x2C) { return false }
        return !(Self.compass.contains(a.tokens[k].hash) && k + 1 < a.tokens.count && a.tokens[k + 1].hash == Self.of)
    }

    /// Whether a Syrian place other than the last event's is named between that event and `end`
    /// (a place of the gazetteer, and not only as a destination or an origin).
    func otherPlaceNamed(before end: Int) -> Bool {
        let keys = Set(lastEventPlaces.map { key($0) })
        return places.indices.contains { q in
            places[q].bytes.lowerBound >= lastEventEnd && places[q].bytes.upperBound <= end && !places[q].isGoal
                && places[q].isSyrianBelowCountry && !keys.contains(places[q].key(a, gazetteer))
        }
    }

    /// A governorate named as its capital: "Latakia city", "the districts of eastern Aleppo".
    func namesCapital(_ c: PlaceRef, in s: Sentence) -> Bool {
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
    func asCity(_ q: PlaceRef) -> Resolution? {
        guard kind(q) == .governorate,
              let city = gazetteer.candidates(for: places[q.index].mention(in: a))?.first(where: { $0.isSyrian && $0.kind == .city }) else { return nil }
        let matched = q.city >= 0 ? cityReadings[q.city].kind : places[q.index].resolution?.kind
        return Resolution(place: city, kind: matched ?? .exact, geoPrecision: .exact)
    }

    /// A place introduced as a town or village ("the town of al-Mayadin"): not what "the city" means.
    func introducedAsSmaller(_ p: PlaceRef) -> Bool {
        let t = places[p.index].tokens.lowerBound
        guard t >= 2, a.tokens[t - 1].hash == Self.of else { return false }
        let h = a.tokens[t - 2].hash
        return h == Self.town || h == Self.village
    }

    /// "the towns of Hayan and Anadan", "Kafr Zita, Morek, al-Hawija": two names of one list,
    /// neither qualifies the other (`p`, `q`: indices of ``places``).
    func isListedWith(_ p: Int, _ q: Int) -> Bool {
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
    func isAside(_ q: Int) -> Bool {
        let t = places[q].tokens.lowerBound
        if t > 0, a.tokens[t - 1].hash == Self.with { return true }
        // "left X for Idlib province": where people went
        if places[q].isDestination || places[q].isGoal || (t > 0 && a.tokens[t - 1].hash == Self.forW) { return true }
        let after = places[q].tokens.upperBound
        return after < a.tokens.count && a.tokens[after].hash == Self.based && a.gap(after - 1, after).elementsEqual([0x2D])
    }
}
