import EventModel
import Gazetteer

/// Finds the place names of one article: the gazetteer's scan, then patterns for names it lacks.
struct PlaceFinder {
    let gazetteer: Gazetteer

    private static let placeNouns = WordSet(["town", "village", "city", "district", "neighbourhood",
        "neighborhood", "suburb", "towns", "villages", "cities", "districts", "neighbourhoods", "neighborhoods",
        "suburbs", "area", "hamlet", "camp", "locality", "quarter", "hamlets", "localities", "areas"].map { WordHash.of($0) })
    private static let particles = WordSet(["al", "el", "ad", "ash", "as", "ar", "az", "an", "at", "ath",
        "adh", "bin", "ibn", "abu", "bani", "beni", "de", "des", "der", "ez", "es", "ul"].map { WordHash.of($0) })
    private static let notNames = WordSet(["january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "the", "a", "an", "and", "syria", "syrian", "this", "that", "its", "his", "her",
        "their", "it", "he", "she", "they", "we", "i", "in", "on", "at", "but", "as", "islamic", "state", "observatory",
        "government", "army", "rebels", "russian", "turkish", "kurdish", "president", "un", "us", "sana", "afp",
        "reuters", "ap", "xinhua", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "hts", "isil", "isis", "sdf", "ypg", "fsa", "nusra", "free", "old"].map { WordHash.of($0) })
    /// "the Turkish border town of X": a foreign place the gazetteer may lack.
    private static let foreignDemonyms = WordSet(["turkish", "lebanese", "iraqi", "jordanian", "israeli",
        "iranian", "russian", "egyptian", "saudi", "kurdish-iraqi", "european", "american"].map { WordHash.of($0) })
    private static let movers = WordSet(["fled", "flee", "fleeing", "headed", "heading", "retreated",
        "withdrew", "escaped", "moved", "bussed", "evacuated", "sent"].map { WordHash.of($0) })
    private static let origin: [[UInt64]] = [["coming", "from"], ["came", "from"], ["come", "from"], ["hailing", "from"],
        ["arriving", "from"], ["originally", "from"], ["native", "of"], ["natives", "of"], ["travelling", "from"],
        ["traveling", "from"], ["hails", "from"]].map { $0.map { WordHash.of($0) } }
    private static let residents = WordSet(["resident", "residents", "native", "natives", "man", "men", "woman",
        "women", "mother", "mothers", "father", "fathers", "family", "families", "boy", "girl", "doctor", "doctors",
        "teacher", "farmer", "activist", "activists", "journalist", "refugee", "refugees", "grandmother", "grandfather",
        "shopkeeper", "pharmacist", "elder", "elders", "student", "students", "engineer", "nurse", "survivor",
        "survivors", "correspondent", "official", "officials", "commander", "spokesman", "worker", "workers"].map { WordHash.of($0) })
    private static let onePerson = WordSet(["resident", "native", "man", "woman", "mother", "father", "boy",
        "girl", "doctor", "teacher", "farmer", "activist", "journalist", "refugee", "grandmother", "grandfather",
        "shopkeeper", "pharmacist", "elder", "student", "engineer", "nurse", "survivor", "correspondent", "official",
        "commander", "spokesman", "worker"].map { WordHash.of($0) })
    /// Verbs of a move or a shot that starts somewhere: "advanced from X", "fired from X".
    private static let departures = WordSet(["advanced", "advancing", "advance", "entered", "entering",
        "fired", "launched", "launching", "pushed", "pushing", "moved", "moving", "attacked", "infiltrated",
        "crossed"].map { WordHash.of($0) })
    private static let from = WordHash.of("from")
    private static let homeOrigins = WordSet(["originally", "native", "natives", "hailing", "hails"].map { WordHash.of($0) })
    private static let originEnds = WordSet(origin.map { $0.last! })
    private static let between = WordHash.of("between")
    private static let listWords = WordSet(["the", "of", "and", "nearby", "neighbouring", "neighboring",
        "nearest", "two", "three", "several"].map { WordHash.of($0) })
    private static let to = WordHash.of("to"), towards = WordHash.of("towards"), toward = WordHash.of("toward"),
        of = WordHash.of("of"), and = WordHash.of("and"), the = WordHash.of("the"), way = WordHash.of("way")

