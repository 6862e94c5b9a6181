/// A calendar day in the proleptic Gregorian calendar, without time or zone.
///
/// Cheap to compare and to step through: arithmetic goes through ``ordinal``
/// (days since 1970-01-01), not through Foundation's calendars.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day, or returns `nil` when the date does not exist (2019-02-30).
    @inlinable
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (extra characters after the tenth are ignored, so timestamps work).
    public init?(iso text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count >= 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard u[i] >= 48, u[i] <= 57 else { return nil }
                v = v * 10 + Int(u[i] - 48)
            }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Creates the day `ordinal` days after 1970-01-01 (negative before).
    @inlinable
    public init(ordinal: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01.
    @inlinable
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: 1 Monday … 7 Sunday.
    @inlinable
    public var weekday: Int {
        let w = (ordinal + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The day `n` days later (earlier for negative `n`).
    @inlinable
    public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }

    /// The first day of this day's month.
    public var firstOfMonth: Day { Day(year: year, month: month, day: 1)! }

    /// The last day of this day's month.
    public var lastOfMonth: Day { Day(year: year, month: month, day: Day.daysIn(month: month, year: year))! }

    /// ISO 8601 week-numbering year and week (`2019-W19`).
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = Day(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.ordinal - jan1.ordinal) / 7 + 1)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        // four-digit years (all real ones): ten bytes written in place
        if year >= 0 && year <= 9999 {
            let (y, m, d) = (year, month, day)
            return String(unsafeUninitializedCapacity: 10) { b in
                b[0] = UInt8(48 + y / 1000); b[1] = UInt8(48 + y / 100 % 10)
                b[2] = UInt8(48 + y / 10 % 10); b[3] = UInt8(48 + y % 10)
                b[4] = 0x2D; b[5] = UInt8(48 + m / 10); b[6] = UInt8(48 + m % 10)
                b[7] = 0x2D; b[8] = UInt8(48 + d / 10); b[9] = UInt8(48 + d % 10)
                return 10
            }
        }
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    @inlinable
    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Number of days in a month, leap years included.
    @inlinable
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let d = Day(iso: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(s)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
