import EventModel

/// The gazetteer's answer for one name: the place, how it matched, and how precisely the
/// text locates it.
public struct Resolution: Hashable, Sendable {
    /// The chosen entry.
    public var place: Place
    /// How the name met the entry.
    public var kind: MatchKind
    /// `.near` for "X countryside" or "outskirts of X", `.region` for a governorate or wider
    /// area, otherwise `.exact`.
    public var geoPrecision: GeoPrecision

    /// Creates a resolution.
    public init(place: Place, kind: MatchKind, geoPrecision: GeoPrecision) {
        self.place = place
        self.kind = kind
        self.geoPrecision = geoPrecision
    }
}
