import EventModel

/// One line of a gazetteer file.
struct Line {
    /// 1-based line number.
    var number: Int
    private var raw: UnsafeBufferPointer<UInt8>.SubSequence

    init(number: Int, raw: UnsafeBufferPointer<UInt8>.SubSequence) {
        self.number = number
        self.raw = raw
    }

    /// The line's bytes, as indices into the buffer read.
    var range: Range<Int> { raw.startIndex..<raw.endIndex }

    /// Fields split on tabs.
    var tabFields: [String] {
        raw.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Fields of a CSV line (RFC 4180 quoting within the line).
    var fields: [String] {
        var bytes: [UInt8] = [], ranges: [Range<Int>] = []
        csvFields(into: &bytes, ranges: &ranges)
        return ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// Unquotes the fields of a CSV line (RFC 4180 quoting within the line) into `bytes`,
    /// one range of `bytes` per field.
    func csvFields(into bytes: inout [UInt8], ranges: inout [Range<Int>]) {
        bytes.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        var start = 0
        var quoted = false
        var i = raw.startIndex
        while i < raw.endIndex {
            let b = raw[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < raw.endIndex && raw[i + 1] == 0x22 { bytes.append(0x22); i += 1 } else { quoted = false }
                } else { bytes.append(b) }
            } else if b == 0x22 && bytes.count == start {
                quoted = true
            } else if b == 0x2C {
                ranges.append(start..<bytes.count)
                start = bytes.count
            } else {
                bytes.append(b)
            }
            i += 1
        }
        ranges.append(start..<bytes.count)
    }
}

/// Splits a byte buffer into lines (LF or CRLF), skipping blank lines and `#` comments.
struct LineReader {
    private let p: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var number = 0

    init(_ p: UnsafeBufferPointer<UInt8>) {
        self.p = p
        if p.count >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF { i = 3 }
    }

    mutating func next() -> Line? {
        while i < p.count {
            let start = i
            while i < p.count && p[i] != 0x0A { i += 1 }
            var end = i
            i += 1
            number += 1
            if end > start && p[end - 1] == 0x0D { end -= 1 }
            if end == start || p[start] == 0x23 { continue }
            return Line(number: number, raw: p[start..<end])
        }
        return nil
    }
}

/// GeoNames codes: Syrian admin-1 codes and feature codes.
enum GeoNamesCodes {
    /// GeoNames admin-1 code for Syria -> governorate name.
    static let syrianAdmin1: [String: String] = [
        "01": "Al-Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Ar-Raqqa", "05": "As-Suwayda",
        "06": "Daraa", "07": "Deir ez-Zor", "08": "Rif Dimashq", "09": "Aleppo", "10": "Hama",
        "11": "Homs", "12": "Idlib", "13": "Damascus", "14": "Tartus",
    ]

    /// The place kind for a GeoNames feature class and code.
    static func kind(featureClass: String, code: String, population: Int, syrian: Bool) -> PlaceKind {
        if code.hasPrefix("PCL") { return .country }
        if code == "ADM1" { return syrian ? .governorate : .region }
        if code == "ADM2" || code == "ADM3" { return .district }
        if featureClass == "P" {
            if code == "PPLX" { return syrian ? .neighbourhood : .foreignCity }
            if !syrian { return .foreignCity }
            return population >= 100_000 ? .city : population >= 10_000 ? .town : .village
        }
        if !syrian { return .other }
        switch code {
        case "AIRB", "AIRF", "AIRP": return .airbase
        case "CMP", "CMPRF", "CMPQ": return .camp
        case "DAM": return .dam
        case "PRN": return .prison
        case "MT", "MTS", "HLL", "HLLS", "PK", "RDGE": return .mountain
        case "RGN", "AREA", "PLN", "VAL": return .region
        case "BCP", "PSTB": return .crossing
        default: return .other
        }
    }
}