    /// Every place name in the article, in text order, without overlaps.
    func find(in a: AnalysedText, text: String) -> [FoundPlace] {
        var found: [FoundPlace] = []
        // the last 20 Syrian places resolved, kept as one array (passed on without copying)
        var recentSyrian: [Place] = []
        let matches = gazetteer.scan(text)
        for m in matches {
            if isNoise(m, a) { continue }
            var res: Resolution
            let syrian = m.candidates.firstIndex { $0.isSyrian }
            let oneSyrian = syrian.map { i in !m.candidates[(i + 1)...].contains { $0.isSyrian } } ?? false
            if m.candidates.count == 1 || (oneSyrian && m.candidates[syrian!].kind != .governorate) {
                // one entry, or one Syrian entry in a report about Syria: nothing to choose (nearness
                // cues are read by the event code)
                let only = m.candidates[syrian ?? 0]
                res = Resolution(place: only, kind: m.kind, geoPrecision: only.kind.isArea ? .region : .exact)
            } else {
                // the words around the name carry the cues (the whole sentence costs more to read);
                // the article's places (all Syrian) only weigh Syrian candidates
                let s = a.cueContext(around: m.range)
                let near = syrian == nil ? [] : recentSyrian
                res = gazetteer.disambiguate(m, context: GeocodeContext(sentence: s, articlePlaces: near))
            }
            // an ambiguous name with a Syrian reading takes it in reports about Syria
            if !res.place.isSyrian, res.place.kind != .country, let syrian = m.candidates.first(where: { $0.isSyrian }) {
                res = Resolution(place: syrian, kind: res.kind, geoPrecision: syrian.kind.isArea ? .region : .exact)
            }
            if res.place.isSyrian {
                if recentSyrian.count == 20 { recentSyrian.removeFirst() }
                recentSyrian.append(res.place)
            }
            let t0 = a.tokenIndex(atOrAfter: m.range.lowerBound)
            let t1 = a.tokenIndex(atOrAfter: m.range.upperBound)
            found.append(FoundPlace(mention: m.text, bytes: m.range, tokens: t0..<max(t1, t0 + 1),
                                    resolution: res, matchedBy: res.kind.label))
        }
        // a foreign city listed among Syrian towns ("Saraqeb, Binnish and Al-Zir") is a Syrian name
        // the gazetteer lacks
        for k in found.indices where found[k].place?.kind == .foreignCity {
            let neighbours = [k - 1, k + 1].filter { found.indices.contains($0) }
            if neighbours.contains(where: { n in
                // (not beside a governorate's capital: "Moscow and Damascus denied" names governments)
                guard let p = found[n].place, p.isSyrian, !p.kind.isArea, gazetteer.governorate(named: found[n].mention) == nil else { return false }
                let (x, y) = n < k ? (found[n], found[k]) : (found[k], found[n])
                let between = y.tokens.lowerBound - x.tokens.upperBound
                return between <= 1 && (between == 0 || a.tokens[x.tokens.upperBound].hash == Self.and)
                    && (between == 1 || a.gap(x.tokens.upperBound - 1, y.tokens.lowerBound).contains(0x2C))
            }) {
                found[k].resolution = nil
                found[k].matchedBy = MatchKind.pattern.label
            }
        }
        // a cue ("the village of X") makes X Syrian: it replaces a foreign reading of part of it
        let patterns = patternPlaces(a, known: found)
        found.removeAll { f in
            (f.place.map { !$0.isSyrian && $0.kind != .country } ?? false)
                && patterns.contains { $0.bytes.overlaps(f.bytes) }
                // "the towns of Zamalka and Ain Tarma": the whole name, not its first word "Ain"
                || patterns.contains { $0.bytes.count > f.bytes.count && $0.bytes.lowerBound <= f.bytes.lowerBound && f.bytes.upperBound <= $0.bytes.upperBound }
        }
        found += patterns
        found.sort { $0.bytes.lowerBound < $1.bytes.lowerBound }
        for i in found.indices { mark(&found[i], a) }
        return found
    }

