import EventModel
import Foundation
import Gazetteer
import Testing
@testable import Extraction

/// Text that ends where a rule expects more words must never stop the run: each of these once
/// trapped on a range or an index past the last token (found on an unseen article and by cutting
/// sentences at every word).
@Suite struct RobustnessTests {
    /// The events of `text`, published Wednesday 2019-06-12 (as ``CodingRuleTests`` reads them).
    func events(_ text: String) throws -> [Event] { try CodingRuleTests().events(text) }

    @Test(arguments: [
        // "gathered" as the last word (the protest rule looks for "to denounce" after it)
        "Shells fell on Douma, where residents had gathered.",
        // an expeller one word before the end ("drove X out of Y" looks two words on)
        "Kurdish fighters drove them.",
        "The army pushed back.",
        // capitals at the end of the text, as if a dateline were cut before its day
        "AMMAN/BEIRUT, June",
        // a list line that only counts the dead takes a lead's trigger from an earlier sentence
        "Rebels attacked the following villages on Tuesday:\n\n- Kafranbel: three civilians killed.\n",
    ])
    func sentenceEdgesDoNotTrap(_ text: String) throws {
        _ = try events("Title\n\n" + text)
    }

    /// The list line above is still coded, at its own place, with its dead.
    @Test func listLineTakesTheLeadsTrigger() throws {
        let got = try events("Title\n\nRebels attacked the following villages on Tuesday:\n\n- Kafranbel: three civilians killed.\n")
        #expect(got.contains { $0.location == "Kafranbel" && $0.fatalities == 3 })
    }

    /// Every sentence of the bundled Examples/ articles (our own writing), cut after each of its
    /// words and before each of its words, read as a one-sentence article: nothing traps, and
    /// every event found lies in Syria with its dates in order.
    @Test func everyCutOfTheExampleSentencesReads() throws {
        let extractor = try #require(CodingRuleTests.extractor)
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Examples").standardizedFileURL
        var pieces = 0
        _ = ArticleSource(inputs: [examples.path]).forEachArticle { article in
            for sentence in article.text.split(whereSeparator: { $0 == "." || $0 == "\n" }) {
                let words = sentence.split(separator: " ")
                for k in 1...max(1, words.count) where !words.isEmpty {
                    for piece in [words.prefix(k), words.suffix(k)] {
                        let text = "Title\n\n" + piece.joined(separator: " ") + "."
                        let found = extractor.events(in: Article(id: "cut.txt", published: article.published, text: text)).events
                        pieces += 1
                        for e in found {
                            #expect(e.country == "SY", "\(text)")
                            #expect((32.3...37.4).contains(e.coordinate.lat) && (35.6...42.4).contains(e.coordinate.lon), "\(text)")
                            #expect(e.dateEnd >= e.date, "\(text)")
                        }
                    }
                }
            }
        }
        #expect(pieces > 10_000)
    }
}
