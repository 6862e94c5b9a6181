import EventModel
import Export
import Foundation

extension PlaceMention {
    /// One JSON object with the contract's fields, keys in a fixed order, text escaped.
    var jsonObject: String {
        func str(_ s: String?) -> String { s.map(JSONEscaping.quoted) ?? "null" }
        func num(_ d: Double?) -> String { d.map(coordinateText) ?? "null" }
        return "{\"source\": \(str(source)), \"mention\": \(str(mention)), \"start\": \(start), \"end\": \(end), "
            + "\"name\": \(str(place?.name)), \"lat\": \(num(place?.coordinate.lat)), \"lon\": \(num(place?.coordinate.lon)), "
            + "\"kind\": \(str(place?.kind.rawValue)), \"admin1\": \(str(place?.admin1)), \"country\": \(str(place?.country)), "
            + "\"gazetteer_id\": \(str(place?.id)), \"matched_by\": \(str(matchedBy))}"
    }
}

/// A latitude or longitude as `places` and `geocode` print it: six decimals, trailing zeros and point dropped
/// (`36.5`, `40`).
func coordinateText(_ v: Double) -> String {
    var s = String(format: "%.6f", v)
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s
}