    private static let commonWords: Set<String> = ["no", "but", "mr", "mrs", "nw", "ne", "sw", "se", "old", "new", "all",
        "one", "two", "more", "most", "some", "said", "says", "dr", "un", "eu", "us", "uk", "tv", "ms", "st"]
    /// ``commonWords`` as ``packedLowercase(_:)`` keys (they are ASCII and at most four bytes long).
    private static let commonWordKeys: Set<UInt64> = Set(commonWords.map { packedLowercase(Array($0.utf8)[...]) })
    private static let particlePrefixes: [[UInt8]] = ["al-", "el-", "ad-", "as-", "ash-", "ar-", "az-", "an-"].map { Array($0.utf8) }

    /// Up to seven ASCII bytes, lowercased, packed into one integer with their count (exact: no hashing).
    private static func packedLowercase(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var k = UInt64(bytes.count)
        for b in bytes.prefix(7) { k = k << 8 | UInt64(b >= 65 && b <= 90 ? b | 0x20 : b) }
        return k
    }
    private static let particleWords = WordSet(["al", "el", "ad", "as", "ash", "ar", "az", "an"].map { WordHash.of($0) })
    private static let outletWords = WordSet(["newspaper", "daily", "agency", "channel", "tv", "television",
        "radio", "website", "magazine", "broadcaster"].map { WordHash.of($0) })
    private static let nameCues = WordSet(["eastern", "western", "northern", "southern", "rural", "greater",
        "upper", "lower", "old", "new", "central", "the", "in", "of", "at", "from", "to", "and", "near", "north",
        "south", "east", "west"].map { WordHash.of($0) })

    /// Scan hits that are not places: short common words ("No", "But", "Mr"), the family part of
    /// a person's name ("Moaz al-Khatib"), and newspaper names ("the newspaper Al-Thawra").
    private func isNoise(_ m: NameMatch, _ a: AnalysedText) -> Bool {
        // the name's bytes are the article's (the scan ran over the same text)
        let name = a.bytes[m.range]
        let ascii = name.allSatisfy { $0 < 0x80 }
        let letters = ascii ? name.count(where: { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }) : m.text.filter(\.isLetter).count
        if letters <= 2 { return true }
        if name.count <= 4 {
            let common = ascii ? Self.commonWordKeys.contains(Self.packedLowercase(name)) : Self.commonWords.contains(m.text.lowercased())
            if common { return true }
        }
        let t = a.tokenIndex(atOrAfter: m.range.lowerBound)
        guard t > 0 else { return false }
        let prev = a.tokens[t - 1]
        if Self.outletWords.contains(prev.hash) { return true }
        let startsWithParticle = ascii
            ? Self.particlePrefixes.contains { p in name.count >= p.count && zip(name, p).allSatisfy { ($0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0) == $1 } }
            : Self.particlePrefixes.contains { m.text.lowercased().hasPrefix(String(decoding: $0, as: UTF8.self)) }
        if startsWithParticle, prev.isCapitalised, !Self.nameCues.contains(prev.hash),
           a.gap(t - 1, t).elementsEqual([0x20]) { return true }
        if t >= 2, Self.particleWords.contains(prev.hash), a.gap(t - 1, t).elementsEqual([0x2D]),
           a.tokens[t - 2].isCapitalised, !Self.nameCues.contains(a.tokens[t - 2].hash),
           a.gap(t - 2, t - 1).elementsEqual([0x20]) { return true }
        return false
    }

