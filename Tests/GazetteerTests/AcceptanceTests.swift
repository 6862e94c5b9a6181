import EventModel
import Foundation
import Gazetteer
import Testing

/// The spellings the issue names, each within 3 km of the place (coordinates from the
/// reference table / GeoNames).
let issueSpellings: [(String, Double, Double)] = [
    ("Idleb", 35.9306, 36.6339), ("Edlib", 35.9306, 36.6339),
    ("Khan Shaykhun", 35.4421, 36.6510), ("Khan Sheihoun", 35.4421, 36.6510),
    ("Alleppo", 36.2012, 37.1612), ("Halab", 36.2012, 37.1612),
    ("Deir Ezzor", 35.3359, 40.1408), ("Dayr az-Zawr", 35.3359, 40.1408),
    ("Maarat al-Numan", 35.6483, 36.6769), ("Ma'arrat al-Nu'man", 35.6483, 36.6769),
    ("Jisr ash-Shughur", 35.8143, 36.3206), ("Kafr Nabl", 35.6138, 36.5645), ("Kafranbel", 35.6138, 36.5645),
    ("Raqa", 35.9528, 39.0079), ("Deraa", 32.6189, 36.1021), ("Dar'a", 32.6189, 36.1021),
    ("Duma", 33.5718, 36.4027), ("Qusair", 34.5090, 36.5797), ("Tadmur", 34.5600, 38.2800),
    ("Palmyra", 34.5600, 38.2800), ("Lattakia", 35.5312, 35.7909), ("Qamishly", 37.0522, 41.2317),
    ("Al-Hasakeh", 36.5024, 40.7477), ("Ras al-Ain", 36.8503, 40.0706), ("Abu Kamal", 34.4523, 40.9185),
    ("Bukamal", 34.4523, 40.9185), ("Sweida", 32.7090, 36.5695), ("Suwayda", 32.7090, 36.5695),
    ("Sheikh Maqsoud", 36.2300, 37.1500), ("Saraqeb", 35.8624, 36.8006), ("Binnish", 35.9565, 36.7138),
    ("Bennesh", 35.9565, 36.7138), ("Hmeimim", 35.4117, 35.9450),
]

@Test("The issue's spellings resolve within 3 km", arguments: issueSpellings.map { $0.0 })
func issueSpelling(_ spelling: String) throws {
    let want = issueSpellings.first { $0.0 == spelling }!
    let r = standard.resolve(spelling)
    #expect(km(r, want.1, want.2) <= 3, "\(spelling) -> \(r?.place.name ?? "nothing") \(r.map { "\($0.place.coordinate)" } ?? "")")
    #expect(r?.place.country == "SY")
}

@Test("Every Syrian place in the seeds' gold file resolves within 5 km from the seed's spelling")
func goldToponyms() throws {
    let gold = sharedFolder.appendingPathComponent("seeds/gold.json")
    guard FileManager.default.fileExists(atPath: gold.path) else {
        print("skipped: \(gold.path) not found (the shared seeds sit beside the repository)")
        return
    }
    let doc = try JSONSerialization.jsonObject(with: Data(contentsOf: gold)) as! [String: Any]
    var checked = 0
    for (article, value) in doc where !article.hasPrefix("_") {
        // The article's places as Extraction sees them: every name scanned, in text order.
        let text = try String(contentsOf: sharedFolder.appendingPathComponent("seeds/\(article)"), encoding: .utf8)
        let articlePlaces = standard.scan(text).map { standard.disambiguate($0, context: .init()).place }
        let toponyms = (value as! [String: Any])["toponyms"] as! [[String: Any]]
        for t in toponyms {
            let mention = t["mention"] as! String
            guard t["syrian"] as? Bool == true, let lat = t["lat"] as? Double, let lon = t["lon"] as? Double else {
                if t["syrian"] as? Bool == false {
                    let r = standard.resolve(mention)
                    #expect(r == nil || r!.place.country != "SY" || r!.place.kind == .country,
                            "\(article): foreign \(mention) resolved in Syria")
                }
                continue
            }
            let r = standard.resolve(mention, context: GeocodeContext(articlePlaces: articlePlaces))
            if t["kind"] as? String == "governorate" {
                #expect(standard.governorate(named: t["admin1"] as! String) != nil)
                let gov = standard.resolve(mention, context: GeocodeContext(sentence: "\(mention) province"))
                #expect(gov?.place.kind == .governorate && gov?.place.admin1 == t["admin1"] as? String,
                        "\(article): \(mention) as a governorate -> \(gov?.place.name ?? "nothing")")
            }
            #expect(km(r, lat, lon) <= 5, "\(article): \(mention) -> \(r?.place.name ?? "nothing")")
            checked += 1
        }
    }
    #expect(checked >= 30)
}

/// Foreign names (countries, cities, short forms) that must never land in Syria.
let foreignNames = [
    "Turkey", "Mali", "Britain", "London", "Russia", "China", "Iraq", "Moscow", "Ankara", "United Kingdom",
    "Germany", "France", "US", "U.S.", "UK", "U.K.", "USA", "Belfast", "Lebanon", "Jordan", "Israel", "Iran",
    "Tehran", "Beirut", "Baghdad", "Amman", "Istanbul", "Gaziantep", "Kilis", "Reyhanli", "Antakya", "Mosul",
    "Erbil", "Washington", "New York", "Paris", "Berlin", "Geneva", "Vienna", "Cairo", "Riyadh", "Doha",
    "Qatar", "Saudi Arabia", "Egypt", "Libya", "Tripoli", "Yemen", "Kuwait", "Brussels", "Rome", "Madrid",
    "Tunisia", "Algeria", "Afghanistan", "Pakistan", "Kabul", "Ukraine", "Kiev", "Sochi", "Astana",
    "America", "Great Britain", "Holland", "Dubai", "Abu Dhabi", "Tel Aviv", "Jerusalem", "Gaza", "Hatay",
]

@Test("No foreign name resolves inside Syria", arguments: foreignNames)
func foreignStaysForeign(_ name: String) {
    let r = standard.resolve(name)
    #expect(r != nil, "\(name) should be known")
    #expect(r?.place.country != "SY", "\(name) -> \(r?.place.name ?? "") in Syria")
    if let c = r?.place.coordinate { #expect(!c.isInSyriaBox || r!.place.country != "SY") }
}

@Test("A name shared with a foreign town follows the article's country")
func namesakeAbroad() {
    let iraq = standard.resolve("Iraq")!.place
    let r = standard.resolve("Sinjar", context: GeocodeContext(articlePlaces: [iraq, standard.resolve("Mosul")!.place]))
    #expect(r?.place.country == "IQ")
    #expect(standard.resolve("Sinjar", context: GeocodeContext(articlePlaces: [standard.resolve("Idlib")!.place]))?
        .place.admin1 == "Idlib")
}
