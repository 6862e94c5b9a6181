import EventModel
import Foundation
import Gazetteer
import Testing
@testable import Extraction

/// More coding rules of ``EventExtractor``: captures told in pieces, landmarks, anchors for
/// unknown names, anaphora and background triggers. Short texts written for these tests,
/// published Wednesday 2019-06-12 (so "on Tuesday" is 2019-06-11).
@Suite struct CodingRuleTests {
    static let extractor: EventExtractor? = try? EventExtractor(gazetteer: Gazetteer.standard())

    func events(_ text: String) throws -> [Event] {
        let extractor = try #require(Self.extractor)
        return extractor.events(in: Article(id: "rule.txt", published: Day(iso: "2019-06-12"), text: text)).events
    }

    /// "sub-type@location#mention" for each event of `text`.
    func coded(_ text: String) throws -> Set<String> {
        Set(try events(text).map { "\($0.subEventType.rawValue)@\($0.location)#\($0.locationMention)" })
    }

    @Test func expulsionsAndFlagsAreCaptures() throws {
        #expect(try coded("Kurdish fighters drove the militants out of Manbij on Tuesday.").contains { $0.hasPrefix("Non-state actor overtakes territory@Manbij") })
        #expect(try coded("The SDF raised its flag over Tabqa on Tuesday.").contains { $0.hasPrefix("Non-state actor overtakes territory@") })
        #expect(try coded("The YPG said on Tuesday that Tal Abyad had been cleared of IS fighters.").contains { $0.hasPrefix("Non-state actor overtakes territory@") })
        // a flight out of homes is no change of control
        #expect(try coded("The shelling drove families out of their homes in Douma on Tuesday.").allSatisfy { !$0.contains("territory") })
    }

    @Test func backingAndCampaignTriggersAreNoEvents() throws {
        // the strikes only back the capture; the capture is the event
        let got = try coded("Troops backed by Russian air strikes captured Khan Shaykhun on Tuesday.")
        #expect(got.contains { $0.hasPrefix("Government regains territory@") || $0.hasPrefix("Non-state actor overtakes territory@") })
        #expect(!got.contains { $0.hasPrefix("Air/drone strike") })
        #expect(try coded("The fighters who died in the four-month battle for Raqqa were buried on Tuesday.").isEmpty)
        #expect(try coded("The jets that carried out Monday's attack on Saraqib took off from Hama.").isEmpty)
    }

    @Test func aNewDealIsAnAgreement() throws {
        #expect(try coded("On Tuesday, 300 fighters left Harasta under a deal brokered by local elders.").contains { $0.hasPrefix("Agreement@Harasta") })
    }

    @Test func namedLandmarksAreEventPlaces() throws {
        let got = try coded("Cruise missiles hit the Zira air base east of Homs on Tuesday.")
        #expect(got.contains { $0.hasSuffix("#Zira") })
        let post = try coded("Near Kessab, fighting raged on Tuesday for a hilltop known as Observation Post 45.")
        #expect(post.contains { $0.hasSuffix("#Observation Post 45") })
        let hills = try coded("Warplanes struck IS positions in the Qalamoun hills near Yabroud on Tuesday.")
        #expect(hills.contains { $0.hasSuffix("#Qalamoun") || $0.contains("Yabroud") })
    }

    @Test func peopleAndMovesFromAPlaceAreNotItsEvents() throws {
        #expect(try coded("A shopkeeper originally from Raqqa said the blast hit on Tuesday.").allSatisfy { !$0.contains("Raqqa") })
        #expect(try coded("A teacher from Saraqib said clashes went on through Tuesday.").allSatisfy { !$0.contains("Saraqib") })
        let moved = try coded("On Tuesday rebels advanced from the Azaz area towards the village of Qastal Jindo.")
        #expect(moved.allSatisfy { !$0.contains("Azaz@") && !$0.hasSuffix("#Azaz") })
    }

    @Test func unknownNamesAreAnchoredByQualifiersNotListNeighbours() throws {
        let got = try events("Air strikes hit the towns of Hayan and Anadan, north of Aleppo, on Tuesday.")
        let hayan = try #require(got.first { $0.locationMention == "Hayan" })
        #expect(hayan.location != "Anadan")
        #expect(got.contains { $0.locationMention == "Anadan" })
        // a country named aside is no qualifier
        let crossing = try coded("Government forces took control of the Nassib border crossing with Jordan on Tuesday, near Deraa.")
        #expect(crossing.contains { $0.hasSuffix("#Nassib") })
    }

