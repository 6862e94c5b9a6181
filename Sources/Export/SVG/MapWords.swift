import EventModel

/// Words for map titles: date ranges and the regions events fall in.
enum MapWords {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
    static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `13 May 2019`.
    static func day(_ d: Day) -> String { "\(d.day) \(months[d.month - 1]) \(d.year)" }

    /// A date range in words: `1–31 May 2019`, `28 April – 4 May 2019`,
    /// `28 December 2018 – 3 January 2019`, `13 May 2019` for one day.
    static func range(_ r: ClosedRange<Day>) -> String {
        let a = r.lowerBound, b = r.upperBound
        if a == b { return day(a) }
        if a.year == b.year && a.month == b.month { return "\(a.day)–\(b.day) \(months[a.month - 1]) \(a.year)" }
        if a.year == b.year { return "\(a.day) \(months[a.month - 1]) – \(day(b))" }
        return "\(day(a)) – \(day(b))"
    }

    /// The regions holding the events: one to three governorates ("Idlib and Hama") when they
    /// hold nine in ten events, else "Syria".
    static func regions(_ events: [Event]) -> String {
        var counts: [String: Int] = [:]
        for i in events.indices where !events[i].admin1.isEmpty { counts[events[i].admin1, default: 0] += 1 }
        let sorted = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard !sorted.isEmpty else { return "Syria" }
        let total = sorted.reduce(0) { $0 + $1.value }
        var picked: [String] = [], covered = 0
        for (name, n) in sorted where Double(covered) < 0.9 * Double(total) {
            picked.append(name)
            covered += n
        }
        guard picked.count <= 3 else { return "Syria" }
        return list(picked)
    }

    /// The attribution's sources sentence: the `given` outlets, then those the events carry, most
    /// frequent first (ties by name); fourteen at most, then "and N more".
    static func sources(_ events: [Event], given: [String] = []) -> String {
        var counts: [String: Int] = [:]
        for e in events { for o in e.outlets where !o.isEmpty { counts[o, default: 0] += 1 } }
        var list: [String] = []
        for s in given where !s.isEmpty && !list.contains(s) { list.append(s) }
        for (o, _) in counts.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) where !list.contains(o) { list.append(o) }
        if list.count > 14 { list = Array(list.prefix(14)) + ["and \(list.count - 14) more"] }
        return "Sources: " + (list.isEmpty ? "news articles (outlets not recorded)" : list.joined(separator: ", ")) + "."
    }

    /// `A`, `A and B`, `A, B and C`.
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// Thousands separated by a thin space: `12 345`.
    static func count(_ n: Int) -> String {
        let s = String(n)
        guard n >= 10000 else { return s }
        var out = "", i = 0
        for c in s.reversed() {
            if i > 0 && i % 3 == 0 { out.append("\u{2009}") }
            out.append(c)
            i += 1
        }
        return String(out.reversed())
    }

    /// Greedy word wrap by estimated width.
    static func wrap(_ text: String, width: Double, size: Double) -> [String] {
        var lines: [String] = [], cur = ""
        for word in text.split(separator: " ") {
            let next = cur.isEmpty ? String(word) : cur + " " + word
            if !cur.isEmpty, LabelPlacer.width(next, size: size) > width {
                lines.append(cur)
                cur = String(word)
            } else {
                cur = next
            }
        }
        if !cur.isEmpty { lines.append(cur) }
        return lines
    }
}
