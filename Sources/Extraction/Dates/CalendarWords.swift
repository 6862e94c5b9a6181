/// Month and weekday names, number words.
enum CalendarWords {
    /// Month number for a lowercase name or abbreviation (`may` only when `capitalised`).
    static func month(_ w: String, capitalised: Bool = true) -> Int? {
        switch w {
        case "january", "jan": return 1
        case "february", "feb": return 2
        case "march": return capitalised ? 3 : nil
        case "mar": return 3
        case "april", "apr": return 4
        case "may": return capitalised ? 5 : nil
        case "june", "jun": return 6
        case "july", "jul": return 7
        case "august", "aug": return 8
        case "september", "sept", "sep": return 9
        case "october", "oct": return 10
        case "november", "nov": return 11
        case "december", "dec": return 12
        default: return nil
        }
    }

    /// Every month name and abbreviation, "may" and "march" included, with its number.
    static let monthNames: [(String, Int)] = [
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
        ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9),
        ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ]

    /// Month numbers by word hash (``WordHash``) of ``monthNames``: a quick test whether a token
    /// can be a month at all.
    static let monthHashes = WordMap(monthNames.map { (WordHash.of($0.0), $0.1) })

    /// ``month(_:capitalised:)`` by word hash (``WordHash``).
    static func month(hash h: UInt64, capitalised: Bool = true) -> Int? {
        guard let m = monthHashes[h] else { return nil }
        return capitalised || (h != may && h != march) ? m : nil
    }
    private static let may = WordHash.of("may"), march = WordHash.of("march")

    /// ISO weekdays (1 Monday … 7 Sunday) by word hash (``WordHash``) of their lowercase names.
    static let weekdayHashes = WordMap(weekdayNames.enumerated().map { (WordHash.of($0.element), $0.offset + 1) })

    /// The lowercase weekday names, Monday first.
    static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Value of a number written in digits (`1,000`) or as a word (`one` … `twenty`, tens, `hundred`).
    static func number(_ w: String) -> Int? {
        if let f = w.utf8.first, f >= 48, f <= 57 {
            let digits = w.filter { $0 != "," }
            if digits.contains(".") { return nil }
            return Int(digits)
        }
        return words[w]
    }

    /// ``number(_:)`` of a sentence's word: number words by hash.
    static func number(_ w: Word) -> Int? {
        if let f = w.text.utf8.first, f >= 48, f <= 57 { return number(w.text) }
        return numberHashes[w.hash]
    }

    /// Values of ``words`` by word hash (``WordHash``).
    static let numberHashes = WordMap(words.map { (WordHash.of($0.key), $0.value) })

    static let words: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    ]
}
