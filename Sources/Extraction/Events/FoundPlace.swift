import EventModel
import Gazetteer

/// A place name found in an article: from the gazetteer scan, or from a pattern
/// ("the town of X", a list next to a known place) when the gazetteer lacks it.
struct FoundPlace: Hashable, Sendable {
    /// As written.
    var mention: String
    /// UTF-8 byte range in the article text.
    var bytes: Range<Int>
    /// Token range in the article's token array.
    var tokens: Range<Int>
    /// The gazetteer's reading; `nil` for a pattern-found name it does not know.
    var resolution: Resolution?
    /// `exact`, `folded`, `fuzzy:N` or `pattern`.
    var matchedBy: String
    /// Named only as where people or things come from ("a bus coming from X").
    var isOrigin = false
    /// Named as a destination ("on their way to X").
    var isDestination = false
    /// Introduced by "to" ("fled to X"): never an event location.
    var isGoal = false

    var place: Place? { resolution?.place }

    /// A Syrian place below country level (what events may be placed at), or an unresolved name.
    var isSyrianCandidate: Bool {
        guard let p = place else { return true }
        return p.isSyrian && p.kind != .country
    }

    /// A governorate, district or region.
    var isArea: Bool { place?.kind.isArea ?? false }

    /// The same gazetteer entry, or the same name as written.
    func sameName(as other: FoundPlace) -> Bool {
        key == other.key || mention.lowercased() == other.mention.lowercased()
    }

    /// Key for "the same place": the gazetteer id, or the folded name for unknown ones.
    var key: String { place?.id ?? "unknown:" + mention.lowercased() }
}