    @Test func aCaptureToldInStepsIsOneEvent() throws {
        let got = try events("""
            Rebels seized the border post near Kessab on Monday. On Tuesday they captured the town of Kessab.
            """).filter { $0.subEventType == .nonStateActorOvertakesTerritory }
        #expect(got.count == 1)
        #expect(got.first.map { "\($0.date)..\($0.dateEnd)" } == "2019-06-10..2019-06-11")
    }

    @Test func armedMenFleeingWithdraw() throws {
        #expect(try coded("The army retook Palmyra on Tuesday after the militants fled east towards Sukhnah.").allSatisfy { !$0.hasPrefix("Displacement") })
    }

    @Test func anaphoraOverAdjectivesAndForEveryFamily() throws {
        let got = try coded("""
            Air strikes hit Maarat al-Numan on Tuesday. Rescuers said the strikes flattened a market in the rebel-held town, \
            and clashes broke out near the town.
            """)
        #expect(got.contains { $0.hasPrefix("Armed clash@Maarat al-Numan") })
        // "the city" is not the village of the last event
        let city = try coded("""
            The army entered the eastern city of Deir ez-Zor on Tuesday. Jets also bombed the village of Hatla. \
            Missiles were fired at targets near the city on Tuesday.
            """)
        #expect(city.contains { $0.hasPrefix("Shelling/artillery/missile attack@Deir ez-Zor") })
    }

    @Test func aHitInASentenceOfRaidsIsAnAirStrike() throws {
        #expect(try coded("The raids on Tuesday killed ten people, and a farm near Jandairis was hit.").contains { $0.hasPrefix("Air/drone strike@Jandairis") })
    }
}

/// Dates, summaries and governorate-level events.
@Suite struct CodingRuleDateTests {
    let rules = CodingRuleTests()

    @Test func aClauseWithItsOwnDateDatesItsEvent() throws {
        let got = try rules.events("YPG fighters entered Tal Abyad on Tuesday after cutting the road at the village of Suluk, which was freed on Sunday.")
        let suluk = try #require(got.first { $0.locationMention == "Suluk" })
        #expect(suluk.date.description == "2019-06-09")
    }

    @Test func overnightOnAWeekdayIsThatNight() throws {
        let got = try rules.events("Warplanes struck the town of Saida, east of Deraa, overnight on Monday.")
        #expect(got.map { "\($0.date)..\($0.dateEnd)" } == ["2019-06-10..2019-06-11"])
    }

    @Test func aSummaryStillReportsADatedClauseAfterIt() throws {
        let got = try rules.coded("The monitor said 26 people had been killed in Yarmouk since the fighting began, and that militants had beheaded two men on Tuesday.")
        #expect(got.contains { $0.hasPrefix("Attack@") })
    }

    @Test func peopleDescribedAsDisplacedAreNoDisplacement() throws {
        #expect(try rules.coded("A farmer who had fled Saraqib said on Tuesday the town was empty.").allSatisfy { !$0.hasPrefix("Displacement") })
        #expect(try rules.coded("Engineers were removing explosive devices in Manbij on Tuesday.").isEmpty)
    }

    @Test func aGovernorateToldInDetailElsewhereIsNoEventOfItsOwn() throws {
        let got = try rules.coded("""
            Russian jets struck the countryside of Hama and Homs on Tuesday. Residents said the raids hit the towns of \
            Talbiseh and Latamneh on Tuesday.
            """)
        #expect(got.contains { $0.hasPrefix("Air/drone strike@Talbiseh") })
        #expect(!got.contains { $0.hasPrefix("Air/drone strike@Hama") || $0.hasPrefix("Air/drone strike@Homs") })
        // named beside a town in one sentence, the governorate's other areas stay
        let both = try rules.coded("Strikes on Tuesday hit Jisr al-Shughur and areas of Idlib province.")
        #expect(both.contains { $0.hasPrefix("Air/drone strike@Idlib") })
    }
}

/// Cities behind governorate names, conditions, sites and flights.
@Suite struct CodingRulePlaceTests {
    let rules = CodingRuleTests()

    @Test func aGovernorateNameWithCityIsTheCity() throws {
        let got = try rules.events("Rebel rockets hit the centre of Latakia city on Tuesday.")
        #expect(got.first?.geoPrecision == .exact)
    }

    @Test func aTollUpdateKeepsNothingOfItsSentence() throws {
        #expect(try rules.coded("The toll from strikes that hit a market in Ariha rose to 30 on Tuesday.").isEmpty)
    }

    @Test func conditionsAndSitesAreNoEvents() throws {
        #expect(try rules.coded("A minister said Raqqa would only be considered liberated when the army entered it.").isEmpty)
        let got = try rules.coded("Missiles hit a chemical weapons storage facility near Homs on Tuesday.")
        #expect(!got.contains { $0.hasPrefix("Chemical weapon") })
    }