    /// Names after "the town/village/district of" and names listed beside a known Syrian place.
    private func patternPlaces(_ a: AnalysedText, known: [FoundPlace]) -> [FoundPlace] {
        var taken = IndexSetLite(count: a.tokens.count)
        for k in known where k.place.map({ $0.isSyrian || $0.kind == .country }) ?? true { taken.insert(k.tokens) }
        var out: [FoundPlace] = []
        /// A cue-led name may hold a shorter known name that starts it ("Ain" in "Ain Tarma").
        func supersedes(_ r: Range<Int>) -> Bool {
            guard let k = known.first(where: { $0.tokens.overlaps(r) }), k.tokens.lowerBound == r.lowerBound,
                  k.tokens.upperBound < r.upperBound else { return false }
            // a foreign reading of a later part ("Tarma" in "Ain Tarma") gives way too
            return !known.contains { $0.tokens.overlaps(r) && $0.tokens.upperBound > k.tokens.upperBound
                    && ($0.place.map { $0.isSyrian || $0.kind == .country } ?? true) }
                && !out.contains { $0.tokens.overlaps(r) }
        }
        func add(_ r: Range<Int>, cued: Bool = false) {
            guard !taken.intersects(r) || (cued && supersedes(r)) else { return }
            taken.insert(r)
            let bytes = a.tokens[r.lowerBound].start..<a.tokens[r.upperBound - 1].end
            let written = a.text(bytes)
            var res = gazetteer.resolve(written)
            if let r0 = res, !r0.place.isSyrian { res = nil }
            out.append(FoundPlace(mention: written, bytes: bytes, tokens: r, resolution: res,
                                  matchedBy: res?.kind.label ?? MatchKind.pattern.label))
        }
        // "the town of X", "the towns of X and Y"
        for s in a.sentences {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound - 2 {
                if Self.placeNouns.contains(a.tokens[i].hash), a.tokens[i + 1].hash == Self.of,
                   !(max(s.tokens.lowerBound, i - 3)..<i).contains(where: { Self.foreignDemonyms.contains(a.tokens[$0].hash) }) {
                    var j = i + 2
                    while let name = nameRun(a, from: j, end: s.tokens.upperBound) {
                        add(name, cued: true)
                        j = name.upperBound
                        // ", Y" or "and Y"
                        if j < s.tokens.upperBound, a.tokens[j].hash == Self.and { j += 1; continue }
                        if j < s.tokens.upperBound, a.gap(j - 1, j).contains(0x2C) { continue }
                        break
                    }
                    i = max(i + 1, j)
                    continue
                }
                // "the Akrama neighbourhood", "the Mishlab district"
                // ("the rebel-held Deraa al-Balad district": over a hyphenated adjective)
                var first = i + 1
                if first + 2 < s.tokens.upperBound, !a.tokens[first].isCapitalised, !a.tokens[first + 1].isCapitalised,
                   a.gap(first, first + 1).elementsEqual([0x2D]) { first += 2 }
                if a.tokens[i].hash == Self.the, let name = nameRun(a, from: first, end: s.tokens.upperBound),
                   name.upperBound < s.tokens.upperBound, Self.quarterNouns.contains(a.tokens[name.upperBound].hash)
                    || Self.isLandmark(a, at: name.upperBound, end: s.tokens.upperBound) {
                    add(name, cued: true)
                    i = name.upperBound
                    continue
                }
                // "the Bab Touma and Abbasiyin neighbourhoods of Damascus"
                if a.tokens[i].hash == Self.the, let name = nameRun(a, from: first, end: s.tokens.upperBound),
                   name.upperBound + 1 < s.tokens.upperBound, a.tokens[name.upperBound].hash == Self.and,
                   let second = nameRun(a, from: name.upperBound + 1, end: s.tokens.upperBound),
                   second.upperBound < s.tokens.upperBound, Self.quarterNouns.contains(a.tokens[second.upperBound].hash) {
                    add(name, cued: true)
                    add(second, cued: true)
                    i = second.upperBound
                    continue
                }
                // "al-Rashidin, a rebel-held transit point": a name described as a place
                if (a.tokens[i].hash == Self.aW || a.tokens[i].hash == Self.anW), i > s.tokens.lowerBound,
                   a.gap(i - 1, i).contains(0x2C), let name = nameEnding(a, at: i - 1, start: s.tokens.lowerBound),
                   ((i + 1)..<min(s.tokens.upperBound, i + 5)).contains(where: { Self.appositives.contains(a.tokens[$0].hash) }) {
                    var j = i + 1
                    while j < s.tokens.upperBound, !Self.appositives.contains(a.tokens[j].hash), !a.tokens[j].isCapitalised { j += 1 }
                    if j < s.tokens.upperBound, Self.appositives.contains(a.tokens[j].hash) { add(name, cued: true) }
                }
                // "a hilltop known as Observation Post 45": a named position, with its number
                if a.tokens[i].hash == Self.known, i + 2 < s.tokens.upperBound, a.tokens[i + 1].hash == Self.asW,
                   (max(s.tokens.lowerBound, i - 3)..<i).contains(where: { Self.positionNouns.contains(a.tokens[$0].hash) }),
                   var name = nameRun(a, from: i + 2, end: s.tokens.upperBound) {
                    if name.upperBound < s.tokens.upperBound, a.tokens[name.upperBound].isNumber,
                       a.gap(name.upperBound - 1, name.upperBound).elementsEqual([0x20]) { name = name.lowerBound..<(name.upperBound + 1) }
                    add(name, cued: true)
                    i = name.upperBound
                    continue
                }
                i += 1
            }
        }
        // "- Hamouria: 21 civilians ...": the heads of a bulleted list whose other heads are Syrian places
        var heads: [Range<Int>] = []
        var knownHead = false
        for s in a.sentences where !s.tokens.isEmpty {
            let t0 = s.tokens.lowerBound
            var b = a.tokens[t0].start - 1
            var bullet = false
            while b >= 0, Self.bulletBytes.contains(a.bytes[b]) {
                if a.bytes[b] != 0x20 { bullet = true }
                b -= 1
            }
            guard bullet, b < 0 || a.bytes[b] == 0x0A, let name = nameRun(a, from: t0, end: s.tokens.upperBound),
                  name.upperBound < s.tokens.upperBound, a.gap(name.upperBound - 1, name.upperBound).first == 0x3A else { continue }
            if known.contains(where: { $0.tokens == name && ($0.place?.isSyrian ?? false) }) { knownHead = true } else { heads.append(name) }
        }
        if knownHead { for h in heads { add(h, cued: true) } }
        // lists beside a known Syrian town: "Busayra, X and Y"
        let syrianSpots = known.filter { ($0.place.map { $0.isSyrian && !$0.kind.isArea } ?? false) }
        for k in syrianSpots {
            // forwards
            var j = k.tokens.upperBound
            while j < a.tokens.count - 1 {
                let sepIsComma = a.gap(j - 1, j).contains(0x2C)
                var start = j
                if a.tokens[j].hash == Self.and { start = j + 1 } else if !sepIsComma { break }
                guard let name = nameRun(a, from: start, end: min(a.tokens.count, start + 5)) else { break }
                add(name)
                j = name.upperBound
                if a.tokens[start - 1].hash == Self.and { break }
            }
        }
        return out
    }

