/// One word of an article: a run of letters or digits, with its UTF-8 byte range.
///
/// Tokens split at spaces, punctuation, hyphens and apostrophes (`al-Sham` is `al`, `Sham`;
/// `Syria's` is `Syria`, `s`). Bytes of multi-byte UTF-8 letters belong to words; the
/// typographic quotes and dashes of U+2000–U+206F do not.
struct Token: Hashable, Sendable {
    /// Byte offsets in the article text.
    var start: Int
    var end: Int
    /// FNV-1a hash of the ASCII-lowercased bytes (see ``WordHash``).
    var hash: UInt64
    /// First byte is an ASCII capital letter or a non-ASCII letter.
    var isCapitalised: Bool
    /// All bytes are ASCII digits (commas inside numbers are kept: `1,000`).
    var isNumber: Bool
}

/// Hashing of lowercased words, shared by the tokenizer and the lexicons.
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Folds one byte to lowercase and into the running hash.
    @inline(__always)
    static func add(_ h: UInt64, _ b: UInt8) -> UInt64 {
        let l = (b >= 65 && b <= 90) ? b | 0x20 : b
        return (h ^ UInt64(l)) &* prime
    }

    /// Hash of a whole word (case-insensitive for ASCII).
    static func of(_ word: some StringProtocol) -> UInt64 {
        var h = seed
        for b in word.utf8 { h = add(h, b) }
        return h
    }
}
