/// An article's text broken into tokens and sentences, with cheap access to words.
struct AnalysedText: Sendable {
    /// The article text as UTF-8 bytes.
    let bytes: [UInt8]
    let tokens: [Token]
    let sentences: [Sentence]

    init(_ text: String) {
        let bytes = Array(text.utf8)
        // (a token keeps its offsets in 32 bits)
        precondition(bytes.count < Int(UInt32.max), "an article of 4 GB or more")
        self.bytes = bytes
        let (t, s) = bytes.withUnsafeBufferPointer { buf -> ([Token], [Sentence]) in
            let (t, stops) = Tokenizer.tokens(buf)
            return (t, SentenceSplitter.sentences(buf, tokens: t, stops: stops))
        }
        tokens = t
        sentences = s
    }

    /// The token's text as written.
    func original(_ i: Int) -> String {
        String(decoding: bytes[tokens[i].start..<tokens[i].end], as: UTF8.self)
    }

    /// The token's text, ASCII-lowercased.
    /// Built in place (no intermediate array): words of up to 15 bytes need no allocation.
    func word(_ i: Int) -> String {
        let t = tokens[i]
        return bytes.withUnsafeBufferPointer { b in
            String(unsafeUninitializedCapacity: t.end - t.start) { out in
                for k in t.start..<t.end {
                    let c = b[k]
                    out[k - t.start] = (c >= 65 && c <= 90) ? c | 0x20 : c
                }
                return t.end - t.start
            }
        }
    }

    /// Text of a byte range.
    func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }

    /// Text of a sentence, without surrounding white space (trimmed on bytes).
    func text(of s: Sentence) -> String {
        var lo = s.start, hi = s.end
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x0A || bytes[lo] == 0x09 || bytes[lo] == 0x0D { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x0A || bytes[hi - 1] == 0x09 || bytes[hi - 1] == 0x0D { hi -= 1 }
        return text(lo..<hi)
    }

    /// Whether the token equals `word` (lowercase ASCII), by hash.
    func `is`(_ i: Int, _ word: UInt64) -> Bool { i >= 0 && i < tokens.count && tokens[i].hash == word }

    /// The bytes between two tokens (what separates them: ", ", " -- ", " ").
    func gap(_ a: Int, _ b: Int) -> ArraySlice<UInt8> { bytes[tokens[a].end..<tokens[b].start] }

    /// Index of the first token starting at or after byte `offset` (binary search).
    ///
    /// A caller meeting offsets in text order passes the last answer as `from` (every token before
    /// it starts before `offset`). Tokens start at distinct bytes, so the answer is at most
    /// `offset - tokens[from].start` tokens on: only that span is searched, which beats walking
    /// over the dozen or so tokens between one name and the next.
    func tokenIndex(atOrAfter offset: Int, from: Int = 0) -> Int {
        tokens.withUnsafeBufferPointer { tokens in
            guard from < tokens.count else { return from }
            var lo = from, hi = min(tokens.count, from + max(0, offset - tokens[from].start))
            // (wrapping sums: 0 <= lo <= mid < hi <= tokens.count, so neither can overflow)
            while lo < hi {
                let mid = (lo &+ hi) &>> 1
                if tokens[mid].start < offset { lo = mid &+ 1 } else { hi = mid }
            }
            return lo
        }
    }
}

import Foundation
