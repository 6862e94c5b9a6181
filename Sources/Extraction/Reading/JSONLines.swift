import EventModel
import Foundation

/// Reads JSON Lines articles: one `{"id", "title", "source", "published", "url", "text"}` per line.
///
/// Lines are split on bytes; a flat object is read by ``FlatJSONObject`` and anything else by
/// `JSONSerialization` (which also words the errors).
enum JSONLines {
    /// Parses every line; a bad line becomes a problem `path:line: reason` and the rest goes on.
    static func articles(in text: String, path: String, fallbackPublished: Day?,
                         into body: (Article) -> Void) -> [ReadProblem] {
        var text = text
        return text.withUTF8 { bytes in
            articles(in: bytes, path: path, fallbackPublished: fallbackPublished, into: body)
        }
    }

    /// The fields of one record that articles are made of.
    private struct Record {
        var id: String?
        var text: String?
        var title: String?
        var source: String?
        var published: String?
        var url: String?
        /// Whether `text` may hold a carriage return (made by an escape: the file has none).
        var mayHoldCarriageReturn = true
    }

    /// Parses every line of UTF-8 bytes (checked already; line ends are `\n`, and there is no
    /// carriage return).
    static func articles(in bytes: UnsafeBufferPointer<UInt8>, path: String, fallbackPublished: Day?,
                         into body: (Article) -> Void) -> [ReadProblem] {
        var problems: [ReadProblem] = []
        var lineNumber = 0
        let base = (path as NSString).lastPathComponent
        var scratch: [UInt8] = []
        let originPrefix = Array("\(path):".utf8)
        var start = 0
        while start <= bytes.count {
            let end = lineEnd(bytes, from: start)
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            start = end + 1
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let record: Record
            if let flat = FlatJSONObject(line, scratch: &scratch),
               flat.otherKeys.isEmpty || (!flat.otherKeys.contains("id") && !flat.otherKeys.contains("text")) {
                record = Record(id: flat[.id], text: flat[.text], title: flat[.title], source: flat[.source],
                                published: flat[.published], url: flat[.url],
                                mayHoldCarriageReturn: flat.madeCarriageReturn)
            } else {
                switch slowRecord(line, base: base) {
                case .success(let r): record = r
                case .failure(let reason):
                    problems.append(ReadProblem(path: path, line: lineNumber, reason: reason.text))
                    continue
                }
            }
            guard let raw = record.text, !isBlank(raw) else {
                problems.append(ReadProblem(path: path, line: lineNumber, reason: "no \"text\" string, skipped"))
                continue
            }
            var published: Day?
            if let p = record.published, !p.isEmpty {
                guard let d = day(iso: p) else {
                    problems.append(ReadProblem(path: path, line: lineNumber, reason: "published '\(p)' is not YYYY-MM-DD, skipped"))
                    continue
                }
                published = d
            }
            let id = record.id.nonBlank ?? "\(base):\(lineNumber)"
            let meta = ArticleMetadata(title: record.title.nonBlank, source: record.source.nonBlank,
                                       published: published, url: record.url.nonBlank)
            let text = record.mayHoldCarriageReturn ? ArticleText.normaliseLineEnds(raw) : raw
            body(ArticleText.article(id: id, origin: origin(originPrefix, line: lineNumber), text: text, outside: meta,
                                     fallbackPublished: fallbackPublished))
        }
        return problems
    }

    /// The index of the first line end at or after `start`; the end of `bytes` when there is none.
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count,
              let found = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// A line read by `JSONSerialization` (nested values, numbers as ids, and the error wording).
    private static func slowRecord(_ line: UnsafeBufferPointer<UInt8>, base: String) -> Result<Record, ArticleText.Reason> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(buffer: line))
        } catch {
            return .failure(.init("not valid JSON, skipped"))
        }
        guard let r = object as? [String: Any] else { return .failure(.init("not a JSON object, skipped")) }
        let id = (r["id"] as? String).nonBlank ?? (r["id"] as? NSNumber)?.stringValue
        return .success(Record(id: id, text: r["text"] as? String, title: r["title"] as? String,
                               source: r["source"] as? String, published: r["published"] as? String,
                               url: r["url"] as? String))
    }

    /// `"\(path):\(line)"` for a positive `line`, from the bytes of `path:` made once per file
    /// (an interpolation appends piece by piece, and words the number through a protocol).
    static func origin(_ prefix: [UInt8], line: Int) -> String {
        var digits = 1, rest = line
        while rest >= 10 { rest /= 10; digits += 1 }
        return prefix.withUnsafeBufferPointer { head in
            String(unsafeUninitializedCapacity: head.count + digits) { out in
                var k = out.initialize(fromContentsOf: head), value = line
                k += digits
                for d in stride(from: k - 1, through: head.count, by: -1) {
                    out[d] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
                return k
            }
        }
    }

    /// `Day(iso:)` read from the String's bytes in place (`Day(iso:)`, generic over
    /// `StringProtocol`, copies them into an array first): `YYYY-MM-DD` at the start.
    static func day(iso text: String) -> Day? {
        var text = text
        return text.withUTF8 { u -> Day? in
            guard u.count >= 10 else { return nil }
            var numbers = (year: 0, month: 0, day: 0)
            for k in 0..<10 {
                let c = u[k]
                if k == 4 || k == 7 {
                    guard c == UInt8(ascii: "-") else { return nil }
                    continue
                }
                guard c >= 0x30, c <= 0x39 else { return nil }
                let digit = Int(c - 0x30)
                switch k {
                case 0..<4: numbers.year = numbers.year * 10 + digit
                case 5..<7: numbers.month = numbers.month * 10 + digit
                default: numbers.day = numbers.day * 10 + digit
                }
            }
            return Day(year: numbers.year, month: numbers.month, day: numbers.day)
        }
    }

    /// Whether a text is empty or white space only (bytes first; Foundation for non-ASCII space).
    private static func isBlank(_ s: String) -> Bool {
        for b in s.utf8 {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { continue }
            if b < 0x80 { return false }
            return s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        return true
    }
}
