import EventModel
import Foundation
import Gazetteer
import Testing

/// Rows of Fixtures/spellings.tsv: spelling, expected place, lat, lon.
let spellingRows: [[String]] = (try? tsvRows("spellings.tsv")) ?? []

@Test("The spelling table has at least 150 rows")
func spellingTableSize() {
    #expect(spellingRows.count >= 150)
}

@Test("Each spelling in Fixtures/spellings.tsv resolves within 3 km of its place",
      arguments: spellingRows.map { $0[0] })
func spelling(_ spelling: String) throws {
    let row = try #require(spellingRows.first { $0[0] == spelling })
    let r = standard.resolve(spelling)
    let lat = try #require(Double(row[2])), lon = try #require(Double(row[3]))
    #expect(km(r, lat, lon) <= 3, "\(spelling) (\(row[1])) -> \(r?.place.name ?? "nothing") \(r?.kind.label ?? "")")
    #expect(r?.place.country == "SY")
}
