extension Gazetteer {
    /// Hash of a name as written, ignoring only case, diacritics, apostrophes and the kind of
    /// space or hyphen between words: "Kalbā" and "kalba" hash alike, "Qalb" and "Kalba" do not.
    /// - Parameters:
    ///   - p: UTF-8 text.
    ///   - start: first byte of the name.
    ///   - end: one past its last byte.
    /// - Returns: the hash, 0 for a name with no letters.
    static func literalHash(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        guard end > start else { return 0 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start + 8) { buffer in
            let s = buffer.baseAddress!
            var h = NameTable.seed
            var i = start
            var words = 0
            while let w = NameTokenizer.word(in: p, from: i, limit: end) {
                i = max(w.next, w.end + 1)
                let n = NameFolding.lowerBase(p, w.start, w.end, into: s)
                guard n > 0 else { continue }
                if words > 0 { h = NameTable.step(h, 0x20) }
                h = NameTable.extend(h, UnsafeBufferPointer(start: s, count: n))
                words += 1
            }
            return words == 0 ? 0 : h
        }
    }

    /// ``literalHash(_:_:_:)`` of a whole string.
    static func literalHash(_ name: String) -> UInt64 {
        var name = name
        return name.withUTF8 { literalHash($0, 0, $0.count) }
    }

    /// Whether entry `e` may stand for a name written with literal hash `h`: any entry but a
    /// literal-only one, which only when the name is one of its own (see ``EntryFlags/literalOnly``).
    /// Literal-only entries are the least important, so this is asked only when a name matched
    /// nothing else; their names are hashed then, not at load.
    func admits(_ e: Int, literal h: UInt64) -> Bool {
        !entryFlags[e].contains(.literalOnly) || names[e].contains { Gazetteer.literalHash($0) == h }
    }
}
