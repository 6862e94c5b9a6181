import EventModel
import Foundation
import Gazetteer
import Testing
@testable import Extraction

/// The hot-path structures agree with the slow, obvious ways of doing the same thing.
@Suite struct FastPathTests {
    /// Reads one JSON line with the fast reader.
    private func flat(_ line: String) -> FlatJSONObject? {
        var scratch: [UInt8] = []
        var bytes = Array(line.utf8)
        return bytes.withUnsafeMutableBufferPointer { FlatJSONObject(UnsafeBufferPointer($0), scratch: &scratch) }
    }

    @Test func flatObjectsMatchJSONSerialization() throws {
        let lines = [
            #"{"id": "a1", "text": "Shells fell on the \"old\" market.\nTwo died.", "n": 3, "ok": true, "x": null}"#,
            #"{"text":"caf\u00e9 \ud83d\ude00 tab\there \/ back\\slash"}"#,
            #"  { "title" : "" , "text" : "x" }  "#,
            #"{}"#,
        ]
        for line in lines {
            let fast = try #require(flat(line), "fast reader gave up on \(line)")
            let slow = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let slowStrings = slow.compactMapValues { $0 as? String }
            #expect(Dictionary(fast.fields, uniquingKeysWith: { $1 }) == slowStrings)
            #expect(fast.otherKeys == Set(slow.keys).subtracting(slowStrings.keys))
        }
    }

    @Test func flatObjectsWithRawNonASCIIAroundEscapes() throws {
        // the unescaping copy keeps track of where non-ASCII bytes are: before the first
        // escape, between escapes, at the very end, and made by \u escapes
        let lines = [
            #"{"text": "ALEPPO — Shells\nfell on “the” market.\nTwo died in Ḥalab"}"#,
            #"{"text": "plain\ntext\twith escapes only, and a long run after them to cross sixteen bytes"}"#,
            #"{"text": "é\n", "title": "\u00e9t\u00e9 — été", "url": "x\/y"}"#,
            #"{"text": "\"quoted\" 日本語のテキスト\n\u65e5本 and then a long ASCII tail of more than thirty-two bytes"}"#,
        ]
        for line in lines {
            let fast = try #require(flat(line), "fast reader gave up on \(line)")
            let slow = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
            #expect(Dictionary(fast.fields, uniquingKeysWith: { $1 }) == slow)
        }
    }

