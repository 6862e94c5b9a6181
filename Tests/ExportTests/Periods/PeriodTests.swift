import EventModel
import Testing
@testable import Export

@Suite struct PeriodTests {
    func d(_ s: String) -> Day { Day(iso: s)! }

    @Test func names() {
        #expect(Period(containing: d("2019-05-13"), unit: .day).name == "2019-05-13")
        #expect(Period(containing: d("2019-05-13"), unit: .month).name == "2019-05")
        #expect(Period(containing: d("2019-05-13"), unit: .week).name == "2019-W20")
        #expect(Period(containing: d("2019-05-12"), unit: .week).name == "2019-W19")
        // ISO week-numbering years differ from calendar years at the edges.
        #expect(Period(containing: d("2019-12-30"), unit: .week).name == "2020-W01")
        #expect(Period(containing: d("2021-01-03"), unit: .week).name == "2020-W53")
    }

    @Test func bounds() {
        let w = Period(containing: d("2019-05-15"), unit: .week)
        #expect(w.first == d("2019-05-13") && w.last == d("2019-05-19"))
        #expect(w.first.weekday == 1)
        let m = Period(containing: d("2020-02-10"), unit: .month)
        #expect(m.first == d("2020-02-01") && m.last == d("2020-02-29"))
        #expect(m.next.name == "2020-03")
    }

    @Test func labels() {
        #expect(Period(containing: d("2019-05-13"), unit: .day).label == "13 May 2019")
        #expect(Period(containing: d("2019-05-13"), unit: .week).label == "13–19 May 2019")
        #expect(Period(containing: d("2019-05-01"), unit: .week).label == "29 April – 5 May 2019")
        #expect(Period(containing: d("2019-12-31"), unit: .week).label == "30 December 2019 – 5 January 2020")
        #expect(Period(containing: d("2019-05-13"), unit: .month).label == "May 2019")
    }

    @Test func covering() {
        let months = Period.covering(d("2019-04-30")...d("2019-07-01"), unit: .month)
        #expect(months.map(\.name) == ["2019-04", "2019-05", "2019-06", "2019-07"])
        let days = Period.covering(d("2020-02-28")...d("2020-03-01"), unit: .day)
        #expect(days.map(\.name) == ["2020-02-28", "2020-02-29", "2020-03-01"])
        let weeks = Period.covering(d("2019-05-19")...d("2019-05-20"), unit: .week)
        #expect(weeks.map(\.name) == ["2019-W20", "2019-W21"])
    }

    @Test func eventsGoIntoEveryPeriodTheyOverlap() {
        let events = DataSamples.events  // 05-13; 04-25…05-09; 05-20; 06-01
        let months = Period.covering(d("2019-04-01")...d("2019-06-30"), unit: .month)
        let buckets = events.bucketed(into: months).map { $0.map { String($0.eventID.suffix(1)) } }
        #expect(buckets == [["2"], ["1", "2", "3"], ["4"]])
        // Periods outside the list are skipped; the range counts from its first period.
        let may = Period.covering(d("2019-05-01")...d("2019-05-31"), unit: .month)
        #expect(events.bucketed(into: may).map(\.count) == [3])
        #expect(events.overlapping(d("2019-05-10")...d("2019-05-31")).map { String($0.eventID.suffix(1)) } == ["1", "3"])
        #expect(events.overlapping(d("2019-05-09")...d("2019-05-09")).map { String($0.eventID.suffix(1)) } == ["2"])
    }
}
