extension Gazetteer {
    /// Verbs of saying: a one-word name right before one is the speaker ("Hassan said").
    private static let speechVerbs = wordHashes(speechVerbWords)
    private static let speechVerbWords = """
        said says told tells added adds wrote writes tweeted stated explained confirmed denied claimed warned
        insisted argued noted stressed recalled replied asked urged announced acknowledged admitted
        """
    /// The first letters of the verbs of saying, which rule out most words after a name at once.
    static let speechVerbStarts = LeadingLetters(speechVerbWords)
    /// Words before a name that make it a place even before a verb of saying ("people in Marea said").
    private static let placeWords = wordHashes("""
        in of from near at around outside inside to into across toward towards across within via
        about over for and
        """)

    /// FNV-1a hashes of the words of a space-separated list (as ``NameParticles/hash(_:_:)`` hashes a word),
    /// filed in a small ``NameTable``: a lookup is a multiply, a mask and a compare or two, where
    /// `Set<UInt64>` would hash each key again.
    static func wordHashes(_ words: String) -> NameTable {
        var table = NameTable(capacity: 256)
        for w in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            var h = NameTable.seed
            for b in w.utf8 { h = NameTable.step(h, b) }
            _ = table.setTerminal(h, 0)
        }
        return table
    }

    /// Whether the one-word name at `start..<end` is a person speaking: a verb of saying follows
    /// it and no preposition stands before it ("Khatib said" is a person; "activists in Marea
    /// said" a place). Only asked for names that are not major places (see ``TerminalInfo/major``).
    /// `verbs` is ``speechVerbStarts`` (the scanner keeps it at hand), which settles most names at
    /// once: the word after them starts as no verb of saying does.
    @inline(__always)
    static func isSpeaker(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ limit: Int,
                          verbs: LeadingLetters) -> Bool {
        guard end + 4 < limit, p[end] == 0x20, p[end + 1] &- 0x61 < 26,
              verbs.mayStart(p, end + 1, limit: limit) else { return false }
        return verbFollows(p, start, end, limit)
    }

    /// ``isSpeaker(_:_:_:_:verbs:)`` past its first tests (a space, then a lower-case word that
    /// may be a verb of saying).
    private static func verbFollows(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ limit: Int) -> Bool {
        // The next word, lower-case ASCII letters only, hashed as it is read.
        var h = NameTable.seed
        var k = end + 1
        while k < limit && p[k] &- 0x61 < 26 && k - end <= 14 {
            h = NameTable.step(h, p[k])
            k += 1
        }
        guard speechVerbs.contains(h) else { return false }
        // The word before: skip spaces back to it (any other byte means none stands there).
        var i = start - 1
        while i >= 0 && p[i] == 0x20 { i -= 1 }
        guard i >= 0, i < start - 1, NameTokenizer.isASCIIWordByte(p[i]) else { return true }
        var j = i
        while j > 0 && NameTokenizer.isASCIIWordByte(p[j - 1]) { j -= 1 }
        let prev = Word(start: j, end: i + 1, separator: .space, next: start)
        guard let ph = NameParticles.hash(p, prev) else { return true }
        return !placeWords.contains(ph)
    }
}