    @Test func utf8RunsAreJudgedAsTheStandardLibraryJudgesThem() {
        // every lead byte with every second byte, and with third and fourth bytes at the edges
        // of the ranges that matter
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        var wrong: [[UInt8]] = []
        for lead in UInt8(0x80)...0xFF {
            for second in UInt8(0x00)...0xFF {
                var sequences: [[UInt8]] = [[lead], [lead, second], [0x41, lead, second, 0x41]]
                if lead >= 0xE0 { for third in edges { sequences.append([lead, second, third]) } }
                if lead >= 0xF0 {
                    for third in edges { for fourth in [0x41, 0x80, 0xBF, 0xC0] as [UInt8] { sequences.append([lead, second, third, fourth]) } }
                }
                for bytes in sequences {
                    let expected = bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
                    let valid = bytes.withUnsafeBufferPointer { UTF8Text.isValid($0) }
                    let made = bytes.withUnsafeBufferPointer { UTF8Text.string(validating: $0) }
                    if valid != (expected != nil) || made != expected {
                        wrong.append(bytes)
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
        // past the vector steps: a character, a broken one
        let long = [UInt8](repeating: 0x61, count: 100)
        let cases: [([UInt8], Bool)] = [(long + [0xE2, 0x80, 0x94] + long, true),
                                        (long + [0xE2, 0x80] + long, false), (long, true)]
        for (bytes, expected) in cases {
            #expect(bytes.withUnsafeBufferPointer { UTF8Text.isValid($0) } == expected)
        }
    }

    @Test func originsAreWrittenAsInterpolated() {
        for path in ["feed.jsonl", "/tmp/données/feed.jsonl", ""] {
            for line in [1, 9, 10, 99, 100, 970, 12_345, 1_000_000] {
                #expect(JSONLines.origin(Array("\(path):".utf8), line: line) == "\(path):\(line)")
            }
        }
    }

    @Test func isoDaysAreReadAsDayReadsThem() {
        for text in ["2016-02-03", "2016-02-30", "2016-2-03", "2016-02-03T10:00", "16-02-03", "2016/02/03",
                     "20x6-02-03", "2016-13-01", "0000-01-01", "", "2016-02-0", "２016-02-03"] {
            #expect(JSONLines.day(iso: text) == Day(iso: text), "\(text)")
        }
    }

    @Test func flatReaderGivesUpOnWhatItDoesNotHandle() {
        #expect(flat(#"{"text": "x", "tags": ["a"]}"#) == nil)      // nested: JSONSerialization reads it
        #expect(flat(#"{"text": "x", "meta": {"a": 1}}"#) == nil)
        #expect(flat(#"{"text": "unterminated}"#) == nil)
        #expect(flat(#"{"text": "bad \q escape"}"#) == nil)
        #expect(flat(#"{"text": "x"} trailing"#) == nil)
        #expect(flat(#"["not", "an object"]"#) == nil)
        #expect(flat("{\"text\": \"raw\ttab\"}") == nil)          // control characters must be escaped
    }

    @Test func jsonLinesFallBackForNumbersAndNesting() throws {
        let dir = try TempFolder()
        let path = try dir.write("feed.jsonl", """
            {"id": 17, "published": "2016-02-03", "text": "Clashes in the town on Monday."}
            {"id": "b", "tags": ["x"], "text": "Shelling\\non Tuesday."}
            {"id": "c", "text": 5}

            """)
        var articles: [Article] = []
        let problems = ArticleSource(inputs: [path]).forEachArticle { articles.append($0) }
        #expect(articles.map(\.id) == ["17", "b"])
        #expect(articles[1].text == "Shelling\non Tuesday.")
        #expect(problems.map(\.description) == ["\(path):3: no \"text\" string, skipped"])
    }

    @Test func wordSetsAndMapsAgreeWithSets() {
        let words = ["monday", "the", "of", "air", "strike", "x", ""] + (0..<200).map { "w\($0)" }
        let set = WordSet(words: words)
        let map = WordMap(words.enumerated().map { (WordHash.of($0.element), $0.offset) })
        for (i, w) in words.enumerated() {
            #expect(set.contains(WordHash.of(w)))
            #expect(map[WordHash.of(w)] == i)
        }
        for w in ["tuesday", "strikes", "w200", "ofs"] {
            #expect(!set.contains(WordHash.of(w)))
            #expect(map[WordHash.of(w)] == nil)
            #expect(!map.contains(WordHash.of(w)))
        }
    }

    @Test func cueContextKeepsTheWordsAroundTheName() throws {
        let text = "Jets struck the town of Saraqib in rural Idlib on Monday. Talks went on."
        let a = AnalysedText(text)
        func range(of name: String) throws -> Range<Int> {
            let r = try #require(text.range(of: name))
            return text.utf8.distance(from: text.startIndex, to: r.lowerBound)..<text.utf8.distance(from: text.startIndex, to: r.upperBound)
        }
        func cueContext(around name: String) throws -> String? {
            let r = try range(of: name)
            return a.cueContextBytes(around: r, firstToken: a.tokenIndex(atOrAfter: r.lowerBound)).map { a.text($0) }
        }
        #expect(try cueContext(around: "Saraqib") == "the town of Saraqib in rural Idlib")
        #expect(try cueContext(around: "Idlib") == "Saraqib in rural Idlib on Monday")
        // no cue word nearby: nothing to read
        #expect(try cueContext(around: "Talks") == nil)
    }

    @Test func datesAreFoundOnlyWhereAWordCanCarryOne() {
        let resolver = DateResolver(reference: Day(iso: "2015-09-03")!)
        func words(_ s: String) -> [Word] { s.split(separator: " ").map { Word(String($0).lowercased(), capitalised: $0.first!.isUppercase) } }
        #expect(resolver.expressions(in: words("the talks on the future of the region went on")).isEmpty)
        let far = words("between the end of the talks and the start of the new round of fighting on Wednesday")
        #expect(resolver.expressions(in: far).map(\.span.start.description) == ["2015-09-02"])
        let a = AnalysedText("Talks went on in the capital. Shells fell on Wednesday.")
        #expect(!DateResolver.mayHoldDate(a, a.sentences[0]))
        #expect(DateResolver.mayHoldDate(a, a.sentences[1]))
    }

    @Test func parallelExtractionEqualsOneByOne() throws {
        let dir = try TempFolder()
        var lines: [String] = []
        let count = 2 * EventExtractor.batchArticles + 76  // three batches: two overlap, one is partial
        for i in 0..<count {
            let town = ["Saraqib", "Maarat al-Numan", "Douma", "Jisr al-Shughur"][i % 4]
            let text = "Government forces shelled \(town) on Monday, killing \(i + 2) civilians, a monitor said.\n\nTalks went on abroad."
            lines.append(#"{"id": "p\#(i)", "title": "Report \#(i)", "published": "2016-03-0\#(i % 9 + 1)", "text": "\#(text.replacingOccurrences(of: "\n", with: "\\n"))"}"#)
        }
        let path = try dir.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let extractor = EventExtractor(gazetteer: try Gazetteer.standard())
        var serial: [Event] = []
        ArticleSource(inputs: [path]).forEachArticle { serial += extractor.events(in: $0).events }
        var parallel: [Event] = []
        var order: [String] = []
        let problems = extractor.events(from: ArticleSource(inputs: [path]), workers: 2) { article, events, _ in
            order.append(article.id)
            parallel += events
        }
        #expect(problems.isEmpty)
        #expect(order == (0..<count).map { "p\($0)" })
        #expect(!serial.isEmpty)
        #expect(parallel == serial)
    }
}
