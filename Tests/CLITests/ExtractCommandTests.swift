import Foundation
import Testing

/// A scratch folder for CLI tests, removed at the end.
private final class Scratch {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("extract-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let f = url.appendingPathComponent(name)
        try Data(bytes).write(to: f)
        return f.path
    }
}

private let article = """
    ---
    title: Jets strike hill town
    source: Test Wire
    published: 2019-06-12
    ---
    Jets strike hill town

    Warplanes carried out air strikes on the town of Khan Shaykhun in southern Idlib province on Tuesday, killing four civilians.
    """

@Suite struct ExtractCommandTests {
    @Test func extractsGeoJSON() throws {
        let dir = try Scratch()
        let a = try dir.file("strike.txt", Array(article.utf8))
        let r = try runEventmap(["extract", a])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let features = try #require(doc?["features"] as? [[String: Any]])
        #expect(features.count == 1)
        let p = try #require(features.first?["properties"] as? [String: Any])
        #expect(p["event_date"] as? String == "2019-06-11")
        #expect(p["sub_event_type"] as? String == "Air/drone strike")
        #expect(p["location"] as? String == "Khan Shaykhun")
        #expect(p["fatalities"] as? Int == 4)
        #expect(p["source"] as? String == "strike.txt")
    }

    @Test func csvAndJSONLinesFromStdin() throws {
        let csv = try runEventmap(["extract", "-", "--format", "csv"], stdin: article)
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("event_id,"))
        #expect(csv.stdout.contains("Khan Shaykhun"))
        let jsonl = try runEventmap(["extract", "-", "--format", "jsonl"], stdin: article)
        let lines = jsonl.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) is [String: Any])
    }

    @Test func unreadableInputsAreNamedAndExitOne() throws {
        let dir = try Scratch()
        let good = try dir.file("good.txt", Array(article.utf8))
        let bad = try dir.file("bad.txt", [0x41, 0xFF, 0xFE, 0x0A])
        let r = try runEventmap(["extract", bad, good, dir.url.appendingPathComponent("nope.txt").path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(bad): not valid UTF-8, skipped"))
        #expect(r.stderr.contains("nope.txt: no such file or folder"))
        #expect(r.stdout.contains("Khan Shaykhun"))  // the rest is still processed
    }

    @Test func badJSONLineIsNamedWithItsLine() throws {
        let dir = try Scratch()
        let feed = try dir.file("feed.jsonl", Array("{\"id\": \"x1\", \"published\": \"2019-06-12\", \"text\": \"Clashes in Aleppo on Tuesday.\"}\nnot json\n".utf8))
        let r = try runEventmap(["extract", feed, "--format", "jsonl"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(feed):2: not valid JSON, skipped"))
    }

    @Test func unwritableOutputIsOneShortLineAndLeavesNoFile() throws {
        let dir = try Scratch()
        let a = try dir.file("strike.txt", Array(article.utf8))
        let missing = dir.url.appendingPathComponent("no-such-folder/events.geojson").path
        let r = try runEventmap(["extract", a, "-o", missing])
        #expect(r.status == 1)
        #expect(r.stderr == "eventmap: cannot write \(missing): No such file or directory\n", "\(r.stderr)")
        // a folder in the way of the file: the rename fails, the temporary file is removed
        let inTheWay = dir.url.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: inTheWay.appendingPathComponent("child"), withIntermediateDirectories: true)
        let r2 = try runEventmap(["places", a, "-o", inTheWay.path])
        #expect(r2.status == 1)
        #expect(r2.stderr.hasPrefix("eventmap: cannot write \(inTheWay.path): "), "\(r2.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted() == ["strike.txt", "taken"])
    }

    @Test func usageErrorsExit64() throws {
        #expect(try runEventmap(["extract"]).status == 64)
        #expect(try runEventmap(["extract", "x.txt", "--published", "12/06/2019"]).status == 64)
        #expect(try runEventmap(["extract", "x.txt", "--format", "kml"]).status == 64)
        #expect(try runEventmap(["places", "x.txt", "--format", "csv"]).status == 64)
    }

    @Test func undatedArticleWarns() throws {
        let r = try runEventmap(["extract", "-"], stdin: "Jets strike\nAir strikes hit the town of Khan Shaykhun on Tuesday.\n")
        #expect(r.status == 0)
        #expect(r.stderr.contains("no publication date"))
        #expect(!r.stdout.contains("Khan Shaykhun"))  // no year is invented
    }

    @Test func placesListsMentionsWithOffsets() throws {
        let r = try runEventmap(["places", "-", "--format", "json"], stdin: "Shelling hit Aleppo and the village of Zorbatiyya Kabira, a man in Beirut said.\n")
        #expect(r.status == 0)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let aleppo = try #require(list.first { $0["mention"] as? String == "Aleppo" })
        #expect(aleppo["start"] as? Int == 13 && aleppo["end"] as? Int == 19)
        #expect(aleppo["country"] as? String == "SY")
        let unknown = try #require(list.first { $0["mention"] as? String == "Zorbatiyya Kabira" })
        #expect(unknown["lat"] is NSNull && unknown["matched_by"] as? String == "pattern")
        #expect(list.contains { $0["mention"] as? String == "Beirut" && $0["country"] as? String == "LB" })
    }
}
