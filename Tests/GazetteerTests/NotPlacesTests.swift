import EventModel
import Foundation
import Gazetteer
import Testing

/// Rows of Fixtures/not-places.tsv: word, kind.
let notPlaceRows: [[String]] = (try? tsvRows("not-places.tsv")) ?? []

@Test("The table of capitalised non-places has at least 200 rows")
func notPlacesTableSize() {
    #expect(notPlaceRows.count >= 200)
}

@Test("A capitalised word that is no place stays unmatched in scan and in resolve",
      arguments: notPlaceRows.filter { $0[1] != "person-place" }.map { $0[0] })
func notAPlace(_ word: String) {
    #expect(standard.resolve(word) == nil, "\(word) -> \(standard.resolve(word)?.place.name ?? "")")
    for text in ["\(word) was named in the report on the talks.", "The talks failed, \(word) wrote.",
                 "The report, \(word) and others were cited."] {
        #expect(found(text).isEmpty, "\(text) -> \(found(text))")
    }
}

@Test("A personal name spelled like a place is a person before 'said'",
      arguments: notPlaceRows.map { $0[0] })
func speakerIsNoPlace(_ word: String) {
    #expect(found("\(word) said the talks had failed.").isEmpty)
    #expect(found("Mr \(word) told reporters the talks had failed.").isEmpty)
}

/// Names of Syrian entries that a non-place phrase folds alike, knowingly given up: "Sham"
/// (Hayat Tahrir al-Sham), "Mare"/"Maraa" (Mar, the month abbreviation), "Mraa" (Mr), "Chama"
/// (Shama), "Saan" (SANA), "Qenterê" (Centre), "Mahire", "Ruad" and "Al Hal" (Hala), "Sirgaya"
/// (Sergei; Serghaya itself resolves), and the old
/// exonyms Berea/Beria (Berri) and Bouta (But), none of which the news uses for the place.
let knowinglyHidden: Set<String> = ["al-Sham", "Ash-Sham", "Sham", "Al-Shām", "Cham", "Esh Sham", "Esh Shām",
    "Berea", "Beria", "Mare'", "Mare", "Maraa", "Maareh", "Mar`a", "Mare'`", "Mare’‘", "Mar‘ā", "Mraa", "al-Ma'arra",
    "Chama", "Al-Saan", "al-Sa'an", "Saan", "Sa'an", "As Sa`an", "As Sa‘an", "Es Sa`an", "Es Saane", "Es Sā‘ān",
    "Saane", "Mahire", "Al Hal", "Al Hāl", "Bouta", "Ruad", "Rouad", "Rouâd", "Qenterê", "Sirgaya"]

@Test("No non-place phrase hides a Syrian place: every name of every Syrian entry resolves")
func nonPlacesHideNoSyrianName() throws {
    let url = fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Gazetteer/places.tsv")
    let text = try String(contentsOf: url, encoding: .utf8)
    var missing: [String] = []
    for line in text.split(separator: "\n").dropFirst() {
        let f = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard f.count >= 9, f[6] == "SY" else { continue }
        for name in [String(f[1])] + f[8].split(separator: "|").map(String.init)
            where !knowinglyHidden.contains(name) && standard.resolve(name) == nil {
            missing.append("\(name) (\(f[1]))")
        }
    }
    #expect(missing.isEmpty, "\(missing.count) names hidden: \(missing.prefix(40))")
}