    @Test func aFlightTowardsOtherPlacesStartsAtTheLastEventsPlace() throws {
        let got = try rules.coded("""
            Rebels captured the city of Idlib on Tuesday. Thousands of residents fled towards the villages of Binnish \
            and Sarmin during the fighting.
            """)
        #expect(got.contains { $0.hasPrefix("Displacement@Idlib") })
        // armed men fleeing are no displacement, even a few words after they are named
        let armed = try rules.coded("The army retook Tal Abyad on Tuesday. The last ISIS groups had either been killed or had fled south towards Ain Issa.")
        #expect(!armed.contains { $0.hasPrefix("Displacement") })
    }
}

/// Names found by what the text says of them: appositions, bulleted lists, lists of quarters.
@Suite struct CodingRuleNameTests {
    let rules = CodingRuleTests()

    @Test func aNameDescribedAsAPlaceIsOne() throws {
        let got = try rules.events("A car bomb exploded on Tuesday at al-Rashidin, a rebel-held transit point on the edge of Aleppo city.")
        let e = try #require(got.first)
        #expect(e.locationMention == "al-Rashidin")
        #expect(e.location == "Aleppo")
    }

    @Test func headsOfABulletedListBesideKnownTownsArePlaces() throws {
        let got = try rules.coded("""
            Our teams counted these deaths on Tuesday:

            - Saqba: 17 civilians in air strikes.
            - Hamouria: 21 civilians in air strikes.
            """)
        #expect(got.contains { $0.hasSuffix("#Hamouria") })
        // a bullet headed by a word that is no place stays no place
        #expect(try rules.coded("- Note: air strikes hit Saqba on Tuesday.").allSatisfy { !$0.hasSuffix("#Note") })
    }

    @Test func quartersListedBeforeTheirCityAreCodedThere() throws {
        let got = try rules.coded("Rebels fired mortars on the Bab Touma and Abbasiyin neighbourhoods of Damascus on Tuesday.")
        // both quarters are coded at the city: one event for the city, day and sub-type
        #expect(got == ["Shelling/artillery/missile attack@Damascus#Bab Touma"])
    }

    @Test func peopleLeavingAPlaceAreDisplaced() throws {
        let got = try rules.coded("On Tuesday 3,000 more people left Foua and Kefraya under the deal.")
        #expect(got.contains { $0.hasPrefix("Displacement@Foua") })
        // "left 12 dead" is no departure; a qualifier after "near" is no place of its own
        #expect(try rules.coded("Shelling on Tuesday left 12 people dead in Douma.").allSatisfy { !$0.hasPrefix("Displacement") })
        let near = try rules.coded("About 2,000 people left Madaya and Zabadani near Damascus on Tuesday.")
        #expect(near.allSatisfy { !$0.contains("@Damascus") })
    }

    @Test func aClauseOfItsOwnKeepsItsGovernorateAndDenialsAreNoReports() throws {
        let got = try rules.coded("Troops shelled the districts of eastern Aleppo on Tuesday, and air strikes hit the town of Atareb, activists said.")
        #expect(got.contains { $0.hasPrefix("Shelling/artillery/missile attack@Aleppo") })
        #expect(got.contains { $0.hasPrefix("Air/drone strike@Atarib") })
        #expect(try rules.coded("Moscow and Damascus denied on Tuesday that their jets had hit the convoy.").isEmpty)
    }
}

/// Qualifiers by bearing, destinations and flights told long after.
@Suite struct CodingRuleAnchorTests {
    let rules = CodingRuleTests()

    @Test func aBearingFromACityOnlyLocatesThePlace() throws {
        let got = try rules.coded("Troops entered Ain al-Fijeh, northwest of Damascus, on Tuesday under a surrender deal.")
        #expect(got.allSatisfy { !$0.contains("@Damascus") })
    }

    @Test func aDestinationIsNoAnchor() throws {
        let got = try rules.events("Buses with 1,200 people left the village of Ain al-Khadra near Zabadani for Idlib province on Tuesday.")
        let e = try #require(got.first { $0.locationMention == "Ain al-Khadra" })
        #expect(e.admin1 == "Rif Dimashq")
    }

    @Test func aFlightWeeksEarlierIsNoEvent() throws {
        #expect(try rules.coded("The army took Qusayr on Tuesday. A Qusayr native said most residents had fled weeks earlier.")
            .allSatisfy { !$0.hasPrefix("Displacement") })
    }
}
