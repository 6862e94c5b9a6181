import Foundation

/// What the scanner needs to know of one word as written, worked out once per spelling and
/// kept in a ``ScanMemo``: how it folds, what the name table says of it alone, and the byte
/// tests that decide whether it starts or continues a name.
struct WordFacts {
    /// A capital or Arabic first letter (see ``NameTokenizer/isCapitalised(_:_:)``).
    static let capitalised: UInt8 = 1
    /// A transliterated article (see ``NameTokenizer/isArticle(_:_:)``).
    static let article: UInt8 = 2
    /// An article that stands before a name with a space (see ``NameTokenizer/isSpacedArticle(_:_:)``).
    static let spacedArticle: UInt8 = 4
    /// Starts with a digit.
    static let number: UInt8 = 8
    /// A place noun (see ``NameParticles/nouns``).
    static let placeNoun: UInt8 = 16
    /// A connector (see ``NameParticles/connectors``).
    static let connector: UInt8 = 32
    /// A word may continue a name only with one of these (see ``NameParticles/mayContinue(_:_:_:limit:)``).
    static let mayContinue: UInt8 = capitalised | number | placeNoun | connector

    /// The word's bytes, little-endian in two words and zero past its length (the memo's key).
    var raw: (UInt64, UInt64) = (0, 0)
    /// The word's length in bytes, 1...16; 0 marks an empty slot.
    var rawCount: Int32 = 0
    /// The flags above.
    var flags: UInt8 = 0
    /// Typo match of the folded word alone: 0 not yet asked, 1 none, 2 `fuzzyTerminal` at `fuzzyDistance`.
    var fuzzyState: UInt8 = 0
    var fuzzyDistance: Int16 = 0
    var fuzzyTerminal: Int32 = 0
    /// Where the memo's ``CandidateTable`` keeps the candidates of the word as written (for the
    /// terminal it was last matched to), or -1 (beside the fuzzy fields: the facts stay 64 bytes).
    var candidates: Int32 = -1
    /// The folded word (see ``NameFolding/fold(_:_:_:to:scratch:)``), packed like `raw`.
    var folded: (UInt64, UInt64) = (0, 0)
    /// What the name table holds for the folded word alone: the terminal whose key it is,
    /// ``NameTable/prefixOnly`` when it only starts longer names (or its hash is another key's),
    /// or ``WordFacts/noName`` when no name starts with it.
    var value: Int32 = 0
    var foldedCount: UInt8 = 0
    /// What the scanner asks of terminal `value` (when `value >= 0`), copied from its
    /// ``TerminalInfo`` so that most stops never read the terminal table (see ``TerminalBits``).
    var terminal: UInt8 = 0
    /// `NameTable.extend(NameTable.seed, folded)`.
    var hash: UInt64 = 0

    /// `value` when no name starts with the word.
    static let noName = Int32.min

    /// The flags of the word `p[start..<end]`, from its bytes alone.
    static func flags(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt8 {
        let w = Word(start: start, end: end, separator: .stop, next: end)
        var f: UInt8 = 0
        if NameTokenizer.isCapitalised(p, w) { f |= capitalised }
        if NameTokenizer.isArticle(p, w) { f |= article }
        if NameTokenizer.isSpacedArticle(p, w) { f |= spacedArticle }
        if p[start] &- 0x30 < 10 { f |= number }
        if let h = NameParticles.hash(p, w) {
            if NameParticles.nouns.contains(h) { f |= placeNoun }
            if NameParticles.connectors.contains(h) { f |= connector }
        }
        return f
    }
}

/// The facts of each distinct word a scan meets, and the candidates of each name it finds,
/// kept from scan to scan: a text repeats a small vocabulary, so each word is folded and looked
/// up once, not at every occurrence.
///
/// Not thread-safe: one scan uses a memo at a time (``CandidateMemo`` lends them out). Words
/// of 1 to 16 bytes are kept, compared byte for byte (never by hash alone), until
/// ``wordCapacity`` are kept; others are worked out each time.
final class ScanMemo {
    /// The tables the memo's facts were read from.
    let hot: HotIndex
    /// Most words kept (half the slots).
    static let wordCapacity = 1 << 13
    private let wordSlots: UnsafeMutablePointer<WordFacts>
    private static let wordMask = 2 * wordCapacity - 1
    private var wordCount = 0
    /// Room to fold one word into (and its scratch).
    private let foldBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 64)
    /// The candidates of each spelling met so far.
    let candidates = CandidateTable()
    /// ``NameParticles/starts`` and ``Gazetteer/speechVerbStarts``, kept at hand for the scanner.
    let particleStarts = NameParticles.starts, speechVerbStarts = Gazetteer.speechVerbStarts

