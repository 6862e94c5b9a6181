import Foundation

/// Folds one word of a place name to the key under which the gazetteer files it, on UTF-8 bytes.
///
/// Folding erases what transliteration varies: case, diacritics, ayn/hamza and apostrophes,
/// doubled letters, a final -a/-ah/-e/-eh, ch/sh, ou/oo/o/u, ei/ey/ay/ai, ee/e/i, q/k, aw/o,
/// and in Arabic script the hamza forms of alef, ta marbuta, alef maqsura, short vowels and
/// the article. Words are folded one at a time; the caller joins them (see ``NameTokenizer``)
/// and drops articles (al-, el-, ash-…) between them.
enum NameFolding {
    /// Lower-case ASCII base letter for each two-byte Latin scalar U+0080...U+07FF (0 = none).
    static let latin2: [UInt8] = makeTable(0x80..<0x800)
    /// Same for the three-byte Latin Extended Additional block U+1E00...U+1EFF.
    static let latin3: [UInt8] = makeTable(0x1E00..<0x1F00)

    private static func makeTable(_ range: Range<UInt32>) -> [UInt8] {
        var table = [UInt8](repeating: 0, count: range.count)
        let special: [UInt32: UInt8] = [0xDF: UInt8(ascii: "s"), 0xE6: UInt8(ascii: "a"), 0xC6: UInt8(ascii: "a"),
                                        0xF8: UInt8(ascii: "o"), 0xD8: UInt8(ascii: "o"), 0x131: UInt8(ascii: "i"),
                                        0x142: UInt8(ascii: "l"), 0x141: UInt8(ascii: "l"), 0x111: UInt8(ascii: "d"),
                                        0x110: UInt8(ascii: "d"), 0x127: UInt8(ascii: "h"), 0x126: UInt8(ascii: "h")]
        for v in range {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if let s = special[v] { table[Int(v - range.lowerBound)] = s; continue }
            guard scalar.properties.isAlphabetic else { continue }
            let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first!
            if base.isASCII, let b = UInt8(exactly: base.value), (b | 0x20) >= 0x61, (b | 0x20) <= 0x7A {
                table[Int(v - range.lowerBound)] = b | 0x20
            }
        }
        return table
    }

    /// Whether `b` is an ASCII vowel of the intermediate (lower-case) spelling.
    @inline(__always) static func isVowel(_ b: UInt8) -> Bool {
        b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75
    }

