/// A place name found in an article's text, resolved to a gazetteer entry or not.
public struct PlaceMention: Hashable, Sendable {
    /// The article's id (file name or JSONL id).
    public var source: String
    /// The name as written.
    public var mention: String
    /// UTF-8 byte offsets of the mention in the article text.
    public var start: Int
    public var end: Int
    /// The resolved place; `nil` for a name that looks like a place but is not in the gazetteer.
    public var place: Place?
    /// How it was matched: `exact`, `folded`, `fuzzy:N` (edit distance N), `pattern` (unresolved), …
    public var matchedBy: String

    public init(source: String, mention: String, start: Int, end: Int, place: Place?, matchedBy: String) {
        self.source = source
        self.mention = mention
        self.start = start
        self.end = end
        self.place = place
        self.matchedBy = matchedBy
    }
}
