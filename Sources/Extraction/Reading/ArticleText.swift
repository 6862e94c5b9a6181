import EventModel
import Foundation

/// Turns the raw bytes of one plain-text article into its body, front matter and headline.
enum ArticleText {
    /// Largest file read (bigger ones are skipped with a message).
    static let maximumBytes = 16 << 20

    /// Checks raw bytes and decodes them as UTF-8 text.
    ///
    /// A leading byte-order mark is dropped and CRLF/CR line ends become `\n`.
    /// - Returns: the text, or the reason it cannot be used.
    static func decode(_ data: [UInt8]) -> Result<String, Reason> {
        check(data).flatMap { bytes in
            guard let text = bytes.withUnsafeBufferPointer({ UTF8Text.string(validating: $0) }) else {
                return .failure(.init("not valid UTF-8, skipped"))
            }
            return .success(normaliseLineEnds(text))
        }
    }

    /// The bytes of a file read as they stand (JSON Lines), checked as ``decode(_:)`` checks them.
    /// - Returns: the bytes without a byte-order mark, or the reason they cannot be used; `nil`
    ///   when they hold a carriage return (``decode(_:)`` normalises the line ends then).
    static func checkedBytes(_ data: [UInt8]) -> Result<ArraySlice<UInt8>, Reason>? {
        let checked = check(data)
        guard case .success(let bytes) = checked else { return checked }
        return bytes.withUnsafeBufferPointer { b in
            // (memchr: the C library's vector search is faster than a test in the loop below)
            guard let base = b.baseAddress, memchr(base, 0x0D, b.count) == nil else { return nil }
            return UTF8Text.isValid(b) ? checked : .failure(.init("not valid UTF-8, skipped"))
        }
    }

    /// The checks made before the text is read: size, blank, NUL bytes.
    /// - Returns: the bytes without a leading byte-order mark, or the reason they cannot be used.
    private static func check(_ data: [UInt8]) -> Result<ArraySlice<UInt8>, Reason> {
        if data.count > maximumBytes { return .failure(.init("larger than \(maximumBytes >> 20) MB, skipped")) }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(.init("empty file, skipped"))
        }
        if bytes.prefix(8192).contains(0) { return .failure(.init("binary file (NUL bytes), skipped")) }
        return .success(bytes)
    }

    /// A short explanation why a file was skipped.
    struct Reason: Error, Equatable {
        var text: String
        init(_ text: String) { self.text = text }
    }

    /// Replaces `\r\n` and lone `\r` by `\n`.
    static func normaliseLineEnds(_ text: String) -> String {
        // memchr over the contiguous bytes: the generic `contains` costs tens of instructions a byte
        let hasCR = text.utf8.withContiguousStorageIfAvailable { b in
            b.baseAddress.map { memchr($0, 0x0D, b.count) != nil } ?? false
        } ?? text.utf8.contains(0x0D)
        guard hasCR else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var previousCR = false
        for b in text.utf8 {
            if b == 0x0D { out.append(0x0A); previousCR = true; continue }
            if b == 0x0A && previousCR { previousCR = false; continue }
            previousCR = false
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Splits off YAML-like front matter (`---` lines around `key: value` lines) at the start.
    /// - Returns: the metadata found (nil when there is no front matter) and the remaining body.
    static func splitFrontMatter(_ text: String) -> (ArticleMetadata?, String) {
        // (on bytes: no character is canonically equivalent to "-" or a line end)
        guard text.utf8.starts(with: "---\n".utf8) else { return (nil, text) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else {
            return (nil, text)
        }
        var meta = ArticleMetadata()
        for line in lines[1..<close] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
                value = String(value.dropFirst().dropLast())
            }
            switch key {
            case "title": meta.title = Optional(value).nonBlank
            case "source", "outlet": meta.source = Optional(value).nonBlank
            case "published", "date": meta.published = Day(iso: value)
            case "url": meta.url = Optional(value).nonBlank
            default: break
            }
        }
        let body = lines[(close + 1)...].joined(separator: "\n")
        return (meta, body)
    }

    /// The first non-empty line, trimmed (the headline when no title is given).
    static func firstLine(_ text: String) -> String {
        for line in text.split(separator: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            if !t.isEmpty { return t }
        }
        return ""
    }

    /// Builds an article from a decoded text and the metadata known from outside it.
    static func article(id: String, origin: String, text: String, outside: ArticleMetadata?,
                        fallbackPublished: Day?) -> Article {
        let (front, body) = splitFrontMatter(text)
        // (no front matter, the usual case: the outside metadata as it stands, not copied field by field)
        let meta = front.map { $0.filling(from: outside) } ?? outside ?? ArticleMetadata()
        let published = meta.published ?? fallbackPublished ?? PublicationDate.find(in: body)
        return Article(id: id, title: meta.title ?? firstLine(body), outlet: meta.source ?? "",
                       published: published, url: meta.url ?? "", text: body, origin: origin)
    }
}
