import EventModel

extension Event {
    /// The days the event spans, `date...dateEnd` (a reversed pair is read the right way round).
    public var days: ClosedRange<Day> { date <= dateEnd ? date...dateEnd : dateEnd...date }
}

extension Array where Element == Event {
    /// The events whose span overlaps `range` (an event from 28 April to 2 May is in May).
    /// - Parameter range: the days asked for.
    /// - Returns: those events, in their original order.
    public func overlapping(_ range: ClosedRange<Day>) -> [Event] {
        filter { $0.days.overlaps(range) }
    }

    /// The events of each period: an event goes into every period its span overlaps.
    /// - Parameter periods: the periods, in order.
    /// - Returns: one array per period, same order, events in their original order.
    /// - Complexity: O(events × periods each spans + periods).
    public func bucketed(into periods: [Period]) -> [[Event]] {
        var out = [[Event]](repeating: [], count: periods.count)
        guard let firstPeriod = periods.first else { return out }
        var index: [Period: Int] = [:]
        for (i, p) in periods.enumerated() { index[p] = i }
        for e in self {
            var p = Period(containing: Swift.max(e.days.lowerBound, firstPeriod.first), unit: firstPeriod.unit)
            while p.first <= e.days.upperBound, let i = index[p] {
                out[i].append(e)
                p = p.next
            }
        }
        return out
    }
}