    private static let quarterNouns = WordSet(["neighbourhood", "neighborhood", "district", "quarter",
        "neighbourhoods", "neighborhoods", "districts", "quarters"].map { WordHash.of($0) })
    /// "X, a besieged town", "X, a transit point": nouns that say the name before is a place.
    private static let appositives = WordSet(["town", "village", "city", "district", "neighbourhood",
        "neighborhood", "suburb", "camp", "point", "hub", "crossing", "hamlet", "locality", "quarter"].map { WordHash.of($0) })
    private static let aW = WordHash.of("a"), anW = WordHash.of("an")
    /// Bytes that may stand before a list line's first word: spaces, "-", "*" and "•" (E2 80 A2).
    private static let bulletBytes: Set<UInt8> = [0x20, 0x2D, 0x2A, 0xE2, 0x80, 0xA2]

    /// The name that ends at token `k`: capitalised words and particles joined by single spaces
    /// or hyphens, back to its first word.
    private func nameEnding(_ a: AnalysedText, at k: Int, start: Int) -> Range<Int>? {
        guard a.tokens[k].isCapitalised, !Self.notNames.contains(a.tokens[k].hash) else { return nil }
        var b = k
        while b > start {
            let g = a.gap(b - 1, b)
            guard g.count == 1, g.first == 0x20 || g.first == 0x2D else { break }
            let t = a.tokens[b - 1]
            // (a particle only joined by a hyphen: "al-Rashidin", not "at al-Rashidin")
            guard (t.isCapitalised && !Self.notNames.contains(t.hash)) || (Self.particles.contains(t.hash) && g.first == 0x2D) else { break }
            b -= 1
        }
        return b..<(k + 1)
    }
    /// "the Safa hills", "the Nassib crossing", "the Tabqa airport": a named landmark.
    private static let landmarkNouns = WordSet(["hills", "hill", "mountains", "mountain", "airport", "airbase",
        "crossing", "dam", "plain", "valley", "heights", "plateau"].map { WordHash.of($0) })
    /// The first word of a two-word landmark noun and its second: "air base", "border crossing".
    private static let landmarkPairs: [(UInt64, UInt64)] = [("air", "base"), ("military", "airport"), ("border", "crossing"),
        ("military", "base"), ("oil", "field"), ("gas", "field")].map { (WordHash.of($0.0), WordHash.of($0.1)) }
    /// Nouns for a position that may be given a name ("a hilltop known as ...").
    private static let positionNouns = WordSet(["hilltop", "hill", "position", "post", "base", "area",
        "mountain", "village", "site", "checkpoint", "camp", "outpost"].map { WordHash.of($0) })
    private static let known = WordHash.of("known"), asW = WordHash.of("as")

