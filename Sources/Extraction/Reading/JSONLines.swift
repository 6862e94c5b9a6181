import EventModel
import Foundation

/// Reads JSON Lines articles: one `{"id", "title", "source", "published", "url", "text"}` per line.
enum JSONLines {
    /// Parses every line; a bad line becomes a problem `path:line: reason` and the rest goes on.
    static func articles(in text: String, path: String, fallbackPublished: Day?,
                         into body: (Article) -> Void) -> [ReadProblem] {
        var problems: [ReadProblem] = []
        var lineNumber = 0
        let base = (path as NSString).lastPathComponent
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            } catch {
                problems.append(ReadProblem(path: path, line: lineNumber, reason: "not valid JSON, skipped"))
                continue
            }
            guard let record = object as? [String: Any] else {
                problems.append(ReadProblem(path: path, line: lineNumber, reason: "not a JSON object, skipped"))
                continue
            }
            guard let raw = record["text"] as? String, !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                problems.append(ReadProblem(path: path, line: lineNumber, reason: "no \"text\" string, skipped"))
                continue
            }
            var published: Day?
            if let p = record["published"] as? String, !p.isEmpty {
                guard let d = Day(iso: p) else {
                    problems.append(ReadProblem(path: path, line: lineNumber, reason: "published '\(p)' is not YYYY-MM-DD, skipped"))
                    continue
                }
                published = d
            }
            let id = (record["id"] as? String).nonBlank ?? (record["id"] as? NSNumber)?.stringValue ?? "\(base):\(lineNumber)"
            let meta = ArticleMetadata(title: (record["title"] as? String).nonBlank,
                                       source: (record["source"] as? String).nonBlank,
                                       published: published, url: (record["url"] as? String).nonBlank)
            let text = ArticleText.normaliseLineEnds(raw)
            body(ArticleText.article(id: id, origin: "\(path):\(lineNumber)", text: text, outside: meta,
                                     fallbackPublished: fallbackPublished))
        }
        return problems
    }
}
