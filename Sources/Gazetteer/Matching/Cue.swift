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
        let words = asciiWords(sentence) ?? unicodeWords(sentence)
        guard let target = asciiWords(mention) ?? Optional(unicodeWords(mention)),
              !target.isEmpty, words.count >= target.count else { return nil }
        for start in 0...(words.count - target.count) where words[start..<start + target.count].elementsEqual(target) {
            if let cue = cue(words, before: start, after: start + target.count) { return cue }
        }
        return nil
    }

    /// The lowercased words of `text`: runs of letters, apostrophes (also ’) and hyphens.
    private static func unicodeWords(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "’" || $0 == "-") }).map { $0.lowercased() }
    }

    /// ``unicodeWords(_:)`` on bytes for ASCII text (the usual case; `nil` for any other): ASCII
    /// letters are exactly the ASCII characters `isLetter` accepts.
    private static func asciiWords(_ text: String) -> [String]? {
        text.utf8.withContiguousStorageIfAvailable { b -> [String]? in
            var out: [String] = []
            var i = 0
            while i < b.count {
                let c = b[i]
                if c >= 0x80 { return nil }
                guard isWordByte(c) else { i += 1; continue }
                var j = i
                while j < b.count, b[j] < 0x80, isWordByte(b[j]) { j += 1 }
                if j < b.count, b[j] >= 0x80 { return nil }
                out.append(String(unsafeUninitializedCapacity: j - i) { o in
                    for k in i..<j { o[k - i] = b[k] >= 65 && b[k] <= 90 ? b[k] | 0x20 : b[k] }
                    return j - i
                })
                i = j
            }
            return out
        } ?? nil
    }

    @inline(__always)
    private static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 0x27 || c == 0x2D
    }

    private static func cue(_ w: [String], before s: Int, after e: Int) -> Cue? {
        func at(_ i: Int) -> String { i >= 0 && i < w.count ? w[i] : "" }
        let next = at(e)
        if ["province", "provinces", "governorate", "governorates", "muhafazat"].contains(next) { return .governorate }
        // "Idlib and Hama provinces", "Idlib, Hama provinces"
        if next == "and" || next == "or", ["province", "provinces", "governorates"].contains(at(e + 2)) { return .governorate }
        if ["countryside", "suburbs", "outskirts", "environs", "hinterland"].contains(next) { return .near }
        let prev = at(s - 1), prev2 = at(s - 2)
        if prev == "of" && ["province", "governorate"].contains(prev2) { return .governorate }
        if prev == "of" && ["city", "town", "village", "neighbourhood", "neighborhood", "camp"].contains(prev2) {
            return .locality
        }
        if prev == "of" && ["outskirts", "countryside", "suburbs", "edge", "edges", "environs", "vicinity", "outside"]
            .contains(prev2) { return .near }
        if ["rural", "near", "outside", "around", "nearby"].contains(prev) { return .near }
        return nil
    }
}
