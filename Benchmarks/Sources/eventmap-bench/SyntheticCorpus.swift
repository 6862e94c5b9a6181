import EventModel
import Foundation

/// A deterministic generator of article-like text for the extraction benchmark.
///
/// Articles are JSON Lines records (`id`, `title`, `source`, `published`, `text`) shaped like wire
/// copy: a headline, a dateline lead reporting an event, then paragraphs mixed as in real reports —
/// long background paragraphs, quotes, statements made abroad (foreign cities, organisations),
/// humanitarian notes, more event sentences (about one event-bearing sentence per kilobyte) and,
/// now and then, a monitor's list of villages. Every sentence comes from our own templates filled
/// with Syrian place names and foreign cities read from the committed gazetteer
/// (`Gazetteer/places.tsv`), actors, weekdays and numbers. The same seed gives the same corpus.
struct SyntheticCorpus {
    /// SplitMix64: small, fast and reproducible.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ a: [T]) -> T { a[Int(next() % UInt64(a.count))] }
        mutating func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(next() % UInt64(r.count)) }
    }

    /// The kinds of paragraph an article is made of, with how often each is drawn (out of 100).
    enum Paragraph: CaseIterable {
        case event, background, quote, abroad, humanitarian, list

        var weight: Int {
            switch self {
            case .event: return 15
            case .background: return 40
            case .quote: return 15
            case .abroad: return 15
            case .humanitarian: return 12
            case .list: return 3
            }
        }
    }

    // Our own sentence templates. Slots: {town} {town2} {gov} {actor} {actor2} {weekday} {when}
    // {n} {nw} (a number in words) {foreign} {official} {month} {year}.
    static let eventTemplates = [
        "Government forces shelled the town of {town} on {weekday}, killing {n} civilians, a monitoring group said.",
        "Clashes broke out {when} between {actor} and {actor2} on the outskirts of {town} in {gov} province.",
        "Air strikes hit a market in {town} {when}, and rescue workers said {n} people were killed.",
        "{actor} captured the village of {town} after {nw} days of fighting, state media reported.",
        "A car bomb exploded near a checkpoint in {town} {when}, killing {nw} people and wounding {n}, according to local activists.",
        "Mortar rounds fell on residential areas of {town} {when}, the state news agency said.",
        "At least {n} fighters from {actor} died when a landmine went off near {town} on {weekday}.",
        "Warplanes carried out raids on {town} and {town2} in the {gov} countryside {when}.",
        "Gunmen abducted a teacher on the road between {town} and {town2} on {weekday}, a relative said.",
        "Hundreds of people protested in the main square of {town} on {weekday} to demand the release of detainees.",
        "{actor} retook {town} on {weekday} after {actor2} withdrew from the area, a military source said.",
        "Heavy fighting raged {when} around {town}, where {actor} tried to cut a supply road.",
        "A suicide bomber blew himself up at the entrance of {town} on {weekday}, killing {nw} guards.",
        "Rockets struck the centre of {town} {when}, damaging a school and a bakery.",
    ]
    static let backgroundTemplates = [
        "The conflict, now in its {nw}th year, has drawn in regional and world powers and left much of the country in ruins.",
        "The province of {gov} has changed hands several times since the uprising began in {year}, and its farmland has been largely abandoned.",
        "Before the war, {town} was known for its olive groves and a weekly livestock market that drew traders from across the region.",
        "Analysts say control of the highway that links {town} with {town2} matters more to both sides than any single village.",
        "Electricity in much of {gov} comes from private generators, and fuel prices have more than doubled over the past year.",
        "The front lines in the area have barely moved for months, though both sides regularly accuse each other of violations.",
        "Many families in {town} depend on remittances from relatives who settled in {foreign} or in the Gulf.",
        "The road from {town} to {town2} was reopened to traffic in the spring after engineers repaired two bridges.",
        "Schools in {gov} follow two different curricula depending on who controls the district, teachers say.",
        "Most of the people now living in {town} arrived from other parts of the country, and rents have risen sharply.",
        "The river plain south of {town} was once one of the most productive wheat areas of the north.",
        "Local councils in {gov} collect their own taxes and run bakeries, water stations and clinics.",
        "The old souk of {town2} was restored with money from a European foundation before the uprising.",
        "Prices for bread and cooking gas in {town} have been set by the local council since {month}.",
    ]
    static let quoteTemplates = [
        "\"We sleep in our clothes because we never know when we will have to leave,\" said Umm Khaled, a mother of {nw} in {town}.",
        "\"Nobody tells us anything, we learn the news from our phones like everyone else,\" a shopkeeper in {town} told the agency.",
        "\"The situation is calm for now, but people are worried about what comes next,\" said a council member in {town2}.",
        "\"Our priority is to get flour and medicine into the area before the winter,\" said {official}.",
        "A doctor at the hospital in {town} said by telephone that staff were working double shifts.",
        "\"The roads are open again and the trucks are moving, which is what matters,\" a driver in {town} said.",
    ]
    static let abroadTemplates = [
        "Speaking in {foreign} on {weekday}, {official} called on all parties to return to the negotiating table.",
        "Diplomats meeting in {foreign} discussed a plan for local ceasefires but reached no agreement on the text.",
        "The foreign minister flew to {foreign} for talks on refugees and reconstruction, his office said.",
        "A delegation from {foreign} is expected to visit the region next month, according to officials there.",
        "Officials in {foreign} said they had received more than {n},000 asylum requests from Syrians this year.",
        "The envoy told reporters in {foreign} that humanitarian access remained the most urgent issue.",
    ]
    static let humanitarianTemplates = [
        "Aid agencies said about {n},000 people were living in tents near {town}, many of them without clean water.",
        "A convoy of {n} trucks carrying food and medical supplies reached {town} on {weekday}, the Red Crescent said.",
        "The World Food Programme said it had distributed rations to families in {town} and {town2} in {month}.",
        "Vaccination teams reached children in {nw} villages of the {gov} countryside last month, a health official said.",
    ]
    static let actors = ["government forces", "rebels", "Hayat Tahrir al-Sham", "the SDF", "Islamic State fighters",
                         "Turkish-backed factions", "Russian warplanes", "the Syrian army", "Kurdish units", "Hezbollah fighters"]
    static let officials = ["the UN special envoy", "a spokesman for the UN refugee agency", "a senior US diplomat",
                            "the Russian deputy foreign minister", "a Turkish government spokesman", "the EU foreign policy chief"]
    static let whens = ["on Monday", "on Tuesday", "yesterday", "earlier in the day", "overnight", "late on Friday", "this morning"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let numberWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen"]
    static let datelines = ["DAMASCUS", "BEIRUT", "ALEPPO", "AMMAN", "ISTANBUL", "HOMS", "IDLIB"]
    /// Where statements abroad are made (those the gazetteer holds are used).
    static let capitals = ["Geneva", "Moscow", "Washington", "Ankara", "Istanbul", "Beirut", "Amman", "Paris", "London",
                           "Brussels", "Vienna", "Astana", "Sochi", "Tehran", "Riyadh", "Doha", "Cairo", "Berlin",
                           "Baghdad", "Gaziantep", "Erbil", "Abu Dhabi"]

    let towns: [String]
    let governorates: [String]
    let foreignCities: [String]

    /// Loads Syrian place names and the foreign capitals above from the committed gazetteer.
    init() throws {
        guard let url = DataDirectory.file("places.tsv") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Gazetteer/places.tsv"])
        }
        var towns: [String] = [], govs: [String] = [], foreign: [String] = []
        let capitals = Set(Self.capitals)
        let text = try String(contentsOf: url, encoding: .utf8)
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count > 6 else { continue }
            let name = String(f[1])
            guard name.utf8.allSatisfy({ $0 < 0x80 }), name.count > 3 else { continue }
            if f[6] == "SY" {
                if f[4] == "governorate" { govs.append(name) } else { towns.append(name) }
            } else if f[4] == "foreign_city", capitals.contains(name), !foreign.contains(name) {
                foreign.append(name)
            }
        }
        self.towns = towns
        self.governorates = govs.isEmpty ? ["Idlib", "Aleppo"] : govs
        self.foreignCities = foreign.isEmpty ? ["Geneva"] : foreign
    }

    /// A template with its slots filled.
    private func fill(_ template: String, _ r: inout Random, town: String) -> String {
        var out = ""
        out.reserveCapacity(template.utf8.count + 40)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let close = rest[open...].firstIndex(of: "}")!
            switch rest[rest.index(after: open)..<close] {
            case "town": out += r.int(0...2) == 0 ? town : r.pick(towns)
            case "town2": out += r.pick(towns)
            case "gov": out += r.pick(governorates)
            case "actor": out += r.pick(Self.actors)
            case "actor2": out += r.pick(Self.actors)
            case "weekday": out += r.pick(Self.weekdays)
            case "when": out += r.pick(Self.whens)
            case "n": out += String(r.int(2...60))
            case "nw": out += r.pick(Self.numberWords)
            case "foreign": out += r.pick(foreignCities)
            case "official": out += r.pick(Self.officials)
            case "month": out += r.pick(Self.months)
            case "year": out += String(r.int(2011...2013))
            default: out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        if let f = out.first, f.isLowercase { out = f.uppercased() + out.dropFirst() }
        return out
    }

    private func paragraph(_ kind: Paragraph, _ r: inout Random, town: String) -> String {
        func sentences(_ templates: [String], _ count: ClosedRange<Int>) -> String {
            (0..<r.int(count)).map { _ in fill(r.pick(templates), &r, town: town) }.joined(separator: " ")
        }
        switch kind {
        case .event:
            return fill(r.pick(Self.eventTemplates), &r, town: town)
                + (r.int(0...1) == 0 ? " " + fill(r.pick(Self.backgroundTemplates), &r, town: town) : "")
        case .background: return sentences(Self.backgroundTemplates, 2...4)
        case .quote: return sentences(Self.quoteTemplates, 1...2)
        case .abroad: return sentences(Self.abroadTemplates, 1...3)
        case .humanitarian: return sentences(Self.humanitarianTemplates, 1...2)
        case .list:
            // a monitor's list of villages hit, one per line
            let lead = "The monitor said {actor} shelled the following villages in the {gov} countryside on {weekday}:"
            var s = fill(lead, &r, town: town)
            for _ in 0..<r.int(3...6) { s += "\n- " + r.pick(towns) }
            return s
        }
    }

    /// One article of about `size` bytes of text, published on `day`.
    func article(_ r: inout Random, id: Int, size: Int) -> (id: String, title: String, published: String, text: String) {
        let day = Day(ordinal: Day(year: 2012, month: 1, day: 1)!.ordinal + r.int(0...2900))
        let town = r.pick(towns)
        let title = "Fighting reported near \(town)"
        var text = title + "\n\n"
        text += "\(r.pick(Self.datelines)), \(Self.months[day.month - 1]) \(day.day) (Synthetic Wire) — "
        text += fill(r.pick(Self.eventTemplates), &r, town: town) + "\n\n"
        let total = Paragraph.allCases.reduce(0) { $0 + $1.weight }
        while text.utf8.count < size {
            var roll = r.int(0...(total - 1))
            var kind = Paragraph.event
            for k in Paragraph.allCases {
                if roll < k.weight { kind = k; break }
                roll -= k.weight
            }
            text += paragraph(kind, &r, town: town) + "\n\n"
        }
        return ("synthetic-\(id)", title, day.description, text)
    }

    /// Writes at least `megabytes` MB of articles as JSON Lines files of about 4 MB each into `folder`.
    /// - Returns: the files and the total article text bytes.
    func write(megabytes: Int, into folder: URL, seed: UInt64 = 42) throws -> (files: [String], textBytes: Int) {
        var r = Random(state: seed)
        var files: [String] = []
        var total = 0
        var id = 0
        let target = megabytes * 1_000_000
        while total < target {
            var chunk = ""
            while chunk.utf8.count < 4_000_000 && total < target {
                let a = article(&r, id: id, size: r.int(1500...6000))
                id += 1
                total += a.text.utf8.count
                let record: [String: String] = ["id": a.id, "title": a.title, "source": "Synthetic Wire",
                                                "published": a.published, "url": "", "text": a.text]
                let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
                chunk += String(decoding: data, as: UTF8.self) + "\n"
            }
            let f = folder.appendingPathComponent(String(format: "corpus-%04d.jsonl", files.count))
            try chunk.write(to: f, atomically: false, encoding: .utf8)
            files.append(f.path)
        }
        return (files, total)
    }
}
