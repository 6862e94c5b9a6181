/// Splits UTF-8 text into ``Token``s in one pass over its bytes.
///
/// The common case — a run of ASCII letters and digits — costs one table lookup a byte: the table
/// gives the byte lowercased (0 for anything else), which is hashed and also ends the word.
/// Non-ASCII bytes, and the commas and full stops inside numbers ("1,000", "2.5"), take a slower
/// path. Tokens are written straight into the array's storage.
enum Tokenizer {
    /// For each byte: its ASCII-lowercased value when it is an ASCII letter or digit, else 0.
    /// Digits keep bit 0x40 clear and lowercase letters have it set (see `kinds` below).
    private static let wordBytes: [UInt8] = (0..<256).map { b -> UInt8 in
        switch b {
        case 48...57, 97...122: return UInt8(b)
        case 65...90: return UInt8(b) | 0x20
        default: return 0
        }
    }

    /// Tokens of `bytes`, in order, and the bytes between them that may end a sentence (see
    /// ``SentenceStop``).
    /// - Complexity: O(n) in the number of bytes.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> (tokens: [Token], stops: [SentenceStop]) {
        guard let p = bytes.baseAddress, !bytes.isEmpty else { return ([], []) }
        return wordBytes.withUnsafeBufferPointer { table in
            // about one token in six bytes: the first guess nearly always holds them all
            var capacity = bytes.count / 4 + 16
            var out: [Token] = []
            var stops: [SentenceStop] = []
            stops.reserveCapacity(bytes.count / 32 + 8)
            var i = 0
            while i < bytes.count {
                let part = [Token](unsafeUninitializedCapacity: capacity) { buffer, count in
                    (count, i) = fill(buffer, &stops, p, bytes.count, from: i, after: out.count, table.baseAddress!)
                }
                if out.isEmpty { out = part } else { out += part }
                capacity *= 2
            }
            return (out, stops)
        }
    }

    /// Writes the tokens from byte `start` on into `out` until the text ends or `out` is full,
    /// and the sentence stops met between them into `stops`.
    /// - Parameter earlier: how many tokens come before byte `start`.
    /// - Returns: how many tokens were written, and the byte to go on from (`n` at the end).
    private static func fill(_ out: UnsafeMutableBufferPointer<Token>, _ stops: inout [SentenceStop],
                             _ p: UnsafePointer<UInt8>, _ n: Int, from start: Int, after earlier: Int,
                             _ table: UnsafePointer<UInt8>) -> (count: Int, next: Int) {
        // the bytes that may end a sentence (line end, `!`, `.`, `?`) as bits
        let stopBytes: UInt64 = 1 << 0x0A | 1 << 0x21 | 1 << 0x2E | 1 << 0x3F
        var count = 0
        var i = start
        while i < n {
            let b = p[i]
            let l = table[Int(b)]
            if l == 0 {
                if b == 0x20 { i += 1; continue }  // the commonest separator
                if b < 0x80 {  // ASCII space or punctuation
                    if b < 64 && stopBytes >> b & 1 != 0 { stops.append(SentenceStop(offset: i, tokensBefore: earlier + count)) }
                    i += 1
                    continue
                }
                let skip = separatorLength(p, i, n)
                if skip > 0 { i += skip; continue }
            }
            guard count < out.count else { break }
            let token = l != 0 && l < 0x40 ? number(p, n, at: i, table) : word(p, n, at: i, table)
            (out.baseAddress! + count).initialize(to: token)
            count += 1
            i = token.end
        }
        return (count, i)
    }

    /// The token starting with the letter (or non-ASCII byte) at `first`.
    @inline(__always)
    private static func word(_ p: UnsafePointer<UInt8>, _ n: Int, at first: Int, _ table: UnsafePointer<UInt8>) -> Token {
        var h = WordHash.seed
        var i = first
        while i < n {
            let x = p[i]
            let l = table[Int(x)]
            if l != 0 {  // ASCII letter or digit: the common case
                h = (h ^ UInt64(l)) &* WordHash.prime
                i += 1
                continue
            }
            // any other non-ASCII byte belongs to the word
            if x < 0x80 || (x >= 0xC2 && separatorLength(p, i, n) > 0) { break }
            h = (h ^ UInt64(x)) &* WordHash.prime
            i += 1
        }
        let b = p[first]
        return Token(start: first, end: i, hash: h, isCapitalised: (b >= 65 && b <= 90) || b >= 0xC3, isNumber: false)
    }

    /// The token starting with the digit at `first`: a number ("1,000", "2.5") unless a letter
    /// follows ("7th", "1980s").
    private static func number(_ p: UnsafePointer<UInt8>, _ n: Int, at first: Int, _ table: UnsafePointer<UInt8>) -> Token {
        var h = WordHash.seed
        // the OR of the lowercased bytes: bit 0x40 is set once a letter (or a non-ASCII byte)
        // is in, so the token is a number while it stays clear
        var kinds: UInt8 = 0
        var i = first
        while i < n {
            let x = p[i]
            let l = table[Int(x)]
            if l != 0 {
                kinds |= l
                h = (h ^ UInt64(l)) &* WordHash.prime
                i += 1
                continue
            }
            if x >= 0x80 {
                if x >= 0xC2 && separatorLength(p, i, n) > 0 { break }
                kinds |= 0x40
                h = (h ^ UInt64(x)) &* WordHash.prime
                i += 1
                continue
            }
            // keep "1,000" and "2.5" together
            if x == 0x2C || x == 0x2E, kinds & 0x40 == 0, i > first, i + 1 < n, p[i + 1] &- 0x30 < 10 {
                i += 1
                continue
            }
            break
        }
        return Token(start: first, end: i, hash: h, isCapitalised: false, isNumber: kinds & 0x40 == 0)
    }

    /// The length of the separator character at `i`: 3 for U+2000–U+206F (E2 80 xx, E2 81 xx:
    /// typographic dashes, quotes, spaces), 2 for U+00A0, «, » (C2 A0/AB/BB), 0 for anything else.
    @inline(__always)
    private static func separatorLength(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int {
        let b = p[i]
        if b == 0xE2, i + 2 < n, p[i + 1] == 0x80 || p[i + 1] == 0x81 { return 3 }
        if b == 0xC2, i + 1 < n, p[i + 1] == 0xA0 || p[i + 1] == 0xAB || p[i + 1] == 0xBB { return 2 }
        return 0
    }
}
