import EventModel
import Foundation
import Gazetteer
import Testing
@testable import Extraction

/// The coding rules of ``EventExtractor`` one by one, on short texts written for these tests
/// (published Wednesday 2019-06-12, so "on Tuesday" is 2019-06-11).
@Suite struct EventRuleTests {
    static let extractor: EventExtractor? = try? EventExtractor(gazetteer: Gazetteer.standard())

    /// "sub-type@location#mention" for each event of `text`.
    func coded(_ text: String) throws -> Set<String> {
        let extractor = try #require(Self.extractor)
        let article = Article(id: "rule.txt", published: Day(iso: "2019-06-12"), text: text)
        return Set(extractor.events(in: article).events.map { "\($0.subEventType.rawValue)@\($0.location)#\($0.locationMention)" })
    }

    func locations(_ text: String) throws -> Set<String> {
        Set(try coded(text).map { String($0.split(separator: "#")[0]) })
    }

    @Test func aSummarySinceAnEventIsBackground() throws {
        #expect(try coded("Dozens of fighters have been killed around Saraqib since the offensive began on Monday.").isEmpty)
        // and its date is not carried to the next sentence
        let later = Self.extractor.map { e in
            e.events(in: Article(id: "r.txt", published: Day(iso: "2019-06-12"),
                                 text: "Over 200 people have died in Saraqib since the assault started on May 2. Warplanes bombed Kafr Nabl.")).events
        } ?? []
        #expect(later.map(\.date.description) == ["2019-06-12"])
    }

    @Test func accusationsAreNotReports() throws {
        #expect(try coded("The opposition accused the government on Tuesday of bombing a hospital in Douma.").isEmpty)
    }

    @Test func flightFromFightingElsewhereIsBackground() throws {
        #expect(try coded("The camp has grown on Tuesday as families fled fighting in Homs and Hama.").isEmpty)
    }

    @Test func theCaptureToldAgainIsNoNewEvent() throws {
        #expect(try coded("The capture of Saraqib opens the road to Aleppo for the army.").isEmpty)
        #expect(try coded("The takeover gives the rebels control of a road near Ariha.").isEmpty)
    }

    @Test func termsOfAnAgreementAreNoNewAgreement() throws {
        #expect(try coded("Under the agreement, rebels let aid lorries into Harasta on Tuesday.").isEmpty)
    }

    @Test func aGenericHitTakesTheWeaponOfTheSentence() throws {
        let got = try locations("Rockets struck Douma on Tuesday, and a second salvo hit Harasta.")
        #expect(got.contains("Shelling/artillery/missile attack@Harasta"))
        #expect(!got.contains { $0.hasPrefix("Armed clash") })
    }

    @Test func aTownEnteredUnderADealChangesHandsWithoutBattle() throws {
        let got = try locations("Government troops entered Harasta on Tuesday after the last rebels were bussed out under a surrender deal.")
        #expect(got == ["Non-violent transfer of territory@Harasta"])
    }

    @Test func aClauseThatOnlyAddsAPlaceTakesTheTriggerBefore() throws {
        let got = try locations("Warplanes carried out air strikes on Saraqib on Tuesday, killing four people, and on farms near Kafr Nabl.")
        #expect(got.contains("Air/drone strike@Saraqib"))
        #expect(got.contains { $0.hasPrefix("Air/drone strike@Kafr") })
    }

    @Test func placesFledTowardsAreNoEventLocations() throws {
        let got = try locations("On Tuesday the army stormed Saraqib and the militants fled towards the nearby villages of Sarmin and Binnish.")
        #expect(!got.contains { $0.contains("Sarmin") || $0.contains("Binnish") })
        #expect(got.contains { $0.hasSuffix("@Saraqib") })
    }

    @Test func aResidentsHomeIsNoEventLocation() throws {
        let got = try locations("An Aleppo resident said clashes erupted on Tuesday in Saraqib.")
        #expect(got == ["Armed clash@Saraqib"])
    }

    @Test func neighbourhoodsAreCodedAtTheirCity() throws {
        let got = try coded("Government forces shelled the city of Homs on Monday. On Tuesday mortar shells hit the Qarabees Zawiya neighbourhood, killing two.")
        #expect(got.contains("Shelling/artillery/missile attack@Homs#Qarabees Zawiya"))
    }

    @Test func aListTakesTheTriggerOfItsLeadAcrossHeadingLines() throws {
        let text = """
        Warplanes carried out dozens of air strikes on Tuesday on the following areas:

        Hama countryside: Kafr Zita, Morek.

        Idlib countryside: Saraqib, Ariha.
        """
        let got = try locations(text)
        for town in ["Kafr Zita", "Morek", "Saraqib", "Ariha"] {
            #expect(got.contains { $0.hasPrefix("Air/drone strike@") && $0.contains(town) }, "\(town)")
        }
    }

    @Test func aTollUpdateIsNoNewEvent() throws {
        #expect(try coded("The death toll from the strikes on the market in Saraqib rose to 21 on Tuesday.").isEmpty)
    }

    @Test func aSentenceOpeningOnALongPeriodIsBackground() throws {
        #expect(try coded("Since early May, the army has pressed an offensive on Idlib province and Kafr Nabl.").isEmpty)
        #expect(try coded("Over 300 civilians have been killed around Saraqib since then.").isEmpty)
    }

