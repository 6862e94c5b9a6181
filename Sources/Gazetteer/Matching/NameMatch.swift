import EventModel

/// A gazetteer name found in running text.
public struct NameMatch: Hashable, Sendable {
    /// UTF-8 byte offsets of the name in the scanned text.
    public var range: Range<Int>
    /// The name as written.
    public var text: String
    /// Every entry filed under that folded name, most important first; never empty.
    public var candidates: [Place]
    /// How the text met the name.
    public var kind: MatchKind
    /// Each candidate's index among the gazetteer's entries (see ``Gazetteer/place(entry:)``),
    /// in the same order; empty for a match made by a caller.
    public var entries: [Int32]

    /// Creates a match.
    public init(range: Range<Int>, text: String, candidates: [Place], kind: MatchKind, entries: [Int32] = []) {
        self.range = range
        self.text = text
        self.candidates = candidates
        self.kind = kind
        self.entries = entries
    }
}
