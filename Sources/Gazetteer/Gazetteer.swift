import EventModel
import Foundation

/// Every place name eventmap knows, Syrian and foreign, in all its spellings.
///
/// The default data (`Gazetteer/places.tsv`, built by `Gazetteer/build.py` from GeoNames and a
/// hand-checked table of Syrian places) loads once and is shared; `--gazetteer` files add to it
/// and override entries with the same id. Names are filed under a folded key (see
/// ``NameFolding``) in a hash table probed once per word, so scanning text and looking names up
/// run on UTF-8 bytes.
///
/// A `Gazetteer` is immutable after loading and safe to share across threads.
///
/// ```swift
/// let g = try Gazetteer.standard()
/// g.resolve("Khan Sheikhoun")?.place.name      // "Khan Shaykhun"
/// g.scan("Shelling hit Idleb province.")       // one match, "Idleb"
/// ```
public final class Gazetteer: @unchecked Sendable {
    /// Rows skipped while loading, each as `file:line: reason`.
    public internal(set) var loadIssues: [String] = []

    /// Every entry.
    var places: [Place] = []
    /// Each entry's names as written in the data (the canonical name first).
    var names: [[String]] = []
    /// Each entry's flags (Syrian, prominent), read while indexing.
    var entryFlags: [EntryFlags] = []
    /// Entry index by id, so that later files replace earlier entries.
    var indexByID: [String: Int] = [:]
    /// The file being read has unique ids and is the first: entries are appended unindexed.
    var appendOnly = false
    /// Entries were appended without `indexByID` (built when a later file needs it).
    var idsUnindexed = false

    /// What indexing files (see ``NameIndexBuild``); emptied once ``hot`` is built.
    var build = NameIndexBuild()
    /// The read-only tables the scanner and the look-ups use (see ``HotIndex``).
    var hot = HotIndex()
    /// Governorate entries by folded admin-1 name (the last entry filed for a name), read by
    /// ``governorate(named:)`` without building a key array.
    var governorateList: [(key: [UInt8], entry: Int)] = []
    /// The scans' memos (each word's facts, each spelling's candidates), lent to one scan at a
    /// time (see ``CandidateMemo`` and ``ScanMemo``).
    let candidateMemo = CandidateMemo()

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cached: Result<Gazetteer, GazetteerError>?

    /// The committed default gazetteer, loaded on first use and cached.
    /// - Returns: the shared instance.
    /// - Throws: ``GazetteerError`` when the data folder or `places.tsv` cannot be found or read.
    public static func standard() throws -> Gazetteer {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return try cached.get() }
        let result: Result<Gazetteer, GazetteerError>
        do {
            result = .success(try Gazetteer(extraFiles: [], includeDefault: true))
        } catch let e as GazetteerError {
            result = .failure(e)
        } catch {
            result = .failure(GazetteerError(path: nil, reason: "\(error)"))
        }
        cached = result
        return try result.get()
    }

    /// Loads the default data (unless `includeDefault` is false) and then each extra file.
    ///
    /// Extra files are GeoNames dumps (the 19-column tab format of `SY.txt`, `cities500.txt`,
    /// `allCountries.txt`) or CSV/TSV files whose header names at least `name`, `lat` and `lon`
    /// (optionally `alternatenames`, `kind`, `admin1`, `country`, `population`, `id`). Entries with
    /// an id already loaded replace the earlier entry. A bad row is skipped and reported in
    /// ``loadIssues``; the rest of the file still loads.
    /// - Parameters:
    ///   - extraFiles: files to add, in order.
    ///   - includeDefault: whether to start from the committed default data.
    /// - Throws: ``GazetteerError`` when a file cannot be read or is in no known format.
    public convenience init(extraFiles: [URL], includeDefault: Bool = true) throws {
        self.init()
        if includeDefault {
            guard let url = DataDirectory.file("places.tsv") else {
                throw GazetteerError(path: "Gazetteer/places.tsv",
                                     reason: "default gazetteer not found (set EVENTMAP_DATA to the Gazetteer folder)")
            }
            try load(url, uniqueIDs: true)
        }
        for url in extraFiles { try load(url) }
        if let url = DataDirectory.file("nonplaces.tsv") { try loadNonPlaces(url) }
        buildIndex()
    }

    private init() {}

    /// The governorate entry for an admin-1 name ("Idlib", "Deir ez-Zor", "Rif Dimashq"…).
    /// - Parameter admin1: a governorate name in any spelling the gazetteer folds alike.
    /// - Returns: the entry of kind `.governorate`, or `nil`.
    public func governorate(named admin1: String) -> Place? {
        var name = admin1
        let entry = name.withUTF8 { p -> Int? in
            // The folded key in a stack buffer (folded words are never longer than the words).
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * p.count + 16) { buffer -> Int? in
                let key = buffer.baseAddress!
                let n = Gazetteer.foldName(p, to: key, scratch: key + p.count + 8)
                let folded = UnsafeBufferPointer(start: key, count: n)
                return governorateList.first { $0.key.elementsEqual(folded) }?.entry
            }
        }
        return entry.map { places[$0] }
    }

    /// Number of entries loaded.
    public var count: Int { places.count }
}