    @Test func aRoadBetweenTwoTownsIsNeitherTown() throws {
        #expect(try coded("Gunmen ambushed a minibus on Tuesday on the road between Saraqib and Ariha.").isEmpty)
    }

    @Test func aPersonFromAPlaceDoesNotPlaceTheEvent() throws {
        #expect(try coded("A Douma mother said on Tuesday that the shelling never stops.").isEmpty)
    }

    @Test func namesWithApostrophesAndDistrictsBehindAdjectives() throws {
        let got = try coded("""
            Barrel bombs hit the village of Ma'ar Tamsar near Saraqib on Tuesday. Government forces entered the city \
            of Homs on Monday. On Tuesday mortars hit the rebel-held Homs al-Qadima district.
            """)
        #expect(got.contains { $0.hasSuffix("#Ma'ar Tamsar") })
        #expect(got.contains { $0.hasSuffix("#Homs al-Qadima") })
    }

    @Test func newTriggerWords() throws {
        #expect(try locations("Militants beheaded three men in Saraqib on Tuesday.").contains("Attack@Saraqib"))
        #expect(try locations("The SDF completed the liberation of Manbij on Tuesday.").contains { $0.hasSuffix("@Manbij") })
        #expect(try locations("Government aircraft dropped chemical agents on Douma on Tuesday.").contains("Chemical weapon@Douma"))
    }
}

/// Dates and the background they mark (texts published Wednesday 2019-06-12, as above).
@Suite struct BackgroundDateTests {
    /// "location@date" for each event of `text`.
    func dated(_ text: String) throws -> Set<String> {
        let extractor = try #require(EventRuleTests.extractor)
        let article = Article(id: "dates.txt", published: Day(iso: "2019-06-12"), text: text)
        return Set(extractor.events(in: article).events.map { "\($0.location)@\($0.date)" })
    }

    @Test func aWhenClauseTakesTheLongDateBeforeIt() throws {
        #expect(try dated("The town already changed hands in May, when rebels stormed Saraqib.").isEmpty)
        #expect(try dated("Its worst week came last month, when gunmen killed 30 people in Saraqib.").isEmpty)
        // (and the clauses after it that tell of the same time)
        #expect(try dated("Its worst day came in May, when gunmen killed 30 people, an attack that still haunts Ariha.").isEmpty)
    }

    @Test func aLongDateSetApartDatesTheClausesBeforeIt() throws {
        #expect(try dated("Rebels drove the army out of Ariha, the largest town in the area, late last month.").isEmpty)
        let got = try dated("Rebels drove the army out of Ariha, late last month, and on Tuesday jets bombed Saraqib.")
        #expect(got == ["Saraqib@2019-06-11"], "\(got)")
    }

    @Test func aSuperlativeSinceTheWarBeganIsBackground() throws {
        #expect(try dated("It is the deadliest attack on Saraqib, the largest town in the area, since the start of the war.").isEmpty)
    }

    @Test func aWhenClauseTakesTheShortDateBeforeIt() throws {
        let got = try dated("""
            Jets bombed Ariha on Tuesday, and the assault began on Monday, when fighters stormed checkpoints in Saraqib.
            """)
        #expect(got.contains("Saraqib@2019-06-10"), "\(got)")
        #expect(got.contains("Ariha@2019-06-11"), "\(got)")
    }

    @Test func atTheTimeIsBackground() throws {
        #expect(try dated("Rebels shelled Saraqib heavily at the time.").isEmpty)
        // (in a sentence with a date of its own, it is that date's time)
        #expect(try dated("On Tuesday jets bombed the market of Saraqib, which was crowded at the time.") == ["Saraqib@2019-06-11"])
    }

    @Test func eventsLongBeforeTheStoryAreBackground() throws {
        #expect(try dated("On April 2, 2019, warplanes bombed Saraqib.").isEmpty)
        #expect(try dated("On June 5, warplanes bombed Saraqib.") == ["Saraqib@2019-06-05"])
    }

    @Test func aClauseWithItsOwnShortDateOutlivesALongOne() throws {
        let got = try dated("Troops have retaken Ariha in recent weeks and were battling rebels inside Saraqib on Tuesday.")
        #expect(got == ["Saraqib@2019-06-11"], "\(got)")
        let opening = try dated("Since early May, the army has pressed on Ariha, and on Tuesday jets bombed Saraqib.")
        #expect(opening == ["Saraqib@2019-06-11"], "\(opening)")
    }

    @Test func anEventAfterCameIsBackground() throws {
        let got = try dated("The shelling of Ariha on Tuesday came a day after an air strike killed 20 people in Saraqib.")
        #expect(got == ["Ariha@2019-06-11"], "\(got)")
        // (with a date of its own, the earlier event is reported)
        let own = try dated("The attack comes after jets bombed Saraqib on Monday.")
        #expect(own == ["Saraqib@2019-06-10"], "\(own)")
        // (only "came [how long] after": not fighters who came from elsewhere)
        let from = try dated("Fighters who came from Ariha after dark stormed Saraqib.")
        #expect(from == ["Saraqib@2019-06-12"], "\(from)")
    }
}
