import EventModel
import Foundation
import Gazetteer
import Testing

/// The names `scan` finds in `text`, as written.
func found(_ text: String) -> [String] { standard.scan(text).map(\.text) }

@Test("Scan reports names with their UTF-8 byte offsets")
func scanOffsets() throws {
    let text = "Près de Saraqib, des obus sont tombés; later the shelling reached Khan Shaykhun and Ma’arrat al-Nu’man."
    let matches = standard.scan(text)
    #expect(matches.map(\.text) == ["Saraqib", "Khan Shaykhun", "Ma’arrat al-Nu’man"])
    let bytes = Array(text.utf8)
    for m in matches {
        #expect(String(decoding: bytes[m.range], as: UTF8.self) == m.text)
    }
    #expect(matches[0].range.lowerBound == "Près de ".utf8.count)
    #expect(matches[1].candidates.first?.name == "Khan Shaykhun")
    #expect(matches[2].candidates.first?.name == "Maarat al-Numan")
    #expect(matches[0].kind == .exact)
    #expect(matches[2].kind == .folded)
}

@Test("The longest name wins: Khan Shaykhun, not Khan; Deir ez-Zor, not Deir")
func scanLongest() {
    #expect(found("Jets struck Khan Shaykhun at dawn.") == ["Khan Shaykhun"])
    #expect(found("Fighting spread across Deir ez-Zor and Ras al-Ain on Sunday.") == ["Deir ez-Zor", "Ras al-Ain"])
    #expect(found("Residents fled al-Bab toward Tal Rifaat.") == ["al-Bab", "Tal Rifaat"])
}

@Test("Organisation and outlet names and demonyms are not places")
func scanSkipsOrganisations() {
    #expect(found("The Syrian Observatory for Human Rights counted the dead.").isEmpty)
    #expect(found("A Belfast Telegraph reporter and an al-Mayadeen TV crew were there.").isEmpty)
    #expect(found("Syrian and Russian jets, Turkish troops and Kurdish fighters.").isEmpty)
    #expect(found("Fighters of Hayat Tahrir al-Sham and Ahrar al-Sham withdrew.").isEmpty)
    #expect(found("Free Army units and Army of Conquest fighters regrouped in March, according to an Observatory monitor on Sunday.").isEmpty)
    #expect(found("Amos said the Army and the Islamic State had clashed.").isEmpty)
    #expect(found("A Damascus-based newspaper said Homs was calm.") == ["Homs"])
}

@Test("Foreign places are found and stay foreign")
func scanForeign() {
    let matches = standard.scan("Envoys met in Moscow and Ankara, while a Britain-based group in London and Belfast watched Turkey.")
    #expect(matches.map(\.text) == ["Moscow", "Ankara", "Britain", "London", "Belfast", "Turkey"])
    for m in matches {
        #expect(standard.disambiguate(m, context: .init()).place.country != "SY", "\(m.text)")
    }
}

@Test("Lower-case words are not names; a leading article before a capital is")
func scanCapitals() {
    #expect(found("they said homs and hama were quiet").isEmpty)
    #expect(found("Clashes near al-Rastan and Al Qusayr.") == ["al-Rastan", "Al Qusayr"])
}

@Test("Typos in capitalised names match within a small edit distance")
func scanFuzzy() {
    let matches = standard.scan("Shells fell on Saraqiib and Maskanahh and on Jarablouss overnight.")
    #expect(matches.count == 3)
    let m = standard.scan("Reports from Qamishliy and Kafranbell.")
    let names = m.compactMap { $0.candidates.first?.name }
    #expect(names == ["Qamishli", "Kafranbel"])
    let typo = standard.scan("Tanks moved into Khanasiir.")
    #expect(typo.first?.candidates.first?.name == "Khanasir")
    let far = standard.scan("Rebels entered Taftanazzur.")
    #expect(far.isEmpty || far.allSatisfy { $0.kind != .exact })
}

@Test("Arabic-script names match")
func scanArabic() {
    let m = standard.scan("قصف على مدينة حلب وريف إدلب")
    let names = m.compactMap { $0.candidates.first?.name }
    #expect(names.contains("Aleppo"))
    #expect(names.contains("Idlib"))
}

@Test("Sentence cues choose the governorate, the town, or the town's surroundings")
func cues() throws {
    func res(_ name: String, _ sentence: String) -> Resolution? {
        standard.resolve(name, context: GeocodeContext(sentence: sentence))
    }
    #expect(res("Idlib", "Jets pounded villages in Idlib province.")?.place.kind == .governorate)
    #expect(res("Idlib", "Jets pounded villages in Idlib province.")?.geoPrecision == .region)
    #expect(res("Hama", "Fighting in the province of Hama went on.")?.place.kind == .governorate)
    #expect(res("Idlib", "Protesters gathered in the city of Idlib.")?.place.kind == .city)
    let near = try #require(res("Aleppo", "Shelling hit the Aleppo countryside."))
    #expect(near.place.kind == .city && near.geoPrecision == .near)
    #expect(res("Homs", "Clashes on the outskirts of Homs.")?.geoPrecision == .near)
    #expect(res("Hama", "Raids in rural Hama.")?.geoPrecision == .near)
    #expect(res("Daraa", "Daraa and Quneitra provinces were calm.")?.place.kind == .governorate)
    #expect(standard.resolve("Idlib province")?.place.kind == .governorate)
    #expect(standard.resolve("Damascus countryside")?.place.admin1 == "Rif Dimashq")
}

@Test("Other places in the article pick among namesakes")
func articleNamesakes() throws {
    let aleppo = try #require(standard.resolve("Aleppo")).place
    let hama = try #require(standard.resolve("Hama")).place
    #expect(standard.resolve("Suran", context: GeocodeContext(articlePlaces: [aleppo]))?.place.admin1 == "Aleppo")
    #expect(standard.resolve("Suran", context: GeocodeContext(articlePlaces: [hama]))?.place.admin1 == "Hama")
}

@Test("\"Old City\" alone is not a place; with a city it is that city")
func oldCity() throws {
    #expect(found("Rebels held the Old City for months.").isEmpty)
    #expect(found("Rebels held the Old City of Homs for months.") == ["Old City of Homs"])
    let homs = try #require(standard.resolve("Homs")).place
    let r = standard.resolve("Old City", context: GeocodeContext(articlePlaces: [homs, homs]))
    #expect(r?.place.name == "Homs" && r?.geoPrecision == .near)
}

@Test("Syria is a country entry with country code SY")
func syriaItself() throws {
    let r = try #require(standard.resolve("Syria"))
    #expect(r.place.kind == .country && r.place.country == "SY")
    #expect(standard.governorate(named: "Deir ez-Zor")?.kind == .governorate)
    #expect(standard.governorate(named: "Dayr az-Zawr")?.admin1 == "Deir ez-Zor")
}

@Test("Unknown names get suggestions, nearest first")
func suggestionsForUnknown() {
    #expect(standard.resolve("Xyzzyqwv") == nil)
    let s = standard.suggestions(for: "Sarakibb Town")
    #expect(!s.isEmpty)
    #expect(standard.suggestions(for: "Raqqqa").first?.place.admin1 == "Ar-Raqqa")
}
