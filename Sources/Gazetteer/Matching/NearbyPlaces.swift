import EventModel

/// An article's places as disambiguation weighs them (see ``Gazetteer/choose(among:cueText:near:)``):
/// each reduced to the numbers closeness reads first, gathered once when it is added rather than
/// read from a `Place` for every candidate weighed, and where the place itself is (its gazetteer
/// entry), for the strings closeness reads in place now and then. No `Place` is copied and no
/// string retained: adding, replacing and freeing places costs no reference counting.
///
/// With a `limit`, only the last `limit` places added count (the order of the others does not
/// matter: closeness is a sum).
public struct NearbyPlaces: Sendable {
    /// What closeness reads of one place (plain numbers).
    @usableFromInline struct Neighbour: Sendable {
        /// Syrian and below country level.
        var local: Bool
        /// Syrian (its country is "SY").
        @usableFromInline var syrian: Bool
        var coordinate: Coordinate
        /// The admin-1 name's key (a long name is read from the place).
        var admin1: NameKey
        /// Where the place is: its gazetteer entry (0 or more), or `detached[-1 - ref]`.
        var ref: Int32

        /// What closeness reads of the place at `p`, found again by `ref`, its admin-1 key `admin1`.
        init(_ p: UnsafePointer<Place>, ref: Int32, admin1: NameKey) {
            syrian = p.pointee.isSyrian
            local = syrian && p.pointee.kind != .country
            coordinate = p.pointee.coordinate
            self.admin1 = admin1
            self.ref = ref
        }
    }

    /// A short name's UTF-8 bytes packed in two integers with its length, so that two names of
    /// up to 15 bytes compare as two integers; every longer name gets the key ``long`` (then
    /// the names themselves are compared), a missing name the key ``none``.
    struct NameKey: Equatable, Sendable {
        var a: UInt64, b: UInt64

        /// (A short name's length byte, the top one of `b`, is at most 15.)
        static let none = NameKey(a: 0, b: .max), long = NameKey(a: .max, b: .max)

        init(a: UInt64, b: UInt64) { self.a = a; self.b = b }

        init(_ name: String?) {
            guard let name else { self = .none; return }
            // (a native string's bytes are read where they are: no copy of the string to retain)
            if let key = name.utf8.withContiguousStorageIfAvailable(NameKey.init(utf8:)) { self = key; return }
            var copy = name
            self = copy.withUTF8(NameKey.init(utf8:))
        }

        /// The key of the name whose UTF-8 bytes are `p`.
        private init(utf8 p: UnsafeBufferPointer<UInt8>) {
            guard p.count <= 15 else { self = .long; return }
            // the bytes copied whole into two zeroed words (read little-endian: byte 15, where
            // the length goes, stays clear)
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(p)) }
            self.init(a: UInt64(littleEndian: words.0), b: UInt64(littleEndian: words.1) | UInt64(p.count) << 56)
        }
    }

    /// The places that count, in no particular order.
    @usableFromInline private(set) var neighbours: [Neighbour] = []
    /// The places of ``init(_:)`` (not named by gazetteer entries).
    private(set) var detached: [Place] = []
    /// Most places kept (`Int.max`: all); the next one added replaces `neighbours[oldest]`.
    @usableFromInline let limit: Int
    @usableFromInline var oldest = 0

    /// An empty set that keeps the last `limit` places added.
    public init(limit: Int = .max) {
        self.limit = limit
        if limit <= 64 { neighbours.reserveCapacity(limit) }
    }

    /// All of `places`.
    public init(_ places: [Place]) {
        self.init()
        detached = places
        neighbours.reserveCapacity(places.count)
        places.withUnsafeBufferPointer { p in
            for i in p.indices { add(p.baseAddress! + i, ref: -1 - Int32(i)) }
        }
    }

    /// Whether no place counts.
    @inlinable public var isEmpty: Bool { neighbours.isEmpty }

    /// Adds candidate `i` of `hit` (a gazetteer entry of the gazetteer that weighs the places; its
    /// place read in place, its admin-1 key the scan's), dropping the oldest one past the limit.
    /// (Inlinable, as the readers of ``ScanHit`` are: called for most names found.)
    @inlinable public mutating func add(candidate i: Int, of hit: ScanHit) {
        add(hit.found.pointee.facts[i].neighbour)
    }

    /// Adds the place at `p`, found again by `ref` (see ``Neighbour/ref``).
    private mutating func add(_ p: UnsafePointer<Place>, ref: Int32) {
        add(Neighbour(p, ref: ref, admin1: NameKey(p.pointee.admin1)))
    }

    /// Adds neighbour `n`, dropping the oldest one past the limit.
    @inlinable mutating func add(_ n: Neighbour) {
        if neighbours.count < limit {
            neighbours.append(n)
        } else {
            neighbours[oldest] = n
            oldest = oldest + 1 == limit ? 0 : oldest + 1
        }
    }

    /// Where neighbour `n`'s place is, among the gazetteer's `entries` or the ``detached`` places
    /// (`detached`).
    @inline(__always)
    static func place(of n: Neighbour, _ entries: UnsafeBufferPointer<Place>,
                      _ detached: UnsafeBufferPointer<Place>) -> UnsafePointer<Place> {
        n.ref >= 0 ? entries.baseAddress! + Int(n.ref) : detached.baseAddress! + Int(-1 - n.ref)
    }
}
