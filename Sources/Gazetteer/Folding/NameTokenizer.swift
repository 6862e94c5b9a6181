/// What joins a word to the next one.
enum Separator {
    /// One or more spaces: the next word may continue a name ("Khan Shaykhun").
    case space
    /// A hyphen: "al-Bab", "Deir ez-Zor".
    case hyphen
    /// Punctuation, a line break or the end: no name runs on.
    case stop
}

/// One word of UTF-8 text: its bytes, and where the next word of the same phrase starts.
struct Word {
    /// First byte (after any opening apostrophe).
    var start: Int
    /// One past the last byte (before a possessive 's or a closing apostrophe).
    var end: Int
    /// How the word is joined to the next.
    var separator: Separator
    /// Start of the next word when `separator` is not `.stop`; otherwise where to resume.
    var next: Int
}

/// Splits UTF-8 bytes into words the way both the gazetteer's names and scanned text are split.
///
/// Word bytes are ASCII letters and digits, apostrophes (' ` ’ ‘ ´ ʿ ʾ), and letters of any
/// script; "U.S." and "U.K." keep their dots. Everything else ends a word.
enum NameTokenizer {
    /// Byte length of the character at `i` if it belongs to a word, 0 if it does not
    /// (`skip` receives its length then).
    @inline(__always)
    static func wordCharLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, skip: inout Int) -> Int {
        let b = p[i]
        let n = p.count
        if b < 0x80 {
            skip = 1
            if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { return 1 }
            if (b >= 0x30 && b <= 0x39) || b == 0x27 || b == 0x60 { return 1 }
            return 0
        }
        if b < 0xC2 { skip = 1; return 0 }
        if b < 0xE0 {
            skip = min(2, n - i)
            guard i + 1 < n else { return 0 }
            let c = p[i + 1]
            if b == 0xC2 { return c == 0xB4 ? 2 : 0 }
            if b == 0xD8 && (c == 0x8C || c == 0x9B || c == 0x9F) { return 0 }
            if b == 0xD9 && c >= 0xAA && c <= 0xAD { return 0 }
            return 2  // letters of any script, the apostrophe-like ʻ ʼ ʾ ʿ (CA BB…BF) among them
        }
        if b < 0xF0 {
            skip = min(3, n - i)
            guard i + 2 < n else { return 0 }
            if b == 0xE2 {
                return p[i + 1] == 0x80 && (p[i + 2] == 0x98 || p[i + 2] == 0x99 || p[i + 2] == 0x9B) ? 3 : 0
            }
            if b == 0xEF && p[i + 1] == 0xBB { return 0 }  // BOM
            return 3
        }
        skip = min(4, n - i)
        return 0
    }

    /// Whether an ASCII byte belongs to a word (letter, digit, apostrophe).
    @inline(__always) static func isASCIIWordByte(_ b: UInt8) -> Bool {
        ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27 || b == 0x60
    }

    /// Whether an ASCII byte is a letter or a digit (the common word byte, tested first).
    @inline(__always) static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
    }

    /// Whether the byte(s) at `i` are an apostrophe-like mark.
    @inline(__always) static func isApostrophe(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ len: Int) -> Bool {
        let b = p[i]
        if len == 1 { return b == 0x27 || b == 0x60 }
        if len == 2 { return b == 0xC2 || b == 0xCA }
        if len == 3 { return b == 0xE2 }
        return false
    }

    /// The first word at or after `from` (before `limit`), or `nil` when none is left.
    @inline(__always)
    static func word(in p: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> Word? {
        if let e = plainWordEnd(p, from, limit) { return joined(p, start: from, end: e, after: e, limit: limit) }
        return anyWord(in: p, from: from, limit: limit)
    }

    /// Where the plain word at `i` ends, or `nil` when none starts there. Most words are plain:
    /// ASCII letters and digits up to an ASCII byte that is no apostrophe, nor a dot after a
    /// capital ("U.S."), read in one pass over their bytes.
    @inline(__always)
    static func plainWordEnd(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ limit: Int) -> Int? {
        guard i < limit && isASCIIAlphanumeric(p[i]) else { return nil }
        let e = alphanumericEnd(p, from: i + 1, limit: limit)
        return endsPlainWord(p, e, limit) ? e : nil
    }

    /// Whether a plain word whose letters and digits run up to `e` ends there: at the end of
    /// the text, or before an ASCII byte that is no apostrophe, nor a dot after a capital ("U.S.").
    @inline(__always)
    static func endsPlainWord(_ p: UnsafeBufferPointer<UInt8>, _ e: Int, _ limit: Int) -> Bool {
        if e >= limit { return true }
        let b = p[e]
        return b < 0x80 && b != 0x27 && b != 0x60 && (b != 0x2E || p[e - 1] &- 0x41 >= 26)
    }

    /// ``word(in:from:limit:)`` for any word: apostrophes, "U.S.", letters of any script.
    static func anyWord(in p: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> Word? {
        var i = from
        var skip = 1
        // Find a word start.
        while i < limit {
            if isASCIIAlphanumeric(p[i]) { break }
            let len = wordCharLength(p, i, skip: &skip)
            if len > 0 && !isApostrophe(p, i, len) { break }
            i += len > 0 ? len : skip
        }
        if i >= limit { return nil }
        let start = i
        var lastLetterEnd = i
        while i < limit {
            // ASCII letters and digits, the common case, without the general test.
            let b = p[i]
            if isASCIIAlphanumeric(b) {
                i += 1
                lastLetterEnd = i
                continue
            }
            // Other ASCII bytes end the word, but for apostrophes.
            let len = b < 0x80 ? (b == 0x27 || b == 0x60 ? 1 : 0) : wordCharLength(p, i, skip: &skip)
            if len == 0 {
                // "U.S.", "U.K.": a dot after a lone capital.
                if p[i] == 0x2E, i > start, p[i - 1] >= 0x41, p[i - 1] <= 0x5A,
                   i - 1 == start || p[i - 2] == 0x2E,
                   (i + 1 < limit && p[i + 1] >= 0x41 && p[i + 1] <= 0x5A) || (i >= start + 2 && p[i - 2] == 0x2E) {
                    i += 1
                    lastLetterEnd = i
                    continue
                }
                break
            }
            if !isApostrophe(p, i, len) {
                lastLetterEnd = i + len
            } else if i + len < limit, p[i + len] | 0x20 == 0x73, i + len + 1 >= limit
                        || wordCharLength(p, i + len + 1, skip: &skip) == 0 {
                // Possessive 's: the word ends here and the 's is passed over.
                i += len + 1
                break
            }
            i += len
        }
        return joined(p, start: start, end: lastLetterEnd, after: i, limit: limit)
    }

    /// The word `p[start..<end]`, its bytes read up to `i`, with what joins it to the next word.
    @inline(__always)
    static func joined(_ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int, after i: Int, limit: Int) -> Word {
        // Most often one space and a letter or digit.
        if i + 1 < limit && p[i] == 0x20 && isASCIIAlphanumeric(p[i + 1]) {
            return Word(start: start, end: end, separator: .space, next: i + 1)
        }
        return joinedOtherwise(p, start: start, end: end, after: i, limit: limit)
    }

    /// ``joined(_:start:end:after:limit:)`` after anything but one space and a letter or digit.
    private static func joinedOtherwise(_ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int, after i: Int, limit: Int) -> Word {
        var j = i
        if j < limit {
            let b = p[j]
            if b == 0x20 || (b == 0xC2 && j + 1 < limit && p[j + 1] == 0xA0) {
                while j < limit && (p[j] == 0x20 || (p[j] == 0xC2 && j + 1 < limit && p[j + 1] == 0xA0)) {
                    j += p[j] == 0x20 ? 1 : 2
                }
                if j < limit && startsWord(p, j, limit) { return Word(start: start, end: end, separator: .space, next: j) }
            } else if b == 0x2D, j + 1 < limit, startsWord(p, j + 1, limit) {
                return Word(start: start, end: end, separator: .hyphen, next: j + 1)
            }
        }
        return Word(start: start, end: end, separator: .stop, next: max(i, end))
    }

    /// The first byte at or after `i` (before `limit`) that is no ASCII letter or digit, or `limit`.
    @inline(__always)
    static func alphanumericEnd(_ p: UnsafeBufferPointer<UInt8>, from i: Int, limit: Int) -> Int {
        var i = i
        let base = UnsafeRawPointer(p.baseAddress!)
        while i + 8 <= limit {
            let x = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let other = ~alphanumericBits(x) & 0x8080_8080_8080_8080
            if other != 0 { return i + other.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < limit && isASCIIAlphanumeric(p[i]) { i += 1 }
        return i
    }

    /// The top bit of each byte of `x` that is an ASCII letter or digit (eight bytes tested at
    /// once: `(0x80 + b) - c` keeps the top bit exactly when `b >= c`, and no borrow crosses a byte).
    @inline(__always)
    static func alphanumericBits(_ x: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        let ascii = (x & ~high) | high
        let lower = ascii | (0x20 &* ones)
        let letter = (lower &- 0x61 &* ones) & ~(lower &- 0x7B &* ones)
        let digit = (ascii &- 0x30 &* ones) & ~(ascii &- 0x3A &* ones)
        return (letter | digit) & ~x & high
    }

    /// Whether a word starts at `i` (an apostrophe counts only when a letter follows it).
    @inline(__always) static func startsWord(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ limit: Int) -> Bool {
        if isASCIIAlphanumeric(p[i]) { return true }
        var skip = 1
        let len = wordCharLength(p, i, skip: &skip)
        if len == 0 { return false }
        if !isApostrophe(p, i, len) { return true }
        return i + len < limit && wordCharLength(p, i + len, skip: &skip) > 0
    }

    /// Whether the word's first letter is a capital (Latin) or an Arabic letter.
    @inline(__always) static func isCapitalised(_ p: UnsafeBufferPointer<UInt8>, _ w: Word) -> Bool {
        let b = p[w.start]
        if b >= 0x41 && b <= 0x5A { return true }
        if b < 0x80 || w.start + 1 >= w.end { return false }
        let c = p[w.start + 1]
        if b == 0xC3 { return c >= 0x80 && c <= 0x9E && c != 0x97 }
        if b == 0xC4 || b == 0xC5 { return c & 1 == 0 }
        if b >= 0xD8 && b <= 0xDB { return true }
        if b == 0xE1 && (c == 0xB8 || c == 0xB9 || c == 0xBA || c == 0xBB) && w.start + 2 < w.end {
            return p[w.start + 2] & 1 == 0
        }
        return false
    }

    /// Whether the word is a transliterated Arabic article (al, el, ad, ash, as, az, ar, an, at…).
    @inline(__always) static func isArticle(_ p: UnsafeBufferPointer<UInt8>, _ w: Word) -> Bool {
        let n = w.end - w.start
        guard n == 2 || n == 3 else { return false }
        let a = p[w.start] | 0x20, b = p[w.start + 1] | 0x20
        guard a == 0x61 || a == 0x65 else { return false }  // a, e
        if n == 2 {
            switch b {
            case 0x6C, 0x64, 0x73, 0x7A, 0x72, 0x6E, 0x74: return true  // l d s z r n t
            default: return false
            }
        }
        let c = p[w.start + 2] | 0x20
        return (b == 0x73 || b == 0x74 || b == 0x64) && c == 0x68  // ash, ath, adh
    }

    /// Whether the article word is one that stands before a name with a space ("Al Bab", "El Bab").
    @inline(__always) static func isSpacedArticle(_ p: UnsafeBufferPointer<UInt8>, _ w: Word) -> Bool {
        w.end - w.start == 2 && (p[w.start] == 0x41 || p[w.start] == 0x45) && p[w.start + 1] == 0x6C
    }
}
