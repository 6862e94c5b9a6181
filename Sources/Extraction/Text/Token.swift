/// One word of an article: a run of letters or digits, with its UTF-8 byte range.
///
/// Tokens split at spaces, punctuation, hyphens and apostrophes (`al-Sham` is `al`, `Sham`;
/// `Syria's` is `Syria`, `s`). Bytes of multi-byte UTF-8 letters belong to words; the
/// typographic quotes and dashes of U+2000–U+206F do not.
///
/// 24 bytes a token (the offsets are kept in 32 bits: an article is far below 4 GB, see
/// ``AnalysedText/init(_:)``): the passes that read every token, and the tokenizer writing them,
/// move a quarter less memory than with 64-bit offsets.
struct Token: Hashable, Sendable {
    /// Hash of the ASCII-lowercased bytes (see ``WordHash``).
    var hash: UInt64
    private var start32: UInt32
    private var end32: UInt32
    /// First byte is an ASCII capital letter or a non-ASCII letter.
    var isCapitalised: Bool
    /// All bytes are ASCII digits (commas inside numbers are kept: `1,000`).
    var isNumber: Bool
    /// What the lexicons say about the word (``TokenFacts/table`` looked up on ``hash`` once, by
    /// the tokenizer), and ``TokenFacts/startsWithDigit``. Kept in the padding after the flags.
    var facts: TokenFacts = []

    /// Byte offsets in the article text.
    var start: Int {
        @inline(__always) get { Int(start32) }
        set { start32 = UInt32(truncatingIfNeeded: newValue) }
    }
    var end: Int {
        @inline(__always) get { Int(end32) }
        set { end32 = UInt32(truncatingIfNeeded: newValue) }
    }

    @inline(__always)
    init(start: Int, end: Int, hash: UInt64, isCapitalised: Bool, isNumber: Bool, facts: TokenFacts = []) {
        self.hash = hash
        start32 = UInt32(truncatingIfNeeded: start)
        end32 = UInt32(truncatingIfNeeded: end)
        self.isCapitalised = isCapitalised
        self.isNumber = isNumber
        self.facts = facts
    }
}

/// Hashing of lowercased words, shared by the tokenizer and the lexicons.
///
/// A word's bytes (ASCII letters lowercased, other bytes as they are) are read eight at a time as
/// little-endian integers, the last one zero-padded (and empty when the length is a multiple of
/// eight: no word holds a zero byte, so the chunks tell the word); each is mixed in with one
/// multiplication. The tokenizer hashes most words with one multiplication instead of one a
/// byte (``mix(_:_:)``, ``finish(_:)``); ``Builder`` and ``of(_:)`` hash a byte at a time to
/// the same value. Other code reads a token's hash or asks ``of(_:)``.
enum WordHash {
    static let seed: UInt64 = 0

    /// Mixes the next eight bytes of a word (zero-padded at its end) into the running hash.
    @inline(__always)
    static func mix(_ h: UInt64, _ chunk: UInt64) -> UInt64 { (h ^ chunk) &* 0x9e37_79b9_7f4a_7c15 }

    /// The hash once the last chunk is mixed in: high bits folded into the low ones, which
    /// ``WordSet`` reads first.
    @inline(__always)
    static func finish(_ h: UInt64) -> UInt64 { h ^ (h &>> 29) }

    /// Builds a hash byte by byte (the tokenizer's slow path, and ``of(_:)``).
    struct Builder {
        private var h = WordHash.seed
        private var chunk: UInt64 = 0
        private var count = 0

        /// Adds one byte, ASCII-lowercased.
        @inline(__always)
        mutating func add(_ b: UInt8) {
            let l = b &- 65 < 26 ? b | 0x20 : b
            chunk |= UInt64(l) &<< UInt64(truncatingIfNeeded: (count & 7) << 3)
            count += 1
            if count & 7 == 0 {
                h = WordHash.mix(h, chunk)
                chunk = 0
            }
        }

        /// The hash of the bytes added.
        var value: UInt64 { WordHash.finish(WordHash.mix(h, chunk)) }
    }

    /// Hash of a whole word (case-insensitive for ASCII).
    static func of(_ word: some StringProtocol) -> UInt64 {
        var b = Builder()
        for c in word.utf8 { b.add(c) }
        return b.value
    }
}
