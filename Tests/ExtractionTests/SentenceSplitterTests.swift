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

    /// The tokenizer passes the spaces and punctuation after a word (". ", ".\n\n", ") ", ", ",
    /// ": \"") within its run of words: the tokens, and the sentence stops with the tokens before
    /// each, are those a byte-by-byte reading gives.
    @Test func punctuationBetweenWordsKeepsItsStops() {
        let text = "Shells fell on Idlib. Rebels (the Front) withdrew!\n\nTwo died?\nA long-range strike, then quiet: \"calm\" again. The end came 2.5 days later.\nDone"
        let bytes = Array(text.utf8)
        let (tokens, stops) = bytes.withUnsafeBufferPointer { Tokenizer.tokens($0) }
        let words = tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        #expect(words == ["Shells", "fell", "on", "Idlib", "Rebels", "the", "Front", "withdrew", "Two", "died", "A", "long",
                          "range", "strike", "then", "quiet", "calm", "again", "The", "end", "came", "2.5", "days", "later", "Done"])
        #expect(stops.map { [$0.offset, $0.tokensBefore] } == Self.stops(bytes, tokens))
    }

    /// Far more sentence stops than the tokenizer first makes room for (one in 32 bytes): all kept.
    @Test func manyStopsAreAllKept() {
        let bytes = Array(String(repeating: "Go on.\n?! ", count: 60).utf8)
        let (tokens, stops) = bytes.withUnsafeBufferPointer { Tokenizer.tokens($0) }
        #expect(tokens.count == 120)
        #expect(stops.count == 240)
        #expect(stops.map { [$0.offset, $0.tokensBefore] } == Self.stops(bytes, tokens))
    }

    /// Every `.`, `!`, `?` and line end outside a token, with the number of tokens before it.
    private static func stops(_ bytes: [UInt8], _ tokens: [Token]) -> [[Int]] {
        bytes.indices.filter { k in
            [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), 0x0A].contains(bytes[k])
                && !tokens.contains { $0.start <= k && k < $0.end }
        }.map { k in [k, tokens.filter { $0.end <= k }.count] }
    }
}
