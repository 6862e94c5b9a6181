import EventModel
import Foundation

/// What ``Gazetteer/scan(_:)`` builds for one name as written: its text, its candidates in order
/// (and their entry indices) and whether the first has exactly that spelling (see
/// ``Gazetteer/candidates(_:written:)``), with what resolution reads of each candidate.
///
/// The lists are buffers of its own (freed by ``free()``, which ``CandidateTable`` calls when it
/// drops the result), so that they are lent and read with no reference counting.
@usableFromInline struct MatchCandidates {
    var text: String
    var places: UnsafeBufferPointer<Place>
    @usableFromInline var entries: UnsafeBufferPointer<Int32>
    /// What disambiguation reads of each candidate (worked out once per name: plain numbers, so
    /// that choosing among them reads no `Place`).
    @usableFromInline var facts: UnsafeBufferPointer<CandidateFacts>
    /// The first Syrian candidate (-1 when none), and whether it is the only one.
    @usableFromInline var firstSyrian: Int32
    @usableFromInline var oneSyrian: Bool
    var exact: Bool

    /// The result for `text`: `entries` of `gazetteer`, in order.
    init(text: String, entries: [Int32], of gazetteer: Gazetteer, exact: Bool) {
        self.text = text
        self.exact = exact
        let e = UnsafeMutableBufferPointer<Int32>.allocate(capacity: entries.count)
        _ = e.initialize(from: entries)
        let p = UnsafeMutableBufferPointer<Place>.allocate(capacity: entries.count)
        let facts = UnsafeMutableBufferPointer<CandidateFacts>.allocate(capacity: entries.count)
        var firstSyrian: Int32 = -1, syrians = 0
        for (k, entry) in entries.enumerated() {
            (p.baseAddress! + k).initialize(to: gazetteer.places[Int(entry)])
            let n = NearbyPlaces.Neighbour(p.baseAddress! + k, ref: entry, admin1: NearbyPlaces.NameKey(p[k].admin1))
            (facts.baseAddress! + k).initialize(to: CandidateFacts(neighbour: n, kind: p[k].kind))
            if n.syrian {
                if firstSyrian < 0 { firstSyrian = Int32(k) }
                syrians += 1
            }
        }
        self.entries = UnsafeBufferPointer(e)
        self.places = UnsafeBufferPointer(p)
        self.facts = UnsafeBufferPointer(facts)
        self.firstSyrian = firstSyrian
        self.oneSyrian = syrians == 1
    }

    /// Frees the lists.
    func free() {
        UnsafeMutableBufferPointer(mutating: places).deinitialize().deallocate()
        UnsafeMutableBufferPointer(mutating: entries).deallocate()
        UnsafeMutableBufferPointer(mutating: facts).deallocate()
    }
}

/// What disambiguation reads of one candidate of a ``MatchCandidates``.
@usableFromInline struct CandidateFacts {
    /// The candidate as ``NearbyPlaces`` keeps it once chosen (in Syria or not, its point, its
    /// admin-1 key, its entry).
    @usableFromInline var neighbour: NearbyPlaces.Neighbour
    @usableFromInline var kind: PlaceKind
}

/// The scans' memos (``ScanMemo``: the facts of each word, the candidates of each name), lent
/// to one scan at a time.
///
/// Scans run on several threads at once; each borrows a memo for the whole text, so the lock
/// is taken twice per text, not per word or per match. A memo returns to the pool afterwards
/// and serves the next scan, so what it learnt ("Idlib", "Aleppo", "The") is not worked out again.
final class CandidateMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [ScanMemo] = []
    /// Most memos kept idle (one per thread that scans at once).
    static let poolSize = 8

    /// Calls `body` with a memo of `hot`'s facts that no other scan uses meanwhile.
    func borrow<R>(_ hot: HotIndex, _ body: (ScanMemo) -> R) -> R {
        lock.lock()
        let kept = idle.popLast()
        lock.unlock()
        let memo = kept.flatMap { $0.hot === hot ? $0 : nil } ?? ScanMemo(hot)
        defer {
            lock.lock()
            if idle.count < CandidateMemo.poolSize { idle.append(memo) }
            lock.unlock()
        }
        return body(memo)
    }
}

