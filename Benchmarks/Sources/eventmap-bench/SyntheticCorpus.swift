import EventModel
import Foundation

/// A deterministic generator of article-like text for the extraction benchmark.
///
/// Articles are JSON Lines records (`id`, `title`, `source`, `published`, `text`) built from our own
/// sentence templates filled with Syrian place names read from the committed gazetteer
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

    static let templates = [
        "Government forces shelled the town of {town} on {weekday}, killing {n} civilians, a monitor said.",
        "Clashes broke out overnight between {actor} and {actor2} on the outskirts of {town} in {gov} province.",
        "Air strikes hit a market in {town} {when}, and rescuers said {n} people were killed.",
        "{actor} captured the village of {town} after {n} days of fighting, state media reported.",
        "A car bomb exploded near a checkpoint in {town}, wounding {n} people, according to local activists.",
        "Residents of {town} fled towards {town2} as the shelling intensified since {weekday}.",
        "The group said its fighters withdrew from {town} and took up new positions in the {gov} countryside.",
        "Officials in {town2} announced a local truce covering {town} and the surrounding farms.",
        "Protesters gathered in the main square of {town} on {weekday} to demand the release of detainees.",
        "Gunmen abducted a teacher on the road between {town} and {town2}, a relative said.",
        "Talks on the evacuation of wounded fighters from {town} continued without result, a mediator said.",
        "Mortar rounds fell on residential areas of {town} {when}, the state news agency said.",
        "Weather in {gov} was mild and markets reopened in {town} as traders returned.",
        "A spokesman for {actor} told reporters that the situation around {town} remained tense.",
        "At least {n} fighters from {actor} died when a landmine went off near {town}.",
    ]
    static let actors = ["government forces", "rebels", "Hayat Tahrir al-Sham", "the SDF", "Islamic State fighters",
                         "Turkish-backed factions", "Russian warplanes", "the Syrian army", "Kurdish units"]
    static let whens = ["on Monday", "on Tuesday", "yesterday", "earlier in the day", "overnight", "late on Friday", "this morning"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    let towns: [String]
    let governorates: [String]

    /// Loads Syrian place names from the committed gazetteer.
    init() throws {
        guard let url = DataDirectory.file("places.tsv") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Gazetteer/places.tsv"])
        }
        var towns: [String] = [], govs: [String] = []
        let text = try String(contentsOf: url, encoding: .utf8)
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count > 6, f[6] == "SY" else { continue }
            let name = String(f[1])
            guard name.utf8.allSatisfy({ $0 < 0x80 }), name.count > 3 else { continue }
            if f[4] == "governorate" { govs.append(name) } else { towns.append(name) }
        }
        self.towns = towns
        self.governorates = govs.isEmpty ? ["Idlib", "Aleppo"] : govs
    }

    /// One article of about `size` bytes of text.
    func article(_ r: inout Random, id: Int, size: Int) -> (id: String, title: String, published: String, text: String) {
        var text = ""
        let town = r.pick(towns)
        let title = "Fighting reported near \(town)"
        text += title + "\n\n"
        while text.utf8.count < size {
            var s = r.pick(Self.templates)
            s = s.replacingOccurrences(of: "{town2}", with: r.pick(towns))
            s = s.replacingOccurrences(of: "{town}", with: r.int(0...3) == 0 ? town : r.pick(towns))
            s = s.replacingOccurrences(of: "{gov}", with: r.pick(governorates))
            s = s.replacingOccurrences(of: "{actor2}", with: r.pick(Self.actors))
            s = s.replacingOccurrences(of: "{actor}", with: r.pick(Self.actors))
            s = s.replacingOccurrences(of: "{weekday}", with: r.pick(Self.weekdays))
            s = s.replacingOccurrences(of: "{when}", with: r.pick(Self.whens))
            s = s.replacingOccurrences(of: "{n}", with: String(r.int(1...60)))
            if let f = s.first { s = f.uppercased() + s.dropFirst() }
            text += s + (r.int(0...2) == 0 ? "\n\n" : " ")
        }
        let day = Day(ordinal: Day(year: 2012, month: 1, day: 1)!.ordinal + r.int(0...2900))
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
