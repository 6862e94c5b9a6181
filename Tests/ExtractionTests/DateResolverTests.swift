import EventModel
import Testing
@testable import Extraction

/// Splits a phrase into the words the resolver sees.
func words(_ phrase: String) -> [Word] {
    let a = AnalysedText(phrase)
    return (0..<a.tokens.count).map { Word(a.word($0), capitalised: a.tokens[$0].isCapitalised) }
}

@Suite struct DateResolverTests {
    /// (published, phrase, expected first day, expected last day)
    static let cases: [(String, String, String, String)] = [
        ("2015-09-03", "The offensive began on Wednesday against the two towns.", "2015-09-02", "2015-09-02"),
        ("2015-09-03", "Shells fell on Thursday morning.", "2015-09-03", "2015-09-03"),
        ("2013-02-26", "On Monday night gunmen seized a minibus.", "2013-02-25", "2013-02-25"),
        ("2019-08-20", "Troops pushed into the town overnight.", "2019-08-19", "2019-08-20"),
        ("2019-08-20", "A car bomb went off yesterday near the market.", "2019-08-19", "2019-08-19"),
        ("2013-02-26", "Jets struck the airport earlier in the day.", "2013-02-26", "2013-02-26"),
        ("2014-05-03", "About 5,000 people have left since Wednesday.", "2014-04-30", "2014-05-03"),
        ("2014-05-03", "Sixty fighters died in four days of combat.", "2014-04-30", "2014-05-03"),
        ("2019-06-13", "Between the end of March and 6 June, raids emptied villages.", "2019-03-31", "2019-06-06"),
        ("2019-05-13", "Between Sunday and Monday the front moved.", "2019-05-12", "2019-05-13"),
        ("2016-01-10", "The siege started on December 28 last winter.", "2015-12-28", "2015-12-28"),
        ("2015-09-03", "It was reported on September 3, 2015 by the agency.", "2015-09-03", "2015-09-03"),
        ("2018-07-07", "The crossing was taken on 6 July.", "2018-07-06", "2018-07-06"),
        ("2019-08-20", "Jets have pounded the town over recent days.", "2019-08-17", "2019-08-20"),
        ("2019-08-20", "In the past 24 hours two villages fell.", "2019-08-19", "2019-08-20"),
    ]

    @Test(arguments: cases)
    func resolves(_ c: (String, String, String, String)) throws {
        let resolver = DateResolver(reference: Day(iso: c.0)!)
        let span = try #require(resolver.span(in: words(c.1)), "no date found in \(c.1)")
        #expect(span.start.description == c.2, "\(c.1)")
        #expect(span.end.description == c.3, "\(c.1)")
    }

    @Test func longPeriodsAreBackground() throws {
        let resolver = DateResolver(reference: Day(iso: "2019-08-20")!)
        for phrase in ["The army has pressed on since April 30.", "Raids went on in recent months.",
                       "The war began in March 2011.", "Strikes have hit the area since mid-December."] {
            let span = try #require(resolver.span(in: words(phrase)), "\(phrase)")
            #expect(span.isLong, "\(phrase)")
        }
    }

    /// Months, years and "last …" are long periods (background); "at the time" refers back to one.
    @Test func monthsYearsAndTimesBeforeAreBackground() throws {
        let resolver = DateResolver(reference: Day(iso: "2013-12-03")!)
        for phrase in ["Its worst day came in July 2018, when gunmen struck.", "The town changed hands in September.",
                       "The city had been hit last December.", "Protests began in 2011.", "The town fell late last month.",
                       "Raids went on last month.", "Raids went on last year.", "Most residents fled at the time.",
                       "It was the worst day since the outbreak of the conflict."] {
            let span = try #require(resolver.span(in: words(phrase)), "\(phrase)")
            #expect(span.isLong, "\(phrase)")
        }
        // "last December" told in December is the year before's
        let december = try #require(resolver.span(in: words("The city had been hit last December.")))
        #expect(december.start.description == "2012-12-01")
        #expect(resolver.span(in: words("In September, rebels stormed the town."))?.start.description == "2013-09-01")
        // "earlier this month" on the third is three days: short
        let thisMonth = try #require(resolver.span(in: words("Jets struck the town earlier this month.")))
        #expect(thisMonth.start.description == "2013-12-01" && !thisMonth.isLong)
        // "at the time of writing" is now, not before
        #expect(resolver.span(in: words("Rebels held the hill at the time of writing.")) == nil)
    }

    @Test func noDateInPlainSentence() {
        let resolver = DateResolver(reference: Day(iso: "2019-08-20")!)
        #expect(resolver.span(in: words("Government troops advanced into the town.")) == nil)
        #expect(resolver.span(in: words("May God protect them, he said.")) == nil)
    }

    @Test func publicationDateFromText() {
        #expect(PublicationDate.find(in: "Town shelled\nWire service, September 3, 2015 Font size:\nBody.")?.description == "2015-09-03")
        #expect(PublicationDate.find(in: "Posted 2019-08-20 by the desk\nBody text.")?.description == "2019-08-20")
        #expect(PublicationDate.find(in: "No date here at all.\nOn Monday, shells fell.") == nil)
    }

    @Test func datelineNeedsAYear() {
        let text = "HOMS, Feb. 26 — Shells fell on the city."
        #expect(PublicationDate.dateline(in: text, published: Day(iso: "2013-02-27")!)?.description == "2013-02-26")
        #expect(PublicationDate.dateline(in: text, published: nil) == nil)
        // a dateline after the publication day belongs to the year before
        #expect(PublicationDate.dateline(in: "ALEPPO, Dec. 30 — Text.", published: Day(iso: "2014-01-02")!)?.description == "2013-12-30")
    }
}