    /// Writes the folded form of the word `bytes[start..<end]` to `out`, without allocating.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 text.
    ///   - start: first byte of the word.
    ///   - end: one past its last byte.
    ///   - out: room for at least `end - start` bytes: receives the folded bytes.
    ///   - scratch: room for at least `end - start` bytes, overwritten.
    /// - Returns: how many bytes were written (never more than `end - start`).
    @inline(__always)
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                     to out: UnsafeMutablePointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>) -> Int {
        if end <= start { return 0 }
        // Most words are ASCII letters and digits: steps 1 and 2's doubled letters in one pass.
        var m = 0
        var i = start
        while i < end {
            let b = bytes[i]
            guard NameTokenizer.isASCIIAlphanumeric(b) else { break }
            let lower = b &- 0x41 < 26 ? b | 0x20 : b
            if m == 0 || scratch[m - 1] != lower {
                scratch[m] = lower
                m += 1
            }
            i += 1
        }
        if i == end { return transliterate(scratch, m, into: out) }
        m = lowerBase(bytes, start, end, into: scratch)
        return m == 0 ? 0 : transliterate(scratch, undoubled(scratch, m), into: out)
    }

    /// Step 1: lower-case base letters, no diacritics or apostrophes, Arabic normalised.
    /// Writes at most one byte per input byte to `s`; returns the count.
    static func lowerBase(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                                  into s: UnsafeMutablePointer<UInt8>) -> Int {
        var i = start
        var m = 0
        var arabic = false
        @inline(__always) func put(_ b: UInt8) { s[m] = b; m += 1 }
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                if b >= 0x41 && b <= 0x5A { put(b | 0x20) }
                else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { put(b) }
                i += 1
            } else if b < 0xE0 {
                guard i + 1 < end else { break }
                let v = (UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
                i += 2
                if v >= 0x600 && v <= 0x6FF {
                    arabic = true
                    if let (x, y) = arabicBytes(v) { put(x); put(y) }
                } else if v >= 0x300 && v <= 0x36F {
                    continue  // combining diacritic
                } else if v >= 0x80 {
                    let base = latin2[Int(v) - 0x80]
                    if base != 0 { put(base) }
                }
            } else if b < 0xF0 {
                guard i + 2 < end else { break }
                let v = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                i += 3
                if v >= 0x1E00 && v <= 0x1EFF {
                    let base = latin3[Int(v) - 0x1E00]
                    if base != 0 { put(base) }
                } else if v == 0x2018 || v == 0x2019 || v == 0x201B || v == 0x2032 || v == 0x2BB { continue }
                else { put(b); put(bytes[i - 2]); put(bytes[i - 1]) }
            } else {
                let k = min(4, end - i)
                for j in 0..<k { put(bytes[i + j]) }
                i += k
            }
        }
        // The Arabic article: a leading alef-lam on a word of at least two more letters.
        if arabic, m >= 8, s[0] == 0xD8, s[1] == 0xA7, s[2] == 0xD9, s[3] == 0x84 {
            (s + 4).withMemoryRebound(to: UInt8.self, capacity: m - 4) { src in s.update(from: src, count: m - 4) }
            m -= 4
        }
        return m
    }

    /// The two UTF-8 bytes of Arabic scalar `v` normalised, or `nil` for vowel marks and tatweel.
    @inline(__always) private static func arabicBytes(_ v: UInt32) -> (UInt8, UInt8)? {
        var v = v
        switch v {
        case 0x640, 0x64B...0x65F, 0x670: return nil                 // tatweel, harakat
        case 0x622, 0x623, 0x625, 0x671: v = 0x627                   // alef forms
        case 0x629: v = 0x647                                        // ta marbuta -> ha
        case 0x649, 0x6CC: v = 0x64A                                 // alef maqsura, Persian ya -> ya
        case 0x6A9: v = 0x643                                        // keheh -> kaf
        default: break
        }
        return (UInt8(0xC0 | (v >> 6)), UInt8(0x80 | (v & 0x3F)))
    }

    /// Step 2: doubled ASCII letters made single, in place; returns the new count.
    private static func undoubled(_ s: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
        var n = 0
        for i in 0..<count {
            let b = s[i]
            if n > 0 && b < 0x80 && s[n - 1] == b { continue }
            s[n] = b
            n += 1
        }
        return n
    }

    /// Steps 3–4 on the ASCII letters of `n` undoubled bytes: final vowel, transliteration pairs.
    private static func transliterate(_ s: UnsafeMutablePointer<UInt8>, _ n: Int,
                                      into out: UnsafeMutablePointer<UInt8>) -> Int {
        var n = n
        // Final -ah/-eh, then a final -a/-e; a final -y after a consonant reads -i.
        let whole = n
        if n >= 3 && s[n - 1] == 0x68 && (s[n - 2] == 0x61 || s[n - 2] == 0x65) { n -= 1 }
        if n >= 3 && (s[n - 1] == 0x61 || s[n - 1] == 0x65) { n -= 1 }
        // A w left last by dropping the final vowel stays a consonant ("Nawa" is not "No").
        let endsOnVowel = n < whole
        if n >= 3 && s[n - 1] == 0x79 && !isVowel(s[n - 2]) { s[n - 1] = 0x69 }
        var k = 0
        @inline(__always) func put(_ b: UInt8) { out[k] = b; k += 1 }
        var i = 0
        while i < n {
            let b = s[i]
            let c: UInt8 = i + 1 < n ? s[i + 1] : 0
            var emit = b
            var step = 1
            switch b {
            case 0x63:  // c
                if c == 0x68 { put(0x73); emit = 0x68; step = 2 }          // ch -> sh
                else if c == 0x6B { emit = 0x6B; step = 2 }                // ck -> k
                else { emit = 0x6B }
            case 0x71: emit = 0x6B                                         // q -> k
            case 0x6F: emit = 0x75; if c == 0x75 || c == 0x6F { step = 2 }  // o, ou, oo -> u
            case 0x65:                                                     // e
                if c == 0x69 || c == 0x79 { emit = 0x59; step = 2 }        // ei, ey -> Y
                else { emit = 0x69 }                                       // e, ee -> i
            case 0x61:                                                     // a
                if c == 0x69 || c == 0x79 { emit = 0x59; step = 2 }        // ai, ay -> Y
                else if c == 0x77 && (i + 2 >= n ? !endsOnVowel : !isVowel(s[i + 2])) { emit = 0x75; step = 2 }  // aw -> u
            case 0x75: if c == 0x77 { emit = 0x77; step = 2 }              // uw -> w
            default: break
            }
            let last: UInt8 = k > 0 ? out[k - 1] : 0
            // No doubled letters; a y after a diphthong ("aiy", "eyy") adds nothing.
            if (last != emit && !(emit == 0x79 && last == 0x59)) || emit >= 0x80 { put(emit) }
            i += step
        }
        return k
    }
}
