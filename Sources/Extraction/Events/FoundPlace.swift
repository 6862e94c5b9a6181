import EventModel
import Gazetteer

/// A place name found in an article: from the gazetteer scan, or from a pattern
/// ("the town of X", a list next to a known place) when the gazetteer lacks it.
///
/// Plain numbers only (no strings, no ``Place``), so that lists of found places copy, sort and
/// free without reference counting: the name as written is the article's bytes at ``bytes``
/// (``mention(in:)``), the place is the gazetteer's entry (``place(_:)``), and what the passes
/// test most (its kind, whether it is Syrian) is kept beside it.
struct FoundPlace: Hashable, Sendable {
    /// UTF-8 byte range in the article text.
    var bytes: Range<Int>
    /// Token range in the article's token array.
    var tokens: Range<Int>
    /// The gazetteer's reading; `nil` for a pattern-found name it does not know.
    private(set) var resolution: EntryResolution?
    /// The kind of the entry; `nil` for a name the gazetteer does not know.
    private(set) var kind: PlaceKind?
    /// The entry is in Syria (`false` for an unknown name).
    private(set) var isSyrian = false
    /// Named only as where people or things come from ("a bus coming from X").
    var isOrigin = false
    /// Named as a destination ("on their way to X").
    var isDestination = false
    /// Introduced by "to" ("fled to X"): never an event location.
    var isGoal = false

    /// A name at `bytes` (tokens `tokens`) read as `resolution`, an entry of kind `kind`, Syrian or not.
    init(bytes: Range<Int>, tokens: Range<Int>, resolution: EntryResolution?, kind: PlaceKind?, isSyrian: Bool) {
        self.bytes = bytes
        self.tokens = tokens
        self.resolution = resolution
        self.kind = kind
        self.isSyrian = isSyrian
    }

    /// A name at `bytes` (tokens `tokens`) read as `resolution` by `gazetteer`.
    init(bytes: Range<Int>, tokens: Range<Int>, resolution: EntryResolution?, _ gazetteer: Gazetteer) {
        let facts = resolution.map { gazetteer.facts(ofEntry: $0.entry) }
        self.init(bytes: bytes, tokens: tokens, resolution: resolution, kind: facts?.kind, isSyrian: facts?.isSyrian ?? false)
    }

    /// Drops the gazetteer's reading: the name becomes one it does not know.
    mutating func forgetReading() {
        resolution = nil
        kind = nil
        isSyrian = false
    }

    /// `exact`, `folded`, `fuzzy:N` or `pattern` (see ``MatchKind/label``).
    var matchedBy: MatchKind { resolution?.kind ?? .pattern }

    /// The name as written.
    func mention(in a: AnalysedText) -> String { a.text(bytes) }

    /// The gazetteer's place (a copy), or `nil` for a name it does not know.
    func place(_ gazetteer: Gazetteer) -> Place? { resolution.map { gazetteer.place(entry: $0.entry) } }

    /// ``place(_:)`` read from the gazetteer's ``Gazetteer/entryTable``.
    func place(_ entries: [Place]) -> Place? { resolution.map { entries[Int($0.entry)] } }

    /// The admin-1 name of the place (`nil` for an unknown name or a place abroad).
    func admin1(_ gazetteer: Gazetteer) -> String? { resolution.flatMap { gazetteer.admin1(ofEntry: $0.entry) } }

    /// A Syrian place below country level (what events may be placed at), or an unresolved name.
    var isSyrianCandidate: Bool {
        guard let kind else { return true }
        return isSyrian && kind != .country
    }

    /// A Syrian place below country level (a known one).
    var isSyrianBelowCountry: Bool { isSyrian && kind != .country }

    /// A governorate, district or region.
    var isArea: Bool { kind?.isArea ?? false }

    /// The same gazetteer entry, or the same name as written.
    func sameName(as other: FoundPlace, _ a: AnalysedText, _ gazetteer: Gazetteer) -> Bool {
        key(a, gazetteer) == other.key(a, gazetteer) || mention(in: a).lowercased() == other.mention(in: a).lowercased()
    }

    /// Key for "the same place": the gazetteer id, or the folded name for unknown ones.
    func key(_ a: AnalysedText, _ gazetteer: Gazetteer) -> String {
        resolution.map { gazetteer.id(ofEntry: $0.entry) } ?? unknownKey(a)
    }

    /// ``key(_:_:)`` read from the gazetteer's ``Gazetteer/entryTable``.
    func key(_ a: AnalysedText, _ entries: [Place]) -> String {
        resolution.map { entries[Int($0.entry)].id } ?? unknownKey(a)
    }

    /// The key of a name the gazetteer lacks: its folded name.
    private func unknownKey(_ a: AnalysedText) -> String { "unknown:" + mention(in: a).lowercased() }
}