/// The candidates of each (terminal, spelling) met so far, in one ``ScanMemo``.
///
/// `candidates(_:written:)` is a pure function of the terminal and the bytes written, and names
/// recur from sentence to sentence and article to article ("Idlib", "Aleppo"), so each spelling's
/// `[Place]` and `String` are built once and later matches share them (a retain, not a copy of
/// every `Place`). Keeps spellings of up to 24 bytes, compared byte for byte, at most
/// ``capacity`` of them; other results are computed and not kept.
final class CandidateTable {
    private struct Entry {
        var terminal: Int32
        var count: Int32
        /// The spelling's bytes, packed as ``ScanMemo/pack(_:_:_:)`` packs them.
        var key: (UInt64, UInt64, UInt64)
    }

    /// Most spellings kept.
    static let capacity = 1 << 14
    private static let mask = 2 * capacity - 1
    /// Open-addressing slots: index into `entries`, or -1.
    private let slots: UnsafeMutablePointer<Int32>
    /// The first `count` are kept spellings.
    private let entries: UnsafeMutablePointer<Entry>
    /// The result of each kept spelling, beside `entries` (at the same index): neither moves
    /// nor is freed while the table lives, so it is lent in place.
    private let values: UnsafeMutablePointer<MatchCandidates>
    private var count = 0

    init() {
        slots = .allocate(capacity: CandidateTable.mask + 1)
        slots.initialize(repeating: -1, count: CandidateTable.mask + 1)
        entries = .allocate(capacity: CandidateTable.capacity)
        values = .allocate(capacity: CandidateTable.capacity)
    }

    deinit {
        for e in 0..<count { values[e].free() }
        values.deinitialize(count: count)
        values.deallocate()
        entries.deinitialize(count: count)
        entries.deallocate()
        slots.deallocate()
    }

    /// The kept result for terminal `t` when the spelling is the memoised word of facts `word`
    /// and that word's last match was to `t` (see ``value(_:_:_:_:word:make:)``): found
    /// at once, with no lookup; else `nil`. Valid while the table lives.
    @inline(__always)
    func kept(_ t: Int32, word: UnsafeMutablePointer<WordFacts>?) -> UnsafePointer<MatchCandidates>? {
        guard let word, word.pointee.candidates >= 0 else { return nil }
        let e = Int(word.pointee.candidates)
        return entries[e].terminal == t ? UnsafePointer(values + e) : nil
    }

    /// The kept result for terminal `t` written as `p[start..<end]`: found, or else `make()`'s,
    /// kept now; `nil` when it cannot be kept (a spelling of more than 24 bytes, or the table
    /// full), and `make` is not called then. Lent in place, valid while the table lives (no
    /// reference in it is retained). When the spelling is one memoised word (`word`, its facts),
    /// the facts remember where its result is kept, so that the word's next match finds it at
    /// once (``kept(_:word:)``).
    func value(_ t: Int32, _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
               word: UnsafeMutablePointer<WordFacts>?, make: () -> MatchCandidates) -> UnsafePointer<MatchCandidates>? {
        if let kept = kept(t, word: word) { return kept }
        let n = end - start
        guard n <= 24 else { return nil }
        let head = ScanMemo.pack(p, start, min(n, 16))
        let key = (head.0, head.1, n > 16 ? ScanMemo.pack(p, start + 16, n - 16).0 : 0)
        let h = (key.0 &* 0x9E37_79B9_7F4A_7C15) ^ ((key.1 ^ UInt64(n)) &* 0xC2B2_AE3D_27D4_EB4F)
            ^ ((key.2 ^ UInt64(UInt32(bitPattern: t))) &* 0x1656_67B1_9E37_79F9)
        var s = Int(truncatingIfNeeded: h >> 40) & CandidateTable.mask
        while true {
            let e = Int(slots[s])
            if e < 0 { break }
            let entry = entries + e
            if entry.pointee.terminal == t && entry.pointee.count == Int32(n) && entry.pointee.key == key {
                word?.pointee.candidates = Int32(e)
                return UnsafePointer(values + e)
            }
            s = (s + 1) & CandidateTable.mask
        }
        guard count < CandidateTable.capacity else { return nil }
        (entries + count).initialize(to: Entry(terminal: t, count: Int32(n), key: key))
        (values + count).initialize(to: make())
        slots[s] = Int32(count)
        word?.pointee.candidates = Int32(count)
        count += 1
        return UnsafePointer(values + count - 1)
    }

}
