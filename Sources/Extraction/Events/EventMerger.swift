import EventModel

/// Merges reports of the same event from several articles.
///
/// The rule: two events are the same when they have the same gazetteer place (and, for names the
/// gazetteer lacks, the same name as written), the same sub-event type, and overlapping dates
/// (`event_date`…`event_date_end`). The merged event keeps the first report's identifier, place and
/// wording; its `source` lists every reporting article (in input order, joined with "; "), its
/// fatalities are the highest figure any report gives, its date is the narrowest of the reported
/// ranges (the most precise report), its outlets and notes are the union of all reports', and
/// missing actors are filled from later reports.
public enum EventMerger {
    /// Merges cross-article duplicates.
    /// - Parameter events: events of all articles, in input order.
    /// - Returns: the events with duplicates merged, in first-seen order.
    /// - Complexity: O(n·k), k the number of events sharing a place and sub-type.
    public static func merge(_ events: [Event]) -> [Event] {
        var out: [Event] = []
        var index: [String: [Int]] = [:]
        for e in events {
            let key = e.gazetteerID + "|" + (e.geoPrecision == .region && e.location != e.locationMention ? e.locationMention.lowercased() : "")
                + "|" + e.subEventType.rawValue
            if let k = index[key]?.first(where: { out[$0].date <= e.dateEnd && e.date <= out[$0].dateEnd }) {
                var m = out[k]
                for s in e.sources where !m.sources.contains(s) { m.sources.append(s) }
                for o in e.outlets where !m.outlets.contains(o) { m.outlets.append(o) }
                if let f = e.fatalities { m.fatalities = max(m.fatalities ?? 0, f) }
                if e.dateEnd.ordinal - e.date.ordinal < m.dateEnd.ordinal - m.date.ordinal {
                    m.date = e.date
                    m.dateEnd = e.dateEnd
                    m.timePrecision = min(m.timePrecision, e.timePrecision)
                }
                if m.actor1 == nil { m.actor1 = e.actor1 }
                if m.actor2 == nil, e.actor2 != m.actor1 { m.actor2 = e.actor2 }
                if !m.notes.contains(e.notes) { m.notes += " " + e.notes }
                out[k] = m
            } else {
                index[key, default: []].append(out.count)
                out.append(e)
            }
        }
        return out
    }
}
