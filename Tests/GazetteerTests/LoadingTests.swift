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
