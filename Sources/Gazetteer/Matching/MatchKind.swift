/// How a name in the text met a gazetteer name.
public enum MatchKind: Hashable, Sendable {
    /// Byte for byte one of the entry's names.
    case exact
    /// Equal after folding (case, diacritics, transliteration variants).
    case folded
    /// Within a small edit distance of a folded name.
    case fuzzy(distance: Int)
    /// Looks like a place name but no entry matched.
    case pattern

    /// The label for `matched_by` in places output: `exact`, `folded`, `fuzzy:2` or `pattern`.
    public var label: String {
        switch self {
        case .exact: return "exact"
        case .folded: return "folded"
        case .fuzzy(let d): return "fuzzy:\(d)"
        case .pattern: return "pattern"
        }
    }
}
