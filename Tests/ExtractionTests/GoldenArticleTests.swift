import EventModel
import Foundation
import Gazetteer
import Testing
@testable import Extraction

/// Runs a small article written for this test through the extractor and compares one line per
/// event with `Fixtures/golden-article.expected`. Set RECORD_GOLDEN=1 to rewrite the file (the
/// test then fails, so a new baseline is never accepted unseen).
@Suite struct GoldenArticleTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func line(_ e: Event) -> String {
        [e.date.description, e.dateEnd.description, String(e.timePrecision.rawValue), e.subEventType.rawValue,
         e.actor1 ?? "-", e.actor2 ?? "-", e.fatalities.map(String.init) ?? "-", e.location, e.locationMention,
         e.admin1, String(e.geoPrecision.rawValue)].joined(separator: "\t")
    }

    @Test func goldenArticle() throws {
        let path = Self.fixtures.appendingPathComponent("golden-article.txt").path
        let (articles, problems) = ArticleSource(inputs: [path]).articles()
        #expect(problems.isEmpty)
        let article = try #require(articles.first)
        let extractor = EventExtractor(gazetteer: try Gazetteer.standard())
        let (events, _) = extractor.events(in: article)
        let got = events.map(Self.line).joined(separator: "\n") + "\n"
        let expectedURL = Self.fixtures.appendingPathComponent("golden-article.expected")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            try got.write(to: expectedURL, atomically: true, encoding: .utf8)
            Issue.record("recorded \(expectedURL.path); check it and run again without RECORD_GOLDEN")
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(got == expected)
        // event ids are stable across runs
        #expect(extractor.events(in: article).events.map(\.eventID) == events.map(\.eventID))
    }

    @Test func placesCarryByteOffsets() throws {
        let text = "Clashes hit Ma’arrat al-Nu’man and the village of Zorbatiyya Kabira near Aleppo, said a man in Beirut."
        let article = Article(id: "t.txt", published: Day(iso: "2019-06-12"), text: text)
        let mentions = EventExtractor(gazetteer: try Gazetteer.standard()).places(in: article)
        let bytes = Array(text.utf8)
        for m in mentions {
            #expect(String(decoding: bytes[m.start..<m.end], as: UTF8.self) == m.mention)
        }
        #expect(mentions.contains { $0.mention == "Zorbatiyya Kabira" && $0.place == nil && $0.matchedBy == "pattern" })
        #expect(mentions.contains { $0.mention == "Aleppo" && $0.place?.admin1 == "Aleppo" })
        #expect(mentions.contains { $0.mention == "Beirut" && $0.place?.country == "LB" })
    }
}
