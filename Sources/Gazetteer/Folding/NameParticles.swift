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
    static let connectors = Gazetteer.wordHashes("""
        al el il ul ad ed as es az ez ar er an en at et ash esh ech ath eth adh edh ej ett enn ess
        bin ibn bint bani beni banu wa of and for the in is de del della delle di da do dos das du des
        la le les los las lo der den dem am im an auf bei upon on sur sul y e i van von op aan nad
        """)
    /// Nouns for a kind of place, which may end a name ("Neirab camp", "Hmeimim airbase").
    static let nouns = Gazetteer.wordHashes("""
        camp camps airbase airport crossing military refugee prison base border district region air
        police academy shrine countryside suburbs spring springs farms neighbourhood neighborhood dam
        city town village old province governorate displacement subdistrict centre center
        force state army television channel tv
        """)

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
        if flags & (WordFacts.capitalised | WordFacts.number | WordFacts.placeNoun) != 0 { return true }
        guard flags & WordFacts.connector != 0 else { return false }
        if w.separator == .hyphen { return true }
        guard w.separator == .space, let next = NameTokenizer.word(in: p, from: w.next, limit: limit) else { return false }
        return NameTokenizer.isCapitalised(p, next)
    }
}