    /// Whether a landmark noun ("hills", "air base") starts at token `k`.
    private static func isLandmark(_ a: AnalysedText, at k: Int, end: Int) -> Bool {
        let h = a.tokens[k].hash
        if landmarkNouns.contains(h) { return true }
        return k + 1 < end && landmarkPairs.contains { $0.0 == h && $0.1 == a.tokens[k + 1].hash }
    }

    /// Whether a word is a name particle ("al", "el", "abu").
    static func isParticle(_ h: UInt64) -> Bool { particles.contains(h) }

    /// A run of capitalised words (with particles such as "al-") starting at `i`.
    private func nameRun(_ a: AnalysedText, from i: Int, end: Int) -> Range<Int>? {
        var j = i
        if j < end, a.tokens[j].hash == Self.the { return nil }
        while j < end {
            let t = a.tokens[j]
            let isParticle = Self.particles.contains(t.hash) && j + 1 < end && a.gap(j, j + 1) == [0x2D][...]
            if isParticle { j += 1; continue }
            let b0 = a.bytes[t.start]
            let capital = (b0 >= 65 && b0 <= 90) || (b0 >= 0xD8 && b0 <= 0xDB)  // Latin capital or Arabic letter
            guard capital, !t.isNumber, !Self.notNames.contains(t.hash) else { break }
            j += 1
            // "Ma'ar Shamsheh", "Ma’arrat": an apostrophe inside a name joins its parts
            let g = j < end ? a.gap(j - 1, j) : []
            if j < end, g.elementsEqual([0x27]) || g.elementsEqual([0xE2, 0x80, 0x99]), a.tokens[j].end - a.tokens[j].start >= 2 {
                j += 1
                if j < end, a.gap(j - 1, j).elementsEqual([0x20]), a.tokens[j].isCapitalised { continue }
                break
            }
            // a name continues over a hyphen or a single space to another capitalised word
            if j < end, a.gap(j - 1, j).count == 1, a.gap(j - 1, j).first == 0x20 || a.gap(j - 1, j).first == 0x2D,
               a.tokens[j].isCapitalised || Self.particles.contains(a.tokens[j].hash) { continue }
            break
        }
        // do not end on a particle
        while j > i, Self.particles.contains(a.tokens[j - 1].hash), !a.tokens[j - 1].isCapitalised { j -= 1 }
        return j > i ? i..<j : nil
    }

