import EventModel

/// An article's places as disambiguation weighs them (see ``Gazetteer/choose(among:cueText:near:)``):
/// each reduced to what closeness reads, gathered once when it is added rather than read from a
/// `Place` for every candidate weighed, and no `Place` copied.
///
/// With a `limit`, only the last `limit` places added count (the order of the others does not
/// matter: closeness is a sum).
public struct NearbyPlaces: Sendable {
    /// What closeness reads of one place.
    struct Neighbour: Sendable {
        /// Syrian and below country level.
        var local: Bool
        var coordinate: Coordinate
        /// The admin-1 name's key, and the name itself if it is a long one.
        var admin1: NameKey
        var longAdmin1: String?
        var country: String
        var id: String
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
            guard var name else { self = .none; return }
            self = name.withUTF8 { p -> NameKey in
                guard p.count <= 15 else { return .long }
                // the bytes copied whole into two zeroed words (read little-endian: byte 15, where
                // the length goes, stays clear)
                var words: (UInt64, UInt64) = (0, 0)
                withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(p)) }
                return NameKey(a: UInt64(littleEndian: words.0), b: UInt64(littleEndian: words.1) | UInt64(p.count) << 56)
            }
        }
    }

    /// The places that count, in no particular order.
    private(set) var neighbours: [Neighbour] = []
    /// Most places kept (`Int.max`: all); the next one added replaces `neighbours[oldest]`.
    private let limit: Int
    private var oldest = 0

    /// An empty set that keeps the last `limit` places added.
    public init(limit: Int = .max) {
        self.limit = limit
        if limit <= 64 { neighbours.reserveCapacity(limit) }
    }

    /// All of `places`.
    public init(_ places: [Place]) {
        self.init()
        neighbours.reserveCapacity(places.count)
        places.withUnsafeBufferPointer { p in
            for i in p.indices { add(p.baseAddress! + i) }
        }
    }

    /// Whether no place counts.
    public var isEmpty: Bool { neighbours.isEmpty }

    /// Adds the place at `p` (dropping the oldest one past the limit), read in place: no copy of
    /// the whole `Place`.
    public mutating func add(_ p: UnsafePointer<Place>) {
        let key = NameKey(p.pointee.admin1)
        let n = Neighbour(local: p.pointee.country == "SY" && p.pointee.kind != .country,
                          coordinate: p.pointee.coordinate, admin1: key,
                          longAdmin1: key == .long ? p.pointee.admin1 : nil, country: p.pointee.country, id: p.pointee.id)
        if neighbours.count < limit {
            neighbours.append(n)
        } else {
            neighbours[oldest] = n
            oldest = oldest + 1 == limit ? 0 : oldest + 1
        }
    }

    /// Whether the admin-1 names of neighbour `n` and of a place with key `key` and name `name`
    /// are equal (both present).
    @inline(__always)
    static func sameAdmin1(_ n: Neighbour, _ key: NameKey, _ name: String?) -> Bool {
        n.admin1 == key && key != .none && (key != .long || n.longAdmin1 == name)
    }
}