    init(_ hot: HotIndex) {
        self.hot = hot
        // Zeroed slots are empty (`rawCount` 0); calloc hands over fresh pages without clearing them.
        wordSlots = calloc(ScanMemo.wordMask + 1, MemoryLayout<WordFacts>.stride)!
            .bindMemory(to: WordFacts.self, capacity: ScanMemo.wordMask + 1)
    }

    deinit {
        free(wordSlots)
        foldBuffer.deallocate()
    }

    /// The kept facts of the word `p[start..<end]` (worked out now if new), or `nil` when the
    /// word is not kept (longer than 16 bytes, or the memo is full).
    @inline(__always)
    func facts(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UnsafeMutablePointer<WordFacts>? {
        let n = end - start
        guard n > 0 && n <= 16 else { return nil }
        return facts(p, start, end, raw: ScanMemo.pack(p, start, n))
    }

    /// The plain word at `i` (see ``NameTokenizer/plainWordEnd(_:_:_:)``): where it ends, and its
    /// kept facts as ``facts(_:_:_:)`` gives them; `nil` when no plain word starts there.
    ///
    /// One pass for both: the sixteen bytes loaded at `i` say where a word of up to sixteen
    /// bytes ends, and, masked there, are the memo's key, so the word is neither scanned for its
    /// end nor read again to be packed.
    @inline(__always)
    func plainWord(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ limit: Int)
        -> (end: Int, facts: UnsafeMutablePointer<WordFacts>?)? {
        guard i &+ 16 <= limit, limit <= p.count else {  // (offsets below the text's count: no overflow)
            guard let e = NameTokenizer.plainWordEnd(p, i, limit) else { return nil }
            return (e, facts(p, i, e))
        }
        let high: UInt64 = 0x8080_8080_8080_8080
        let bytes = UnsafeRawPointer(p.baseAddress! + i)
        let a = UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self))
        let otherA = ~NameTokenizer.alphanumericBits(a) & high
        if otherA & 0x80 != 0 { return nil }  // (no letter or digit at `i`)
        let n: Int
        let raw: (UInt64, UInt64)
        if otherA != 0 {
            n = otherA.trailingZeroBitCount >> 3
            raw = (a & ((1 &<< UInt64(8 * n)) &- 1), 0)
        } else {
            let b = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            let otherB = ~NameTokenizer.alphanumericBits(b) & high
            if otherB != 0 {
                n = 8 + otherB.trailingZeroBitCount >> 3
                raw = (a, b & ((1 &<< UInt64(8 * (n - 8))) &- 1))
            } else {
                // Sixteen letters or digits: a longer word is not kept.
                let e = NameTokenizer.alphanumericEnd(p, from: i + 16, limit: limit)
                guard NameTokenizer.endsPlainWord(p, e, limit) else { return nil }
                return (e, e == i + 16 ? facts(p, i, e, raw: (a, b)) : nil)
            }
        }
        let e = i &+ n
        guard NameTokenizer.endsPlainWord(p, e, limit) else { return nil }
        return (e, facts(p, i, e, raw: raw))
    }

    /// ``facts(_:_:_:)`` of the word `p[start..<end]` (1 to 16 bytes) packed as `raw`.
    @inline(__always)
    private func facts(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                       raw: (UInt64, UInt64)) -> UnsafeMutablePointer<WordFacts>? {
        let n = end &- start  // (1...16)
        var s = ScanMemo.slot(raw, n)
        while true {
            let f = wordSlots + s
            if f.pointee.rawCount == Int32(truncatingIfNeeded: n) && f.pointee.raw == raw { return f }
            if f.pointee.rawCount == 0 { break }
            s = (s + 1) & ScanMemo.wordMask
        }
        guard wordCount < ScanMemo.wordCapacity else { return nil }
        wordCount += 1
        let f = wordSlots + s
        f.pointee = work(p, start, end, raw: raw)
        return f
    }

    /// The facts of the word `p[start..<end]` (of `raw`), worked out.
    private func work(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, raw: (UInt64, UInt64)) -> WordFacts {
        var f = WordFacts()
        f.raw = raw
        f.rawCount = Int32(end - start)
        f.flags = WordFacts.flags(p, start, end)
        let k = NameFolding.fold(p, start, end, to: foldBuffer, scratch: foldBuffer + 32)
        let folded = UnsafeBufferPointer(start: foldBuffer, count: k)
        f.foldedCount = UInt8(k)
        f.folded = ScanMemo.pack(folded, 0, k)
        f.hash = NameTable.extend(NameTable.seed, folded)
        if let v = hot.table.find(f.hash) {
            f.value = v >= 0 && hot.terminal(foldBuffer, k, hash: f.hash) == Int(v) ? v : NameTable.prefixOnly
            if f.value >= 0 { f.terminal = TerminalBits.of(hot.terminals[Int(v)]) }
        } else {
            f.value = WordFacts.noName
        }
        return f
    }

    /// The typo match of the word of facts `f` alone (see ``HotIndex/fuzzyWord(_:_:)``), its
    /// folded bytes at `query`: asked once per word.
    @inline(__always)
    func fuzzyWord(_ f: UnsafeMutablePointer<WordFacts>?, _ query: UnsafePointer<UInt8>, _ n: Int) -> (Int32, Int)? {
        guard let f else { return hot.fuzzyWord(query, n) }
        if f.pointee.fuzzyState == 0 {
            if let (t, d) = hot.fuzzyWord(query, n) {
                f.pointee.fuzzyState = 2
                f.pointee.fuzzyTerminal = t
                f.pointee.fuzzyDistance = Int16(d)
            } else {
                f.pointee.fuzzyState = 1
            }
        }
        return f.pointee.fuzzyState == 2 ? (f.pointee.fuzzyTerminal, Int(f.pointee.fuzzyDistance)) : nil
    }

    /// The `n` (at most 16) bytes at `p[start...]`, little-endian in two words, zero past `n`.
    @inline(__always)
    static func pack(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ n: Int) -> (UInt64, UInt64) {
        if start + 16 <= p.count {
            let raw = UnsafeRawPointer(p.baseAddress! + start)
            let a = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            let b = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            if n >= 8 { return (a, n == 16 ? b : b & ((1 &<< UInt64(8 * (n - 8))) &- 1)) }
            return (a & ((1 &<< UInt64(8 * n)) &- 1), 0)
        }
        var a: UInt64 = 0, b: UInt64 = 0
        for j in 0..<n {
            let v = UInt64(p[start + j])
            if j < 8 { a |= v &<< UInt64(8 * j) } else { b |= v &<< UInt64(8 * (j - 8)) }
        }
        return (a, b)
    }

    /// Writes the `n` bytes packed in `v` to `out` (which has room for 16).
    @inline(__always)
    static func unpack(_ v: (UInt64, UInt64), to out: UnsafeMutablePointer<UInt8>) {
        let raw = UnsafeMutableRawPointer(out)
        raw.storeBytes(of: v.0.littleEndian, as: UInt64.self)
        raw.storeBytes(of: v.1.littleEndian, toByteOffset: 8, as: UInt64.self)
    }

    @inline(__always)
    private static func slot(_ raw: (UInt64, UInt64), _ n: Int) -> Int {
        let h = (raw.0 &* 0x9E37_79B9_7F4A_7C15) ^ ((raw.1 &+ UInt64(n)) &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: h >> 40) & wordMask
    }
}
