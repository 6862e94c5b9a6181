import Testing
@testable import Extraction

@Suite struct SentenceSplitterTests {
    func split(_ text: String) -> [String] {
        let a = AnalysedText(text)
        return a.sentences.map { a.text(of: $0) }
    }

    @Test func abbreviationsDoNotSplit() {
        let s = split("ALEPPO, Feb. 26 — Mr. Smith of the U.S. embassy spoke. Gen. Haddad replied on Jan. 3. Then it rained.")
        #expect(s == ["ALEPPO, Feb. 26 — Mr. Smith of the U.S. embassy spoke.", "Gen. Haddad replied on Jan. 3.", "Then it rained."])
    }

    @Test func linesAndQuotes() {
        let s = split("Headline without a stop\nFirst sentence here. \"A quote ends.\" Another one\nwrapped line goes on here.")
        #expect(s == ["Headline without a stop", "First sentence here.", "\"A quote ends.\"", "Another one\nwrapped line goes on here."])
    }

    @Test func numbersAndInitialsStayTogether() {
        let s = split("About 2.5 million people left. J. Doe said so.")
        #expect(s == ["About 2.5 million people left.", "J. Doe said so."])
    }

    @Test func tokensSplitHyphensAndApostrophes() {
        let a = AnalysedText("Hayat Tahrir al-Sham’s fighters took 1,000 prisoners.")
        #expect((0..<a.tokens.count).map { a.word($0) } == ["hayat", "tahrir", "al", "sham", "s", "fighters", "took", "1,000", "prisoners"])
        #expect(a.tokens[7].isNumber)
    }
}
