/// Splits UTF-8 text into ``Token``s in one pass over its bytes.
///
/// A word starting with an ASCII letter — the common case — is read eight bytes a step: a few
/// integer operations flag the bytes that are not ASCII letters, the first one ends the word,
/// and its lowercased bytes are hashed as one chunk (``WordHash``); a run of such words
/// separated by spaces (or ", ") is read in one loop. Numbers ("1,000", "2.5", "7th"), words
/// with digits or non-ASCII bytes and the last word of the text take a byte-by-byte path giving
/// the same tokens. Tokens are written straight into the array's storage, each with its
/// ``Token/facts`` looked up while its hash is at hand.
enum Tokenizer {
    /// For each byte: its ASCII-lowercased value when it is an ASCII letter or digit, else 0.
    /// Digits keep bit 0x40 clear and lowercase letters have it set (see `kinds` below).
    private static let wordBytes: [UInt8] = (0..<256).map { b -> UInt8 in
        switch b {
        case 48...57, 97...122: return UInt8(b)
        case 65...90: return UInt8(b) | 0x20
        default: return 0
        }
    }

    /// Tokens of `bytes`, in order, and the bytes between them that may end a sentence (see
    /// ``SentenceStop``).
    /// - Complexity: O(n) in the number of bytes.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> (tokens: [Token], stops: [SentenceStop]) {
        guard let p = bytes.baseAddress, !bytes.isEmpty else { return ([], []) }
        let facts = TokenFacts.table
        return wordBytes.withUnsafeBufferPointer { table in
            // about one token in six bytes: the first guess nearly always holds them all
            var capacity = bytes.count / 4 + 16
            var out: [Token] = []
            var stops = StopList(capacity: bytes.count / 32 + 8)
            var i = 0
            while i < bytes.count {
                let part = [Token](unsafeUninitializedCapacity: capacity) { buffer, count in
                    (count, i) = fill(buffer, &stops, p, bytes.count, from: i, after: out.count, table.baseAddress!, facts)
                }
                if out.isEmpty { out = part } else { out += part }
                capacity *= 2
            }
            return (out, stops.array())
        }
    }

    /// The sentence stops met so far, in storage the tokenizer grows itself: an array's append
    /// would check at every stop that its storage is not shared.
    private struct StopList {
        private var base: UnsafeMutablePointer<SentenceStop>
        private var count = 0
        private var capacity: Int

        init(capacity: Int) {
            base = .allocate(capacity: capacity)
            self.capacity = capacity
        }

        @inline(__always)
        mutating func append(_ stop: SentenceStop) {
            if count == capacity { grow() }
            (base + count).initialize(to: stop)  // (count < capacity: within the allocation)
            count += 1
        }

        /// Twice the room, the stops moved over.
        @inline(never)
        private mutating func grow() {
            let larger = UnsafeMutablePointer<SentenceStop>.allocate(capacity: 2 * capacity)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }

        /// The stops, in order; the storage is freed (the list is not used again).
        mutating func array() -> [SentenceStop] {
            defer { base.deallocate() }
            return Array(UnsafeBufferPointer(start: base, count: count))
        }
    }

    /// Writes the tokens from byte `start` on into `out` until the text ends or `out` is full,
    /// and the sentence stops met between them into `stops`.
    /// - Parameter earlier: how many tokens come before byte `start`.
    /// - Returns: how many tokens were written, and the byte to go on from (`n` at the end).
    private static func fill(_ out: UnsafeMutableBufferPointer<Token>, _ stops: inout StopList,
                             _ p: UnsafePointer<UInt8>, _ n: Int, from start: Int, after earlier: Int,
                             _ table: UnsafePointer<UInt8>, _ facts: FactTable) -> (count: Int, next: Int) {
        let base = out.baseAddress!, capacity = out.count
        var count = 0
        var i = start
        while i < n {
            let b = p[i]
            if b == 0x20 { i += 1; continue }  // the commonest separator
            if (b | 0x20) &- 0x61 < 26, i &+ 8 <= n {  // an ASCII letter: words, the common case
                guard count < capacity else { break }
                i = words(base, &count, capacity, &stops, earlier, p, n, from: i, table, facts)
                continue
            }
            if table[Int(b)] == 0 {
                if b < 0x80 {  // ASCII space or punctuation
                    if isStopByte(b) { stops.append(SentenceStop(offset: i, tokensBefore: earlier + count)) }
                    i += 1
                    continue
                }
                let skip = separatorLength(p, i, n)
                if skip > 0 { i += skip; continue }
            }
            // a number, a word starting with a non-ASCII letter, the last word of the text
            guard count < capacity else { break }
            let token = slowToken(p, n, at: i, table, facts)
            (base + count).initialize(to: token)
            count += 1
            i = token.end
        }
        return (count, i)
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether the ASCII byte `b` may end a sentence (line end, `!`, `.`, `?`: see ``SentenceStop``).
    @inline(__always)
    private static func isStopByte(_ b: UInt8) -> Bool {
        let stopBytes: UInt64 = 1 << 0x0A | 1 << 0x21 | 1 << 0x2E | 1 << 0x3F
        return b < 64 && stopBytes >> b & 1 != 0
    }

    /// The eight bytes of `w` with ASCII letters lowercased, and bit 7 set in each byte that is
    /// not an ASCII letter — exact up to the first such byte, which is all a word needs (a
    /// non-ASCII byte may carry into the bytes above it, never into those below).
    @inline(__always)
    private static func letterBytes(_ w: UInt64) -> (lower: UInt64, ends: UInt64) {
        let y = w | 0x2020_2020_2020_2020
        // y in 0x61...0x7A: y + 0x1F reaches 0x80 and y + 0x05 does not
        return (y, ~((y &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(y &+ 0x0505_0505_0505_0505)) & highBits)
    }

    /// Whether a word of letters may go on with byte `b`: a digit or a non-ASCII byte.
    @inline(__always)
    private static func mayContinueWord(_ b: UInt8) -> Bool { b != 0x20 && (b >= 0x80 || b &- 0x30 < 10) }

    /// Writes the words from the ASCII letter at `start` on into `out` (from `count` on), eight
    /// bytes a step: each word of ASCII letters is found by ``letterBytes(_:)`` and hashed a chunk
    /// at a time (``WordHash``). The ASCII spaces and punctuation after a word (" ", ", ", ". ",
    /// ".\n\n", ") ") are passed as ``fill(_:_:_:_:from:after:_:_:)`` passes them, their sentence
    /// stops noted in `stops` (`earlier` tokens come before `out`). Stops before anything else
    /// (a digit, a non-ASCII byte), when fewer than eight bytes are left, or when `out` may be
    /// full; a word a digit or non-ASCII byte may go on with is read by ``slowToken(_:_:at:_:_:)``.
    /// - Returns: the byte to go on from.
    @inline(never)
    private static func words(_ out: UnsafeMutablePointer<Token>, _ count: inout Int, _ capacity: Int,
                              _ stops: inout StopList, _ earlier: Int,
                              _ p: UnsafePointer<UInt8>, _ n: Int, from start: Int, _ table: UnsafePointer<UInt8>,
                              _ facts: FactTable) -> Int {
        // a word and the byte after it take two bytes at least: no word starting after `lastStart`
        // keeps eight bytes readable and the tokens within `capacity` (one check a word for both)
        let lastStart = min(n &- 8, start &+ 2 &* (capacity &- count) &- 2)
        var next = out + count
        defer { count = next - out }
        var i = start
        while i <= lastStart {
            let w = ByteScan.load(p, i)
            var (lower, ends) = letterBytes(w)
            guard ends & 0x80 == 0 else { break }  // not a letter
            var h = WordHash.seed
            var j = i
            while ends == 0 {  // all eight are letters
                h = WordHash.mix(h, lower)
                j &+= 8
                guard j &+ 8 <= n else { break }
                (lower, ends) = letterBytes(ByteScan.load(p, j))
            }
            let end = ends & (0 &- ends)  // bit 7 of the first byte that is not a letter
            let last = j &+ end.trailingZeroBitCount &>> 3
            if ends == 0 || mayContinueWord(p[last]) {  // near the end of the text, or maybe not the end
                let token = slowToken(p, n, at: i, table, facts)
                next.initialize(to: token)
                next += 1
                return token.end
            }
            let keep = (end &>> 7) &- 1  // the bytes before it
            let hash = WordHash.finish(WordHash.mix(h, lower & keep))
            next.initialize(to: Token(start: i, end: last, hash: hash, isCapitalised: w & 0x20 == 0, isNumber: false,
                                      facts: facts.facts(hash)))
            next += 1
            if p[last] == 0x20 { i = last &+ 1; continue }
            // other ASCII spaces and punctuation (the word ends before no letter or digit, no
            // non-ASCII byte): passed here, a return to `fill` for them costs more than they do
            var k = last
            while k < n, p[k] < 0x80, table[Int(p[k])] == 0 {
                if isStopByte(p[k]) { stops.append(SentenceStop(offset: k, tokensBefore: earlier &+ (next - out))) }
                k &+= 1
            }
            guard k < n, (p[k] | 0x20) &- 0x61 < 26 else { return k }  // (a word of letters goes on here)
            i = k
        }
        return i
    }

    /// The token starting at `first` (an ASCII letter or digit, or a non-ASCII byte), byte by byte.
    /// A token starting with a digit is a number ("1,000", "2.5") unless a letter follows ("7th",
    /// "1980s"); its commas and full stops are not hashed.
    @inline(never)
    private static func slowToken(_ p: UnsafePointer<UInt8>, _ n: Int, at first: Int, _ table: UnsafePointer<UInt8>,
                                  _ facts: FactTable) -> Token {
        var hash = WordHash.Builder()
        let b = p[first]
        let startsWithDigit = b &- 0x30 < 10
        // the OR of the lowercased bytes: bit 0x40 is set once a letter (or a non-ASCII byte)
        // is in, so the token is a number while it stays clear
        var kinds: UInt8 = 0
        var i = first
        while i < n {
            let x = p[i]
            let l = table[Int(x)]
            if l != 0 {  // ASCII letter or digit
                kinds |= l
                hash.add(l)
                i += 1
                continue
            }
            if x >= 0x80 {  // any non-ASCII byte but a separator's belongs to the word
                if x >= 0xC2 && separatorLength(p, i, n) > 0 { break }
                kinds |= 0x40
                hash.add(x)
                i += 1
                continue
            }
            // keep "1,000" and "2.5" together
            if startsWithDigit, x == 0x2C || x == 0x2E, kinds & 0x40 == 0, i + 1 < n, p[i + 1] &- 0x30 < 10 {
                i += 1
                continue
            }
            break
        }
        let h = hash.value
        return Token(start: first, end: i, hash: h, isCapitalised: !startsWithDigit && ((b >= 65 && b <= 90) || b >= 0xC3),
                     isNumber: startsWithDigit && kinds & 0x40 == 0,
                     facts: startsWithDigit ? facts.facts(h).union(.startsWithDigit) : facts.facts(h))
    }

    /// The length of the separator character at `i`: 3 for U+2000–U+206F (E2 80 xx, E2 81 xx:
    /// typographic dashes, quotes, spaces), 2 for U+00A0, «, » (C2 A0/AB/BB), 0 for anything else.
    @inline(__always)
    private static func separatorLength(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int {
        let b = p[i]
        if b == 0xE2, i + 2 < n, p[i + 1] == 0x80 || p[i + 1] == 0x81 { return 3 }
        if b == 0xC2, i + 1 < n, p[i + 1] == 0xA0 || p[i + 1] == 0xAB || p[i + 1] == 0xBB { return 2 }
        return 0
    }
}
