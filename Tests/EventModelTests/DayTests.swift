import Testing
@testable import EventModel

@Suite struct DayTests {
    @Test func knownWeekdays() {
        // Seed 001 was published on Thursday 2015-09-03.
        #expect(Day(iso: "2015-09-03")!.weekday == 4)
        #expect(Day(iso: "2019-08-20")!.weekday == 2)
        #expect(Day(iso: "1970-01-01")!.weekday == 4)
    }

    @Test func ordinalRoundTrip() {
        for o in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(Day(ordinal: o).ordinal == o)
        }
        #expect(Day(iso: "2000-03-01")!.ordinal - Day(iso: "2000-02-28")!.ordinal == 2)
    }

    @Test func rejectsImpossibleDates() {
        #expect(Day(iso: "2019-02-29") == nil)
        #expect(Day(iso: "2019-13-01") == nil)
        #expect(Day(iso: "20190101") == nil)
        #expect(Day(iso: "2020-02-29") != nil)
    }

    @Test func isoWeeks() {
        #expect(Day(iso: "2019-05-13")!.isoWeek == (2019, 20))
        #expect(Day(iso: "2021-01-03")!.isoWeek == (2020, 53))
        #expect(Day(iso: "2019-12-30")!.isoWeek == (2020, 1))
    }

    @Test func description() {
        #expect(Day(year: 2013, month: 2, day: 5)!.description == "2013-02-05")
        #expect(Day(iso: "2019-05-13")!.lastOfMonth.description == "2019-05-31")
    }
}
