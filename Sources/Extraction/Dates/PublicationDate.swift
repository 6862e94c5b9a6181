import EventModel

/// Finds a publication date written in an article's text, and its dateline.
public enum PublicationDate {
    /// A full date (with year) near the top of the text: "Xinhua, September 3, 2015", "3 May 2014",
    /// "2019-08-20". Only the first 800 bytes are searched (bylines, datelines).
    /// - Parameter text: the article body.
    /// - Returns: the date, or `nil` when the text gives none with a year.
    public static func find(in text: String) -> Day? {
        let head = String(decoding: text.utf8.prefix(800), as: UTF8.self)
        let a = AnalysedText(head)
        let words = (0..<a.tokens.count).map { Word(a.word($0), capitalised: a.tokens[$0].isCapitalised) }
        var i = 0
        while i < words.count {
            let w = words[i].text
            // ISO date: tokens "2019", "08", "20" joined by hyphens
            if w.count == 4, let y = Int(w), (1900...2100).contains(y), i + 2 < words.count,
               let m = Int(words[i + 1].text), let d = Int(words[i + 2].text),
               a.gap(i, i + 1) == [0x2D][...], a.gap(i + 1, i + 2) == [0x2D][...], let day = Day(year: y, month: m, day: d) {
                return day
            }
            if let m = CalendarWords.month(w, capitalised: words[i].capitalised) {
                if i + 2 < words.count, let d = Int(words[i + 1].text), let y = Int(words[i + 2].text),
                   (1900...2100).contains(y), let day = Day(year: y, month: m, day: d) { return day }
                if i >= 1, i + 1 < words.count, let d = Int(words[i - 1].text), let y = Int(words[i + 1].text),
                   (1900...2100).contains(y), let day = Day(year: y, month: m, day: d) { return day }
            }
            i += 1
        }
        return nil
    }

    /// A dateline's month and day ("DAMASCUS, Feb. 26 —") in the first 300 bytes, dated with the
    /// year of `published` (the year before when that would fall after it).
    /// - Returns: the dateline's day, or `nil` when there is no dateline or no known year.
    public static func dateline(in text: String, published: Day?) -> Day? {
        guard let published else { return nil }
        let head = String(decoding: text.utf8.prefix(headBytes), as: UTF8.self)
        let a = AnalysedText(head)
        // most articles have no month name near the top: nothing to read
        guard a.tokens.contains(where: { CalendarWords.monthHashes.contains($0.hash) }) else { return nil }
        for s in a.sentences.prefix(4) {
            if let d = dateline(in: a, s, published: published) { return d }
        }
        return nil
    }

    /// ``dateline(in:published:)`` of an article whose text is analysed already, read in the
    /// article's own tokens instead of an AnalysedText of the head alone. A sentence reads the same
    /// in the head when the token after it ends well inside the head (the tokenizer and the
    /// sentence splitter look no further ahead than that); past such sentences the head is
    /// analysed on its own, as ``dateline(in:published:)`` does.
    static func dateline(of a: AnalysedText, text: String, published: Day?) -> Day? {
        guard let published else { return nil }
        // most articles have no month name near the top: nothing to read (a month the head holds
        // before its last token is a whole token of the article too)
        let months = CalendarWords.monthHashes
        var k = 0
        while k < a.tokens.count, a.tokens[k].start < headBytes, months[a.tokens[k].hash] == nil { k += 1 }
        guard k < a.tokens.count, a.tokens[k].start < headBytes else { return nil }
        let wholeText = a.bytes.count <= headBytes
        for s in a.sentences.prefix(4) {
            let next = s.tokens.upperBound
            guard wholeText || (next < a.tokens.count && a.tokens[next].end <= headBytes - 10) else {
                return dateline(in: text, published: published)
            }
            if let d = dateline(in: a, s, published: published) { return d }
        }
        return nil
    }

    /// How much of the text a dateline is looked for in.
    private static let headBytes = 300

    /// The dateline of sentence `s`: an all-capitals place followed by a month and day.
    private static func dateline(in a: AnalysedText, _ s: Sentence, published: Day) -> Day? {
        let r = s.tokens
        guard r.count >= 3 else { return nil }
        for i in r.lowerBound..<(r.upperBound - 2) {
            guard a.isAllCapitals(i), isPlaceLike(a, i) else { continue }
            // (a month by its token's hash: the hash of the word ``CalendarWords/month(_:capitalised:)`` reads)
            var j = i + 1
            while j < r.upperBound - 1, a.isAllCapitals(j), CalendarWords.month(hash: a.tokens[j].hash) == nil { j += 1 }
            guard j + 1 < r.upperBound, let m = CalendarWords.month(hash: a.tokens[j].hash), let d = Int(a.word(j + 1)),
                  (1...31).contains(d) else { continue }
            var y = published.year
            if let c = Day(year: y, month: m, day: d), c > published.adding(days: 2) { y -= 1 }
            return Day(year: y, month: m, day: d)
        }
        return nil
    }
}

extension PublicationDate {
    /// Whether token `i` may be a dateline's place: three characters or more, the first a letter
    /// (`original(i).count >= 3 && original(i).first?.isLetter == true`), on the bytes for an
    /// ASCII word without a carriage return (there each byte is a character, a letter A-Z, a-z).
    fileprivate static func isPlaceLike(_ a: AnalysedText, _ i: Int) -> Bool {
        let t = a.tokens[i]
        if !a.bytes[t.start..<t.end].contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
            let c = a.bytes[t.start] | 0x20
            return t.end - t.start >= 3 && c >= 0x61 && c <= 0x7A
        }
        let w = a.original(i)
        return w.count >= 3 && w.first?.isLetter == true
    }
}

extension AnalysedText {
    /// Whether the token is written without lower-case letters ("DAMASCUS", "2015"), as
    /// `original(i) == original(i).uppercased()` says, on bytes for ASCII words.
    func isAllCapitals(_ i: Int) -> Bool {
        let t = tokens[i]
        var ascii = true
        for k in t.start..<t.end {
            let c = bytes[k]
            if c >= 97 && c <= 122 { return false }
            if c >= 0x80 { ascii = false }
        }
        if ascii { return true }
        let w = original(i)
        return w == w.uppercased()
    }
}
