import EventModel

/// A name found by ``Gazetteer/scan(utf8:_:)``, lent to its callback: as a ``NameMatch`` tells it,
/// but with its text and candidates read in place from the scan's memo rather than copied (plain
/// numbers and a pointer, so that handing it on retains nothing). Valid only during the call.
public struct ScanHit {
    /// UTF-8 byte offsets of the name in the scanned text.
    public let range: Range<Int>
    /// How the text met the name.
    public let kind: MatchKind
    /// The name as written, its candidates and their entries (the memo's, lent).
    let found: UnsafePointer<MatchCandidates>

    /// The name as written.
    public var text: String { found.pointee.text }

    /// Every entry filed under the name, most important first (never empty), read in place.
    public func withCandidates<R>(_ body: (UnsafeBufferPointer<Place>) -> R) -> R {
        body(found.pointee.places)
    }

    /// The gazetteer entry of candidate `i` (see ``Gazetteer/place(entry:)``).
    public func entry(_ i: Int) -> Int32 { found.pointee.entries[i] }
}
