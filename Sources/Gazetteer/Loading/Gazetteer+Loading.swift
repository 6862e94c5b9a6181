import EventModel
import Foundation

extension Gazetteer {
    /// Reads one gazetteer file, detecting its format from the first line.
    /// - Parameters:
    ///   - url: the file.
    ///   - uniqueIDs: the file's ids are known to be unique and it is the first file loaded
    ///     (the default data): entries are appended without the id index, built only when a
    ///     later file needs it.
    func load(_ url: URL, uniqueIDs: Bool = false) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw GazetteerError(path: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        let name = url.path
        appendOnly = uniqueIDs && places.isEmpty
        defer { appendOnly = false }
        if appendOnly { idsUnindexed = true }
        try data.withUnsafeBytes { raw in
            let p = raw.bindMemory(to: UInt8.self)
            var lines = LineReader(p)
            guard let first = lines.next() else {
                throw GazetteerError(path: name, reason: "empty file")
            }
            let tab = first.tabFields.count > 1
            let header = (tab ? first.tabFields : first.fields).map {
                $0.lowercased().trimmingCharacters(in: .whitespaces)
            }
            var fields = Fields(base: p)
            if let columns = TableColumns(header: header, tab: tab) {
                var unquoted: [UInt8] = []
                while let line = lines.next() {
                    if tab {
                        fields.split(line.range, on: 0x09)
                        addTableRow(fields, line: line.number, columns, file: name)
                    } else {
                        line.csvFields(into: &unquoted, ranges: &fields.ranges)
                        unquoted.withUnsafeBufferPointer { b in
                            var f = Fields(base: b)
                            f.ranges = fields.ranges
                            addTableRow(f, line: line.number, columns, file: name)
                        }
                    }
                }
            } else if first.fields.count == 19 || first.tabFields.count == 19 {
                lines = LineReader(p)
                while let line = lines.next() {
                    fields.split(line.range, on: 0x09)
                    addGeoNamesRow(fields, line: line.number, file: name)
                }
            } else {
                throw GazetteerError(path: name, reason: "line 1: neither a GeoNames dump (19 tab-separated columns) "
                                     + "nor a CSV/TSV header with name, lat and lon")
            }
        }
    }

    /// Adds (or replaces, by id) one entry with its names.
    func add(_ place: Place, names entryNames: [String]) {
        if appendOnly {
            places.append(place)
            names.append(entryNames)
            return
        }
        if idsUnindexed {
            // The default data's ids are unique: they are indexed once another file may replace one.
            indexByID = Dictionary(places.indices.map { (places[$0].id, $0) }, uniquingKeysWith: { _, last in last })
            idsUnindexed = false
        }
        if let i = indexByID[place.id] {
            places[i] = place
            names[i] = entryNames
        } else {
            indexByID[place.id] = places.count
            places.append(place)
            names.append(entryNames)
        }
    }

