import EventModel
import Foundation
import Gazetteer

/// The end of an article: its drafts de-duplicated (one event per place, date and sub-type; a
/// change of control told in steps is one event) and made into events.
extension ArticleState {
    /// What ``finish()`` compares drafts by: a few numbers and strings, so that comparing two
    /// drafts copies no places.
    struct DraftFacts {
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
        /// A known place coded at governorate width (see ``isSummaryOfFinerEvents(_:_:governorateNamed:)``);
        /// `nil` for a city coded "near" that is so when a governorate bears its name, looked up
        /// only when another sentence's event could make it a summary.
        var wide: Bool?

    }

    // (the tests below read the facts by index: no copy of their strings)

    /// Whether the (earlier) draft `j` is a step of the change of control draft `i` tells: the
    /// same anchor and place, or `i` a name the gazetteer lacks with the same sub-type at a known
    /// place's anchor.
    static func isEarlierStep(_ j: Int, of i: Int, _ f: [DraftFacts]) -> Bool {
        f[j].isTerritory && f[j].anchor == f[i].anchor
            && (f[j].key == f[i].key || f[j].subType == f[i].subType && !f[i].known && f[j].known)
    }

    /// Whether draft `i` reports the same event as draft `j`: same place, sub-type and
    /// overlapping days (`j`'s days taken as `days`, those of the reports merged into it).
    static func isSameEvent(_ i: Int, as j: Int, days: (start: Int, end: Int), _ f: [DraftFacts]) -> Bool {
        f[j].subType == f[i].subType && days.start <= f[i].end && f[i].start <= days.end && f[j].key == f[i].key
    }

    /// The facts of each draft, in order.
    func facts(of drafts: [Draft]) -> [DraftFacts] {
        var out: [DraftFacts] = []
        out.reserveCapacity(drafts.count)
        for i in drafts.indices {
            let named = kind(drafts[i].place), precision = drafts[i].geoPrecision
            let admin1 = drafts[i].anchor.admin1
            let wide: Bool? = named == nil || admin1 == nil ? false
                : precision == .region ? true : precision == .near && named == .city ? nil : false
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
    /// - Parameter governorateNamed: whether a governorate bears the name of draft `i`'s place
    ///   (for a "near" city, whose width it tells: see ``DraftFacts/wide``).
    static func isSummaryOfFinerEvents(_ i: Int, _ facts: [DraftFacts], governorateNamed: () -> Bool) -> Bool {
        guard facts[i].wide != false else { return false }
        let type = facts[i].subType.eventType, sentence = facts[i].sentence, start = facts[i].start, end = facts[i].end
        // (by index: no copy of the facts' strings)
        for j in facts.indices where facts[j].sentence != sentence && facts[j].subType.eventType == type
            && !facts[j].anchorIsArea && facts[j].precision != .region
            && facts[j].start <= end + 1 && start <= facts[j].end + 1 && facts[j].admin1 == facts[i].admin1 {
            return facts[i].wide ?? governorateNamed()
        }
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
        // the drafts kept, in order, and their days (with those of the reports merged into them)
        var kept: [Int] = [], keptDays: [(start: Int, end: Int)] = []
        kept.reserveCapacity(facts.count)
        keptDays.reserveCapacity(facts.count)
        for i in facts.indices where !Self.isSummaryOfFinerEvents(i, facts, governorateNamed: {
            gazetteer.governorate(named: places[drafts[i].place.index].mention(in: a)) != nil
        }) {
            // (a withdrawal from a place whose change of control the article reports: few, searched for)
            if facts[i].fromWithdrawal, facts.contains(where: { $0.isTerritory && $0.anchor == facts[i].anchor }) { continue }
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
        let events = kept.map { event(of: drafts, $0, shared) }
        // (the drafts' storage back in the state, emptied: see ``giveBack(_:)``)
        drafts.removeAll(keepingCapacity: true)
        self.drafts = drafts
        return events
    }

    /// What every event of the article holds alike (see ``finish()``).
    struct Shared {
        /// The event identifier hashed up to its first field, the article id.
        var id: EventID.Builder
        var sources: [String], outlets: [String]
    }

    /// The event of draft `k` (read in place).
    func event(of drafts: [Draft], _ k: Int, _ shared: Shared) -> Event {
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
