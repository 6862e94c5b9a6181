/// The lower-case words a name may hold after its first word, so that scanning never runs a
/// name on over ordinary English ("said No to the offer" must not read "No to", which folds
/// like Noto).
///
/// Chosen from the data: the lower-case words that occur after the first word of names in
/// `places.tsv` and `nonplaces.tsv` are Arabic articles (al, el, ash, ech, ez… and their French
/// forms), name particles (bin, ibn, bani, of, and; de, del, da, do, dos, la, le, der, am… in
/// foreign names), and nouns that name a kind of place (camp, airbase, crossing, prison…).
/// Everything else in those lists is a machine transliteration nobody writes in running text.
enum NameParticles {
    /// Words that only join two parts of a name: they continue one only when a capitalised word
    /// (or, after a hyphen, any word) follows them ("Jisr ash Shughur", "Army of Conquest").
    static let connectors = Gazetteer.wordHashes(connectorWords)
    private static let connectorWords = """
        al el il ul ad ed as es az ez ar er an en at et ash esh ech ath eth adh edh ej ett enn ess
        bin ibn bint bani beni banu wa of and for the in is de del della delle di da do dos das du des
        la le les los las lo der den dem am im an auf bei upon on sur sul y e i van von op aan nad
        """
    /// Nouns for a kind of place, which may end a name ("Neirab camp", "Hmeimim airbase").
    static let nouns = Gazetteer.wordHashes(nounWords)
    private static let nounWords = """
        camp camps airbase airport crossing military refugee prison base border district region air
        police academy shrine countryside suburbs spring springs farms neighbourhood neighborhood dam
        city town village old province governorate displacement subdistrict centre center
        force state army television channel tv
        """
    /// The first letters of the connectors and the place nouns: a lower-case word that starts
    /// otherwise is neither, and cannot continue a name (see ``LeadingLetters``).
    static let starts = LeadingLetters(connectorWords + " " + nounWords)

    /// Hash of a word in lower case as ``Gazetteer/wordHashes(_:)`` computes it, or `nil` when the word has
    /// other bytes or is longer than any listed word.
    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>, _ w: Word) -> UInt64? {
        guard w.end - w.start <= 14 else { return nil }
        var h = NameTable.seed
        for i in w.start..<w.end {
            let b = p[i] | 0x20
            guard b &- 0x61 < 26 else { return nil }
            h = NameTable.step(h, b)
        }
        return h
    }

    /// Whether word `w` (not the first of a name; `flags` its ``WordFacts`` flags) may continue a
    /// name: a capitalised or Arabic word, a number ("Deir Ezzor 24", an outlet), a place noun,
    /// or a connector before a capitalised word or a hyphen.
    @inline(__always)
    static func mayContinue(_ p: UnsafeBufferPointer<UInt8>, _ w: Word, _ flags: UInt8, limit: Int) -> Bool {
        // (the common case, a capitalised word, is decided here; the rest out of line)
        if flags & (WordFacts.capitalised | WordFacts.number | WordFacts.placeNoun) != 0 { return true }
        return connectorContinues(p, w, flags, limit: limit)
    }

    /// ``mayContinue(_:_:_:limit:)`` for a word that is no capitalised word, number or place
    /// noun: a connector before a hyphen, or before a space and a capitalised word.
    @inline(never)
    private static func connectorContinues(_ p: UnsafeBufferPointer<UInt8>, _ w: Word, _ flags: UInt8, limit: Int) -> Bool {
        guard flags & WordFacts.connector != 0 else { return false }
        if w.separator == .hyphen { return true }
        guard w.separator == .space, let next = NameTokenizer.word(in: p, from: w.next, limit: limit) else { return false }
        return NameTokenizer.isCapitalised(p, next)
    }
}

/// The first three letters of the words of a list, as a set of bits: a test, before a word of
/// running text is delimited or hashed, that it is none of the words.
///
/// A word of the list matches a word of text that has its letters, the first in lower case and
/// the others in either case, and ends where they end (see ``NameParticles/hash(_:_:)``); so
/// the text's first byte, and the class of each of the next two (a letter, or anything else
/// once the word has ended), are those of a listed word. Other words may pass the test too.
struct LeadingLetters {
    /// One bit per (first letter, class of the second byte, class of the third byte).
    private var bits = [UInt64](repeating: 0, count: (26 * 27 * 27 + 63) / 64)

    /// The set of the words of a space- or line-separated list of lower-case ASCII words.
    init(_ words: String) {
        // The first three bytes of each word, read as they come (a space stands for a word's end).
        var head: [UInt8] = []
        for b in words.utf8 + [0x20] {
            if b != 0x20 && b != 0x0A {
                head.append(b)
                continue
            }
            if !head.isEmpty {
                let i = LeadingLetters.index(head[0], head.count > 1 ? head[1] : 0x20, head.count > 2 ? head[2] : 0x20)
                bits[i >> 6] |= 1 << UInt64(i & 63)
                head.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Class of a byte after the first: 0...25 for a letter (either case), 26 for any other byte.
    @inline(__always) private static func letterClass(_ b: UInt8) -> Int {
        let l = (b | 0x20) &- 0x61
        return l < 26 ? Int(l) : 26
    }

    /// Bit index of a word starting with the lower-case letter `a`, then `b` and `c`.
    @inline(__always) private static func index(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        let second = letterClass(b)
        let third = second == 26 ? 26 : letterClass(c)  // (a one-letter word has ended)
        return Int(a &- 0x61) * (27 * 27) + second * 27 + third
    }

    /// Whether the word of text that starts with the lower-case ASCII letter at `p[i]` may be
    /// one of the words; `false` proves it is none (never said within two bytes of `limit`).
    @inline(__always) func mayStart(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, limit: Int) -> Bool {
        guard i + 2 < limit else { return true }
        let k = LeadingLetters.index(p[i], p[i + 1], p[i + 2])
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }
}