    /// Sets the origin/destination flags from the words before the mention.
    private func mark(_ f: inout FoundPlace, _ a: AnalysedText) {
        let t = f.tokens.lowerBound
        // every origin phrase ends in "from" or "of", within the four words before the name
        let originNear = (max(0, t - 4)..<t).contains { Self.originEnds.contains(a.tokens[$0].hash) }
        for pattern in Self.origin where originNear {
            for back in 0..<4 {
                let s = t - back - pattern.count
                guard s >= 0 else { break }
                if (0..<pattern.count).allSatisfy({ a.tokens[s + $0].hash == pattern[$0] }) {
                    f.isOrigin = true
                    // "a shopkeeper originally from X": a person's home, never where it happened
                    // ("a bus coming from X was hijacked" may well be coded there)
                    if Self.homeOrigins.contains(pattern[0]) { f.isGoal = true }
                }
            }
        }
        if t >= 1, a.tokens[t - 1].hash == Self.to || a.tokens[t - 1].hash == Self.towards || a.tokens[t - 1].hash == Self.toward {
            f.isDestination = true
            // "fled to X", "the route to X": X is where people or roads go, not where it happened
            if a.tokens[t - 1].hash == Self.to { f.isGoal = true }
            // "fled east towards X", "retreated toward X"
            if (max(0, t - 4)..<(t - 1)).contains(where: { Self.movers.contains(a.tokens[$0].hash) }) { f.isGoal = true }
        }
        if t >= 3, a.tokens[t - 1].hash == Self.to, a.tokens[t - 2].hash == Self.way { f.isDestination = true }
        // "the road between X and Y": a stretch between places, not either of them
        if t >= 1, a.tokens[t - 1].hash == Self.between { f.isGoal = true }
        if t >= 2, a.tokens[t - 1].hash == Self.and,
           let b = (max(0, t - 7)..<(t - 1)).last(where: { a.tokens[$0].hash == Self.between }),
           ((b + 1)..<(t - 1)).allSatisfy({ a.tokens[$0].isCapitalised || Self.particles.contains(a.tokens[$0].hash) }) {
            f.isGoal = true
        }
        // "a grandmother from X", "a local activist from X": where a person is from;
        // "advanced from the X area", "rockets fired from X": where a move or a shot started
        var f0 = t - 1
        if f0 >= 1, a.tokens[f0].hash == Self.the { f0 -= 1 }
        if f0 >= 1, a.tokens[f0].hash == Self.from {
            // one person ("families from X fled" keeps X: a flight starts where they live)
            let person = (max(0, f0 - 2)..<f0).contains { Self.onePerson.contains(a.tokens[$0].hash) }
            let mover = (max(0, f0 - 3)..<f0).contains { Self.departures.contains(a.tokens[$0].hash) }
            if person || mover { f.isOrigin = true; f.isGoal = true }
        }
        // "a Menbij resident", "Homs natives": where people are from
        // (", activists said" after a name is no "Saraqib activists")
        if f.tokens.upperBound < a.tokens.count, Self.residents.contains(a.tokens[f.tokens.upperBound].hash),
           a.gap(f.tokens.upperBound - 1, f.tokens.upperBound).elementsEqual([0x20]) {
            f.isOrigin = true
            f.isGoal = true
        }
        // "fled towards the nearby towns of X and Y": back over the list and its noun to the mover
        var k = t - 1
        while k > 0, k > t - 12, Self.listWords.contains(a.tokens[k].hash) || Self.placeNouns.contains(a.tokens[k].hash)
                || a.tokens[k].isCapitalised || Self.particles.contains(a.tokens[k].hash) {
            k -= 1
        }
        if k < t - 2, k >= 1, a.tokens[k].hash == Self.to || a.tokens[k].hash == Self.towards || a.tokens[k].hash == Self.toward,
           (max(0, k - 4)..<k).contains(where: { Self.movers.contains(a.tokens[$0].hash) }) {
            f.isDestination = true
            f.isGoal = true
        }
    }

}

/// A small bitset over token indices.
struct IndexSetLite {
    private var bits: [Bool]
    init(count: Int) { bits = Array(repeating: false, count: count) }
    mutating func insert(_ r: Range<Int>) { for i in r where i < bits.count { bits[i] = true } }
    func intersects(_ r: Range<Int>) -> Bool { r.contains { $0 < bits.count && bits[$0] } }
}
