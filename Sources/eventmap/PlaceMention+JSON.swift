import EventModel
import Foundation

extension PlaceMention {
    /// One JSON object with the contract's fields, keys in a fixed order, text escaped.
    var jsonObject: String {
        func str(_ s: String?) -> String { s.map(JSONText.quote) ?? "null" }
        func num(_ d: Double?) -> String {
            guard let d else { return "null" }
            return String(format: "%.6f", d).replacingOccurrences(of: #"\.?0+$"#, with: "", options: .regularExpression)
        }
        return "{\"source\": \(str(source)), \"mention\": \(str(mention)), \"start\": \(start), \"end\": \(end), "
            + "\"name\": \(str(place?.name)), \"lat\": \(num(place?.coordinate.lat)), \"lon\": \(num(place?.coordinate.lon)), "
            + "\"kind\": \(str(place?.kind.rawValue)), \"admin1\": \(str(place?.admin1)), \"country\": \(str(place?.country)), "
            + "\"gazetteer_id\": \(str(place?.id)), \"matched_by\": \(str(matchedBy))}"
    }
}

/// JSON string escaping.
enum JSONText {
    /// `s` as a JSON string literal.
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
