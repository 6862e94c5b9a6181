/// What the words around a name in a sentence say about which kind of place it is.
enum Cue: Equatable {
    /// "Idlib province", "province of Idlib", "Idlib governorate".
    case governorate
    /// "city of Idlib", "town of Saraqib", "village of …".
    case locality
    /// "Idlib countryside", "outskirts of Homs", "rural Hama", "near Saraqib".
    case near

    /// The cue for `mention` in `sentence`, if any (the first occurrence that carries one).
    static func find(in sentence: String, mention: String) -> Cue? {
        var sentence = sentence
        return sentence.withUTF8 { find(inUTF8: $0, mention: mention) }
    }

    /// ``find(in:mention:)`` for a sentence given as UTF-8 bytes (as an article holds it): no
    /// string is built when both texts are ASCII.
    static func find(inUTF8 sentence: UnsafeBufferPointer<UInt8>, mention: String) -> Cue? {
        if let cue = findASCII(in: sentence, mention: mention) { return cue }
        return findUnicode(in: String(decoding: sentence, as: UTF8.self), mention: mention)
    }

    /// ``find(in:mention:)`` on the texts' words as Unicode lowercases and splits them.
    private static func findUnicode(in sentence: String, mention: String) -> Cue? {
        let words = unicodeWords(sentence)
        let target = unicodeWords(mention)
        guard !target.isEmpty, words.count >= target.count else { return nil }
        for start in 0...(words.count - target.count) where words[start..<start + target.count].elementsEqual(target) {
            if let cue = cue(count: words.count, before: start, after: start + target.count,
                             word: { WordKey(Array(words[$0].utf8)[...]) }) { return cue }
        }
        return nil
    }

