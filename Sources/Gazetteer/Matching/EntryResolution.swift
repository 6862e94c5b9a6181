import EventModel

/// A ``Resolution`` that names its place by the entry's index in the gazetteer (see
/// ``Gazetteer/place(entry:)``): four words, no strings, so that it copies and compares as
/// plain numbers. The place is fetched where it is needed.
public struct EntryResolution: Hashable, Sendable {
    /// The chosen entry's index.
    public var entry: Int32
    /// How the name met the entry.
    public var kind: MatchKind
    /// As ``Resolution/geoPrecision``.
    public var geoPrecision: GeoPrecision

    /// Creates a resolution.
    public init(entry: Int32, kind: MatchKind, geoPrecision: GeoPrecision) {
        (self.entry, self.kind, self.geoPrecision) = (entry, kind, geoPrecision)
    }
}

extension Gazetteer {
    /// The entries, by index (``EntryResolution/entry``): the gazetteer's own array, shared, not
    /// copied. A caller reading many entries takes it once: each read through the gazetteer (a
    /// class's stored property) costs a dynamic exclusivity check.
    public var entryTable: [Place] { places }

    /// Entry `entry` (an index from ``NameMatch/entries`` or an ``EntryResolution``; a copy).
    public func place(entry: Int32) -> Place { places[Int(entry)] }

    /// The kind of entry `entry` and whether it is in Syria (read in place: no copy of the place).
    public func facts(ofEntry entry: Int32) -> (kind: PlaceKind, isSyrian: Bool) {
        places.withUnsafeBufferPointer { p in (p[Int(entry)].kind, p[Int(entry)].isSyrian) }
    }

    /// The admin-1 name of entry `entry` (read in place).
    public func admin1(ofEntry entry: Int32) -> String? { places[Int(entry)].admin1 }

    /// The id of entry `entry` (read in place).
    public func id(ofEntry entry: Int32) -> String { places[Int(entry)].id }

    /// `r` with its place fetched.
    public func resolution(of r: EntryResolution) -> Resolution {
        Resolution(place: places[Int(r.entry)], kind: r.kind, geoPrecision: r.geoPrecision)
    }
}