    private func addTableRow(_ f: Fields, line: Int, _ c: TableColumns, file: String) {
        if f.allEmpty { return }
        func issue(_ reason: String) { loadIssues.append("\(file):\(line): \(reason)") }
        guard f.count >= c.required else { return issue("expected \(c.required) columns, found \(f.count)") }
        guard let name = f.string(c.name) else { return issue("empty name") }
        guard let lat = f.double(c.lat), (-90...90).contains(lat) else {
            return issue("latitude '\(f.string(c.lat) ?? "")' is not a number between -90 and 90")
        }
        guard let lon = f.double(c.lon), (-180...180).contains(lon) else {
            return issue("longitude '\(f.string(c.lon) ?? "")' is not a number between -180 and 180")
        }
        var kind = PlaceKind.town
        if f.trimmed(c.kind) != nil {
            guard let parsed = f.kind(c.kind) else {
                return issue("unknown kind '\(f.string(c.kind) ?? "")' (one of \(PlaceKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            kind = parsed
        }
        var country: String
        if let r = f.trimmed(c.country) {
            let upper = r.count == 2 && r.allSatisfy { f.base[$0] >= 0x41 && f.base[$0] <= 0x5A }
            country = r.count == 2 && f.base[r.lowerBound] == 0x53 && f.base[r.lowerBound + 1] == 0x59 ? "SY"
                : upper ? f.string(r) : f.string(r).uppercased()
        } else {
            country = Coordinate(lon: lon, lat: lat).isInSyriaBox ? "SY" : ""
        }
        if country.isEmpty { country = "XX" }
        let syrian = country == "SY"
        if !syrian && kind != .country && c.kind == nil { kind = .foreignCity }
        let admin1 = syrian ? f.string(c.admin1) : nil
        let population = f.int(c.population) ?? 0
        let id = f.string(c.id) ?? "\(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent):\(line)"
        var all = [name]
        if let alt = f.trimmed(c.alternates) {
            var start = alt.lowerBound
            for i in alt.lowerBound...alt.upperBound
            where i == alt.upperBound || f.base[i] == 0x7C || (!c.tab && f.base[i] == 0x3B) {
                if let t = Fields.trim(f.base, start..<i) { all.append(f.string(t)) }
                start = i + 1
            }
        }
        add(Place(id: id, name: name, coordinate: Coordinate(lon: lon, lat: lat), kind: kind,
                  admin1: admin1, country: country, population: population), names: all)
    }

    private func addGeoNamesRow(_ f: Fields, line: Int, file: String) {
        if f.count == 1 && f.ranges[0].isEmpty { return }
        func issue(_ reason: String) { loadIssues.append("\(file):\(line): \(reason)") }
        func raw(_ i: Int) -> String { f.string(f.ranges[i]) }
        guard f.count == 19 else { return issue("expected 19 tab-separated GeoNames columns, found \(f.count)") }
        guard !f.ranges[1].isEmpty else { return issue("empty name") }
        guard let lat = Fields.parseDouble(f.base, f.ranges[4]) ?? Double(raw(4)), (-90...90).contains(lat)
        else { return issue("latitude '\(raw(4))' is not a number") }
        guard let lon = Fields.parseDouble(f.base, f.ranges[5]) ?? Double(raw(5)), (-180...180).contains(lon)
        else { return issue("longitude '\(raw(5))' is not a number") }
        let country = raw(8).uppercased()
        let population = Int(raw(14)) ?? 0
        let kind = GeoNamesCodes.kind(featureClass: raw(6), code: raw(7), population: population, syrian: country == "SY")
        let admin1 = country == "SY" ? GeoNamesCodes.syrianAdmin1[raw(10)] : nil
        let name = raw(1), ascii = raw(2)
        var all = [name]
        if !ascii.isEmpty && ascii != name { all.append(ascii) }
        if country == "SY" {
            all += raw(3).split(separator: ",").map(String.init).filter { $0.count >= 3 }
        }
        add(Place(id: "geonames:\(raw(0))", name: name, coordinate: Coordinate(lon: lon, lat: lat), kind: kind,
                  admin1: admin1, country: country.isEmpty ? "XX" : country, population: population), names: all)
    }

    /// Reads the table of capitalised non-places (organisations, outlets, demonyms, months…):
    /// `kind<TAB>phrase` per line, `#` comments.
    func loadNonPlaces(_ url: URL) throws {
        guard let data = try? Data(contentsOf: url) else {
            throw GazetteerError(path: url.path, reason: "cannot read")
        }
        var key: [UInt8] = [], bounds: [Int] = []
        var build = takeBuild()
        defer { self.build = build }
        data.withUnsafeBytes { raw in
            let p = raw.bindMemory(to: UInt8.self)
            var lines = LineReader(p)
            while let line = lines.next() {
                guard let r = Fields.trim(p, line.range), p[r.lowerBound] != 0x23 else { continue }
                // kind<TAB>phrase (or a bare phrase).
                let tab = r.firstIndex { p[$0] == 0x09 }
                guard let phrase = Fields.trim(p, (tab.map { $0 + 1 } ?? r.lowerBound)..<r.upperBound) else { continue }
                key.removeAll(keepingCapacity: true)
                bounds.removeAll(keepingCapacity: true)
                Gazetteer.key(UnsafeBufferPointer(rebasing: p[phrase]), into: &key, boundaries: &bounds)
                if key.isEmpty { continue }
                let t = build.file(key, bounds)
                build.blockers[Int(t)] = true
            }
        }
    }

    /// ``build`` moved out, so that filing works on a local (no exclusivity check at every
    /// access to a stored property) and its tables stay uniquely referenced.
    func takeBuild() -> NameIndexBuild {
        let taken = build
        build = NameIndexBuild(table: NameTable(capacity: 1))
        return taken
    }

    /// Files every entry's names in the trie and sorts namesakes by importance.
    func buildIndex() {
        var importance: [Double] = []
        importance.reserveCapacity(places.count)
        entryFlags = []
        entryFlags.reserveCapacity(places.count)
        // Countries stand at their capital's point: a foreign city there is a capital.
        var capitals = Set<Coordinate>()
        for p in places where p.kind == .country { capitals.insert(p.coordinate) }
        for i in places.indices {
            let p = places[i], n = names[i].count
            importance.append(Gazetteer.importance(p, alternates: n))
            var flags: EntryFlags = p.isSyrian ? .syrian : []
            if Gazetteer.isProminent(p, nameCount: n) { flags.insert(.prominent) }
            if p.kind == .foreignCity && p.population < 1_000_000 && !capitals.contains(p.coordinate) {
                flags.insert(.literalOnly)
            } else if p.kind == .country || p.kind == .foreignCity || p.kind == .governorate
                        || (p.isSyrian && p.population >= 100_000) {
                flags.insert(.major)
            }
            entryFlags.append(flags)
        }
        var out: [UInt8] = []
        var bounds: [Int] = []
        out.reserveCapacity(128)
        var filed: [Int32] = []  // the terminals entry `i` is already filed under
        var build = takeBuild()
        var governorates: [[UInt8]: Int] = [:]  // governorate entries by folded admin-1 name
        for i in places.indices {
            filed.removeAll(keepingCapacity: true)
            for n in names[i] {
                out.removeAll(keepingCapacity: true)
                bounds.removeAll(keepingCapacity: true)
                Gazetteer.key(n, into: &out, boundaries: &bounds)
                if out.isEmpty { continue }
                let t = build.file(out, bounds)
                if !filed.contains(t) {
                    filed.append(t)
                    build.pairs.append((t, Int32(i)))
                }
            }
            if places[i].kind == .governorate, let a = places[i].admin1 {
                governorates[Gazetteer.key(a)] = i
            }
        }
        governorateList = governorates.map { ($0.key, $0.value) }
        buildHotIndex(build, importance: importance)
    }

    /// Weight for ordering namesakes: countries, then foreign cities of a million or more, then
    /// Syrian places by kind and size, then smaller foreign cities.
    static func importance(_ p: Place, alternates: Int) -> Double {
        let pop = Double(min(p.population, 50_000_000))
        if p.kind == .country { return 4e9 + pop }
        if !p.isSyrian { return p.population >= 1_000_000 ? 3e9 + pop : pop }
        let rank: Double
        switch p.kind {
        case .city: rank = 9
        case .governorate: rank = 8
        case .town: rank = 7
        case .camp, .airbase, .neighbourhood, .crossing, .dam, .prison, .mountain, .region: rank = 6
        case .village: rank = 5
        case .district: rank = 4
        default: rank = 3
        }
        return 2e9 + rank * 1e8 + pop + Double(min(alternates, 50)) * 1e5
    }

    /// The folded key of a whole name: its words folded and joined, inner articles dropped.
    static func key(_ name: String) -> [UInt8] {
        var out: [UInt8] = [], bounds: [Int] = []
        key(name, into: &out, boundaries: &bounds)
        return out
    }

    /// Appends the folded key of `name` to `out`, and the length of `out` after each word to
    /// `boundaries`.
    static func key(_ name: String, into out: inout [UInt8], boundaries: inout [Int]) {
        var name = name
        name.withUTF8 { key($0, into: &out, boundaries: &boundaries) }
    }

    /// ``key(_:into:boundaries:)`` of UTF-8 bytes.
    static func key(_ p: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], boundaries: inout [Int]) {
        // Folded words are never longer than the words: the whole key fits in `p.count` bytes.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * p.count + 16) { buffer in
            let key = buffer.baseAddress!, scratch = key + p.count + 8
            let before = out.count
            let n = foldName(p, to: key, scratch: scratch) { boundaries.append(before + $0) }
            out.append(contentsOf: UnsafeBufferPointer(start: key, count: n))
        }
    }

