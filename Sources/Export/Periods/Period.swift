import EventModel

/// One day, ISO week or calendar month: a bucket of events with a folder name made from dates only.
///
/// ```swift
/// let p = Period(containing: Day(iso: "2019-05-13")!, unit: .week)
/// p.name        // "2019-W20"
/// p.first       // 2019-05-13 (Monday)
/// p.last        // 2019-05-19 (Sunday)
/// ```
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The kind of period.
    public let unit: PeriodUnit
    /// Its first day.
    public let first: Day
    /// Its last day.
    public let last: Day

    /// The period of `unit` that contains `day`.
    /// - Parameters:
    ///   - day: any day.
    ///   - unit: day, ISO week (Monday first) or calendar month.
    public init(containing day: Day, unit: PeriodUnit) {
        self.unit = unit
        switch unit {
        case .day:
            first = day
            last = day
        case .week:
            first = day.adding(days: 1 - day.weekday)
            last = first.adding(days: 6)
        case .month:
            first = day.firstOfMonth
            last = day.lastOfMonth
        }
    }

    /// The days the period covers.
    public var days: ClosedRange<Day> { first...last }

    /// The next period of the same unit.
    public var next: Period { Period(containing: last.adding(days: 1), unit: unit) }

    /// Folder name, from dates only: `2019-05-13`, `2019-W20` (ISO week-numbering year) or `2019-05`.
    public var name: String {
        switch unit {
        case .day:
            return first.description
        case .week:
            let w = first.isoWeek
            return "\(Period.pad(w.year, 4))-W\(Period.pad(w.week, 2))"
        case .month:
            return String(first.description.prefix(7))
        }
    }

    /// A label for people: `13 May 2019`, `13–19 May 2019` (or `29 Apr – 5 May 2019`), `May 2019`.
    public var label: String {
        switch unit {
        case .day:
            return Period.words(first)
        case .month:
            return "\(Period.monthNames[first.month - 1]) \(first.year)"
        case .week:
            return Period.words(first...last)
        }
    }

    public var description: String { name }

    /// Whether any day of `range` falls in this period.
    public func overlaps(_ range: ClosedRange<Day>) -> Bool { range.overlaps(days) }

    public static func < (a: Period, b: Period) -> Bool { a.first < b.first }

    /// Every period of `unit` from the one holding `range.lowerBound` to the one holding its
    /// upper bound, in order.
    /// - Parameters:
    ///   - range: the days to cover.
    ///   - unit: the period length.
    /// - Returns: consecutive periods, never empty.
    public static func covering(_ range: ClosedRange<Day>, unit: PeriodUnit) -> [Period] {
        var out: [Period] = []
        var p = Period(containing: range.lowerBound, unit: unit)
        while p.first <= range.upperBound {
            out.append(p)
            p = p.next
        }
        return out
    }

    /// English month names, January first.
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]

    /// A day in words: `13 May 2019`.
    public static func words(_ d: Day) -> String { "\(d.day) \(monthNames[d.month - 1]) \(d.year)" }

    /// A day range in words: `13–19 May 2019`, `29 April – 5 May 2019`, `30 December 2019 – 5 January 2020`.
    public static func words(_ r: ClosedRange<Day>) -> String {
        let a = r.lowerBound, b = r.upperBound
        if a == b { return words(a) }
        if a.year != b.year { return "\(words(a)) – \(words(b))" }
        if a.month != b.month {
            return "\(a.day) \(monthNames[a.month - 1]) – \(b.day) \(monthNames[b.month - 1]) \(b.year)"
        }
        return "\(a.day)–\(b.day) \(monthNames[a.month - 1]) \(a.year)"
    }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