    /// ``find(in:mention:)`` on bytes when both texts are ASCII (the usual case; `.some(nil)`
    /// for no cue, `nil` for other text), without building a string per word: ASCII letters are
    /// exactly the ASCII characters `isLetter` accepts, so the words are those of ``unicodeWords(_:)``.
    private static func findASCII(in s: UnsafeBufferPointer<UInt8>, mention: String) -> Cue?? {
        mention.utf8.withContiguousStorageIfAvailable { m -> Cue?? in
            guard s.allSatisfy({ $0 < 0x80 }), m.allSatisfy({ $0 < 0x80 }) else { return nil }
            return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: s.count / 2 + m.count / 2 + 2) { r in
                let words = asciiWords(s, into: r.baseAddress!)
                let target = asciiWords(m, into: r.baseAddress! + words)
                guard target > 0, words >= target else { return .some(nil) }
                let w = r.baseAddress!, t = r.baseAddress! + words
                for start in 0...(words - target) {
                    guard (0..<target).allSatisfy({ k in sameWord(s, w[start + k], m, t[k]) }) else { continue }
                    if let cue = cue(count: words, before: start, after: start + target,
                                     word: { WordKey(s[w[$0]]) }) { return .some(cue) }
                }
                return .some(nil)
            }
        } ?? nil
    }

    /// The lowercased words of `text`: runs of letters, apostrophes (also ’) and hyphens.
    private static func unicodeWords(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "’" || $0 == "-") }).map { $0.lowercased() }
    }

    /// The byte ranges of the words of ASCII text `b` (as ``unicodeWords(_:)`` splits it), written
    /// to `out`; returns how many.
    private static func asciiWords(_ b: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<Range<Int>>) -> Int {
        var n = 0
        var i = 0
        while i < b.count {
            guard isWordByte(b[i]) else { i += 1; continue }
            var j = i
            while j < b.count, isWordByte(b[j]) { j += 1 }
            out[n] = i..<j
            n += 1
            i = j
        }
        return n
    }

    /// Whether two ASCII words are equal ignoring case.
    @inline(__always)
    private static func sameWord(_ a: UnsafeBufferPointer<UInt8>, _ ra: Range<Int>,
                                 _ b: UnsafeBufferPointer<UInt8>, _ rb: Range<Int>) -> Bool {
        guard ra.count == rb.count else { return false }
        for k in 0..<ra.count where lower(a[ra.lowerBound + k]) != lower(b[rb.lowerBound + k]) { return false }
        return true
    }

    @inline(__always) private static func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c | 0x20 : c }

    @inline(__always)
    private static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 0x27 || c == 0x2D
    }

    /// A word of up to 16 bytes lowercased (ASCII) and packed in two integers, compared exactly;
    /// longer words all get one key that no listed word has.
    struct WordKey: Equatable {
        var a: UInt64 = 0, b: UInt64 = 0

        /// The key of the empty word (what stands beyond the text's ends).
        init() {}

        init<C: Collection>(_ bytes: C) where C.Element == UInt8 {
            guard bytes.count <= 16 else { a = .max; b = .max; return }
            for (k, c) in bytes.enumerated() {
                let v = UInt64(Cue.lower(c)) << (8 * UInt64(k & 7))
                if k < 8 { a |= v } else { b |= v }
            }
        }

        init(_ word: String) {
            self.init(word.utf8)
        }
    }

    private static let provinceWords = ["province", "provinces", "governorate", "governorates", "muhafazat"]
    private static let areaWords = ["countryside", "suburbs", "outskirts", "environs", "hinterland"]
    private static let localityWords = ["city", "town", "village", "neighbourhood", "neighborhood", "camp"]
    private static let edgeWords = ["outskirts", "countryside", "suburbs", "edge", "edges", "environs", "vicinity", "outside"]
    fileprivate static let nearWordList = ["rural", "near", "outside", "around", "nearby"]
    /// The words read right after a name (see ``Gazetteer/cueWordsAfterName``).
    fileprivate static let afterNameWords = provinceWords + areaWords
    /// The nouns read before "of" and a name (see ``Gazetteer/cueNounsBeforeOf``).
    fileprivate static let beforeOfWords = ["province", "governorate"] + localityWords + edgeWords
    /// Every word a cue needs besides "of", "and" and "or" (each once; see ``Gazetteer/cueNouns``).
    static let nouns: [String] = {
        var seen = Set<String>()
        return (provinceWords + areaWords + localityWords + edgeWords + nearWordList).filter { seen.insert($0).inserted }
    }()

    /// The keys of the word lists a cue is read with, in one object: ``cue(count:before:after:word:)``
    /// fetches it once (each `static let` is checked for initialisation at every use).
    private final class Keys: Sendable {
        let province = provinceWords.map(WordKey.init)
        let plurals = ["province", "provinces", "governorates"].map(WordKey.init)
        let area = areaWords.map(WordKey.init)
        let governorate = ["province", "governorate"].map(WordKey.init)
        let locality = localityWords.map(WordKey.init)
        let edge = edgeWords.map(WordKey.init)
        let near = nearWordList.map(WordKey.init)
        let of = WordKey("of"), and = WordKey("and"), or = WordKey("or")
    }

    private static let keys = Keys()

    /// The cue of the words around a mention: `count` words, the mention's first at `s`, the
    /// word after it at `e`; `word(i)` is word `i`'s key.
    private static func cue(count: Int, before s: Int, after e: Int, word: (Int) -> WordKey) -> Cue? {
        let k = keys
        let none = WordKey()
        func at(_ i: Int) -> WordKey { i >= 0 && i < count ? word(i) : none }
        let next = at(e)
        if k.province.contains(next) { return .governorate }
        // "Idlib and Hama provinces", "Idlib, Hama provinces"
        if next == k.and || next == k.or, k.plurals.contains(at(e + 2)) { return .governorate }
        if k.area.contains(next) { return .near }
        let prev = at(s - 1), prev2 = at(s - 2)
        if prev == k.of && k.governorate.contains(prev2) { return .governorate }
        if prev == k.of && k.locality.contains(prev2) { return .locality }
        if prev == k.of && k.edge.contains(prev2) { return .near }
        if k.near.contains(prev) { return .near }
        return nil
    }
}

extension Gazetteer {
    /// Every word a cue holds besides "of", "and" and "or": a place noun ("province", "town",
    /// "outskirts", …) or a nearness word ("rural", "near", …). Text around a name with none of
    /// them and no other cue word carries no cue.
    public static var cueNouns: [String] { Cue.nouns }

    /// The words that give a name a cue when they follow it ("Idlib province", "Hama countryside",
    /// "Idlib and Hama provinces"): the province and area words.
    public static var cueWordsAfterName: [String] { Cue.afterNameWords }

    /// The words that give a name a cue when they stand right before it ("rural Hama", "near Saraqib").
    public static var cueWordsBeforeName: [String] { Cue.nearWordList }

    /// The nouns that give a name a cue when they stand before "of" and it ("province of Idlib",
    /// "town of Saraqib", "outskirts of Homs").
    public static var cueNounsBeforeOf: [String] { Cue.beforeOfWords }
}
