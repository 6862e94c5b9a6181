import EventModel
import Foundation
import Gazetteer
import Testing

/// The default gazetteer, loaded once for all tests.
let standard: Gazetteer = {
    do { return try Gazetteer.standard() } catch { fatalError("cannot load the default gazetteer: \(error)") }
}()

/// This test folder's fixtures.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

/// The shared folder beside the repository (gold seeds, reference table), if present.
let sharedFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")

/// Kilometres between a resolution and a point.
func km(_ r: Resolution?, _ lat: Double, _ lon: Double) -> Double {
    guard let r else { return .infinity }
    return r.place.coordinate.kilometres(to: Coordinate(lon: lon, lat: lat))
}

/// Reads a TSV fixture (skipping `#` comments and the header) as rows of fields.
func tsvRows(_ name: String) throws -> [[String]] {
    let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
        .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
}