    /// Folds a whole name into `key` without allocating: every word folded, an article joined to
    /// a following word passed over (as in scanning).
    /// - Parameters:
    ///   - p: the name's UTF-8 bytes.
    ///   - key: room for `p.count` bytes (folded words are never longer than the words).
    ///   - scratch: room for `p.count` bytes, overwritten.
    ///   - wordEnd: called with the key's length after each word.
    /// - Returns: the key's length.
    @inline(__always)
    static func foldName(_ p: UnsafeBufferPointer<UInt8>, to key: UnsafeMutablePointer<UInt8>,
                         scratch: UnsafeMutablePointer<UInt8>, wordEnd: (Int) -> Void = { _ in }) -> Int {
        var n = 0
        var i = 0
        while let w = NameTokenizer.word(in: p, from: i, limit: p.count) {
            i = max(w.next, w.end + 1)
            if w.separator != .stop && NameTokenizer.isArticle(p, w) { continue }
            n += NameFolding.fold(p, w.start, w.end, to: key + n, scratch: scratch)
            wordEnd(n)
        }
        return n
    }
}

/// Column positions in a CSV/TSV gazetteer file with a header.
struct TableColumns {
    /// Tab-separated (else comma-separated, RFC 4180 quoting).
    var tab: Bool
    var name: Int
    var lat: Int
    var lon: Int
    var alternates: Int?
    var kind: Int?
    var admin1: Int?
    var country: Int?
    var population: Int?
    var id: Int?
    /// Columns a row needs (up to the last of name/lat/lon).
    var required: Int { max(name, lat, lon) + 1 }

    init?(header: [String], tab: Bool) {
        func col(_ names: String...) -> Int? { header.firstIndex { names.contains($0) } }
        guard let n = col("name"), let la = col("lat", "latitude"), let lo = col("lon", "lng", "long", "longitude")
        else { return nil }
        self.tab = tab
        name = n; lat = la; lon = lo
        alternates = col("alternatenames", "alternate_names", "alternates", "variants")
        kind = col("kind", "type")
        admin1 = col("admin1", "governorate")
        country = col("country", "country_code", "countrycode", "cc")
        population = col("population")
        id = col("id", "geonameid", "gazetteer_id")
    }
}
