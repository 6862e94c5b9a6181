import EventModel

/// The days a date expression covers, and how precisely.
struct DateSpan: Hashable, Sendable {
    let start: Day
    let end: Day
    var precision: TimePrecision
    /// Marked as a summary or background period even if short ("since" more than a week).
    var background = false
    /// "At the time": a time told before (background), unless the sentence has a short date of
    /// its own, whose time it then is (``DateResolver/expressions(in:into:)`` drops it).
    var refersBack = false

    init(_ start: Day, _ end: Day? = nil, precision: TimePrecision? = nil) {
        let e = end ?? start
        self.start = min(start, e)
        self.end = max(start, e)
        startOrdinal = self.start.ordinal
        endOrdinal = self.end.ordinal
        length = endOrdinal - startOrdinal
        self.precision = precision ?? (length <= 1 ? .day : length <= 13 ? .week : .month)
    }

    /// Length in days minus one (0 for a single day), counted once.
    let length: Int
    /// `start.ordinal` and `end.ordinal`, counted once.
    let startOrdinal: Int, endOrdinal: Int

    /// Longer than two weeks: a summary or background, not one event.
    var isLong: Bool { background || length > 14 }
}
