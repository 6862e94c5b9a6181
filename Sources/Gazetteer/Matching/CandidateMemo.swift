import EventModel
import Foundation

/// What ``Gazetteer/scan(_:)`` builds for one name as written: its text, its candidates in order
/// and whether the first has exactly that spelling (see ``Gazetteer/candidates(_:written:)``).
struct MatchCandidates {
    var text: String
    var places: [Place]
    var exact: Bool
}

/// The candidates of each (terminal, spelling) met so far, shared by every scan.
///
/// `candidates(_:written:)` is a pure function of the terminal and the bytes written, and names
/// recur from sentence to sentence and article to article ("Idlib", "Aleppo"), so each spelling's
/// `[Place]` and `String` are built once and later matches share them (a retain, not a copy of
/// every `Place`). Guarded by a lock: scans run on several threads at once. Holds at most
/// ``capacity`` spellings; past that, results are computed and not kept.
final class CandidateMemo: @unchecked Sendable {
    private struct Entry {
        var hash: UInt64
        var terminal: Int32
        var bytes: [UInt8]
        var value: MatchCandidates
    }

    /// Most spellings kept.
    static let capacity = 1 << 15
    private let lock = NSLock()
    /// Open-addressing slots: index into `entries`, or -1.
    private var slots = [Int32](repeating: -1, count: 2 * CandidateMemo.capacity)
    private var entries: [Entry] = []

    /// Hash of the spelling `p[start..<end]` filed under terminal `t`.
    @inline(__always)
    static func hash(_ t: Int32, _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h = NameTable.step(NameTable.seed, UInt8(truncatingIfNeeded: t))
        h = NameTable.step(h, UInt8(truncatingIfNeeded: t >> 8))
        h = NameTable.step(h, UInt8(truncatingIfNeeded: t >> 16))
        for i in start..<end { h = NameTable.step(h, p[i]) }
        return h
    }

    /// Calls `body` with the lock held (one lock for a whole article's matches).
    func locked<R>(_ body: () -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// The kept result for terminal `t` written as `p[start..<end]`, or else `make()`'s, kept
    /// while there is room. Call with the lock held (see ``locked(_:)``).
    func value(_ t: Int32, _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
               make: () -> MatchCandidates) -> MatchCandidates {
        let h = CandidateMemo.hash(t, p, start, end)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while true {
            let e = Int(slots[s])
            if e < 0 { break }
            if entries[e].hash == h && entries[e].terminal == t && Self.same(entries[e].bytes, p, start, end) {
                return entries[e].value
            }
            s = (s + 1) & mask
        }
        let value = make()
        if entries.count < CandidateMemo.capacity {
            slots[s] = Int32(entries.count)
            entries.append(Entry(hash: h, terminal: t, bytes: Array(p[start..<end]), value: value))
        }
        return value
    }

    @inline(__always)
    private static func same(_ a: [UInt8], _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard a.count == end - start else { return false }
        return a.withUnsafeBufferPointer { a in
            for k in 0..<a.count where a[k] != p[start + k] { return false }
            return true
        }
    }
}
