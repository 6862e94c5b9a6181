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
        let words = sentence.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "’" || $0 == "-") })
            .map { $0.lowercased() }
        let target = mention.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "’" || $0 == "-") })
            .map { $0.lowercased() }
        guard !target.isEmpty, words.count >= target.count else { return nil }
        for start in 0...(words.count - target.count) where Array(words[start..<start + target.count]) == target {
            if let cue = cue(words, before: start, after: start + target.count) { return cue }
        }
        return nil
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
