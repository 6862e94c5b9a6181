import EventModel

/// A name found by ``Gazetteer/scan(utf8:_:)``, lent to its callback: as a ``NameMatch`` tells it,
/// but with its text and candidates read in place from the scan's memo rather than copied (plain
/// numbers and a pointer, so that handing it on retains nothing). Valid only during the call.
/// (Its few readers are inlinable: read once per name found, a call into the module would cost more than they do.)
public struct ScanHit {
    /// UTF-8 byte offsets of the name in the scanned text.
    public let range: Range<Int>
    /// How the text met the name.
    public let kind: MatchKind
    /// The name as written, its candidates and their entries (the memo's, lent).
    @usableFromInline let found: UnsafePointer<MatchCandidates>

    /// The name as written.
    public var text: String { found.pointee.text }

    /// Every entry filed under the name, most important first (never empty), read in place.
    public func withCandidates<R>(_ body: (UnsafeBufferPointer<Place>) -> R) -> R {
        body(found.pointee.places)
    }

    /// The gazetteer entry of candidate `i` (see ``Gazetteer/place(entry:)``).
    @inlinable public func entry(_ i: Int) -> Int32 { found.pointee.entries[i] }

    /// How many candidates there are (at least one).
    @inlinable public var candidateCount: Int { found.pointee.entries.count }

    /// The kind of candidate `i` (no `Place` read).
    @inlinable public func kind(_ i: Int) -> PlaceKind { found.pointee.facts[i].kind }

    /// Whether candidate `i` is in Syria (no `Place` read).
    @inlinable public func isSyrian(_ i: Int) -> Bool { found.pointee.facts[i].neighbour.syrian }

    /// The first Syrian candidate, and whether it is the only one (worked out once per name).
    @inlinable public var syrianReading: (first: Int?, only: Bool) {
        let first = Int(found.pointee.firstSyrian)
        return (first < 0 ? nil : first, found.pointee.oneSyrian)
    }
}
