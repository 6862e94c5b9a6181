import EventModel
import Foundation

/// A `--manifest` CSV: `file,published,title,source,url`, `file` relative to the manifest's folder.
///
/// Rows are keyed by the file's standardised absolute path, so an input named by any path
/// (relative, absolute, through a folder) finds its row.
struct Manifest: Sendable {
    private(set) var rows: [String: ArticleMetadata] = [:]
    private(set) var problems: [ReadProblem] = []

    /// Reads and parses the manifest; unreadable files and bad rows become ``problems``.
    init(url: URL) {
        let path = url.path
        guard let data = FileManager.default.contents(atPath: path) else {
            problems.append(ReadProblem(path: path, reason: "cannot read manifest"))
            return
        }
        guard case .success(let text) = ArticleText.decode([UInt8](data)) else {
            problems.append(ReadProblem(path: path, reason: "manifest is empty or not UTF-8 text"))
            return
        }
        let folder = url.deletingLastPathComponent()
        let records = CSV.parse(text)
        guard let header = records.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }),
              let fileColumn = header.firstIndex(of: "file") else {
            problems.append(ReadProblem(path: path, line: 1, reason: "manifest header lacks a 'file' column"))
            return
        }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        let (pc, tc, sc, uc) = (column("published"), column("title"), column("source"), column("url"))
        for record in records.dropFirst() {
            let f = record.fields
            func field(_ i: Int?) -> String? { i.flatMap { $0 < f.count ? f[$0] : nil }.nonBlank }
            guard let file = field(fileColumn) else { continue }
            var meta = ArticleMetadata(title: field(tc), source: field(sc), url: field(uc))
            if let p = field(pc) {
                guard let day = Day(iso: p) else {
                    problems.append(ReadProblem(path: path, line: record.line, reason: "published '\(p)' is not YYYY-MM-DD"))
                    continue
                }
                meta.published = day
            }
            rows[Self.key(folder.appendingPathComponent(file).path)] = meta
        }
    }

    /// The metadata for an article file, if the manifest lists it.
    func metadata(forFile path: String) -> ArticleMetadata? { rows[Self.key(path)] }

    static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

/// A minimal RFC 4180 CSV reader (quoted fields, doubled quotes, newlines inside quotes).
enum CSV {
    struct Record { var fields: [String]; var line: Int }

    static func parse(_ text: String) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = [UInt8]()
        var inQuotes = false
        var line = 1, recordLine = 1
        let bytes = Array(text.utf8)
        var i = 0
        func endField() { fields.append(String(decoding: field, as: UTF8.self)); field.removeAll() }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == 0x22 {
                    if i + 1 < bytes.count, bytes[i + 1] == 0x22 { field.append(0x22); i += 1 } else { inQuotes = false }
                } else {
                    if b == 0x0A { line += 1 }
                    field.append(b)
                }
            } else if b == 0x22 {
                inQuotes = true
            } else if b == 0x2C {
                endField()
            } else if b == 0x0A {
                endField()
                if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(fields: fields, line: recordLine)) }
                fields.removeAll()
                line += 1
                recordLine = line
            } else {
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty {
            endField()
            records.append(Record(fields: fields, line: recordLine))
        }
        return records
    }
}
