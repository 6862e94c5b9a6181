/// A fast reader for the common shape of a JSON Lines article: one flat object whose values are
/// strings, numbers, booleans or null, parsed straight from UTF-8 bytes.
///
/// It keeps only the string values. Anything it does not handle (nested objects or arrays, bad
/// syntax, invalid escapes) makes it give up, and the caller falls back to `JSONSerialization`,
/// which also words the error messages — so the fast path never changes what is accepted.
struct FlatJSONObject {
    /// The keys an article record is read from: their string values are kept in slots, found
    /// by comparing the key's bytes, with no String made of the key.
    enum Key: Int, CaseIterable {
        case id, text, title, source, published, url

        /// The key's name in a record.
        var name: String { Self.names[rawValue] }
        private static let names = ["id", "text", "title", "source", "published", "url"]

        /// The key whose name is `bytes`, if any.
        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            func named(_ s: StaticString) -> Bool {  // (the lengths are equal)
                for k in 0..<bytes.count where bytes[k] != s.utf8Start[k] { return false }
                return true
            }
            switch bytes.count {
            case 2 where named("id"): self = .id
            case 4 where named("text"): self = .text
            case 5 where named("title"): self = .title
            case 6 where named("source"): self = .source
            case 9 where named("published"): self = .published
            case 3 where named("url"): self = .url
            default: return nil
            }
        }
    }

    /// The string values of the article keys, by ``Key`` (`nil`: none, or not a string).
    private var slots: (String?, String?, String?, String?, String?, String?)
    /// The string values of the other keys, each key once (a repeated key keeps its last
    /// value). A record has none or few: a look through them beats hashing the keys.
    private var others: [(key: String, value: String)] = []
    /// Keys whose value is not a string (number, boolean, null).
    private(set) var otherKeys: Set<String> = []
    /// Whether an escape (`\r`, `\u000D`) put a carriage return into some value.
    private(set) var madeCarriageReturn = false

    /// The object's string values with their keys, each key once.
    var fields: [(key: String, value: String)] {
        Key.allCases.compactMap { k in self[k].map { (k.name, $0) } } + others
    }

    /// The string value of an article key, if it has one.
    subscript(_ key: Key) -> String? {
        get {
            switch key {
            case .id: slots.0
            case .text: slots.1
            case .title: slots.2
            case .source: slots.3
            case .published: slots.4
            case .url: slots.5
            }
        }
        set {
            switch key {
            case .id: slots.0 = newValue
            case .text: slots.1 = newValue
            case .title: slots.2 = newValue
            case .source: slots.3 = newValue
            case .published: slots.4 = newValue
            case .url: slots.5 = newValue
            }
        }
    }

    /// The string value of `key`, if it has one.
    func string(_ key: String) -> String? {
        if let k = Key.allCases.first(where: { $0.name == key }) { return self[k] }
        return others.first { $0.key == key }?.value
    }

    /// Gives the other key `key` the string `value`, or no string value when `value` is `nil`.
    private mutating func set(_ key: String, _ value: String?) {
        if let k = others.firstIndex(where: { $0.key == key }) {
            if let value { others[k].value = value } else { others.remove(at: k) }
        } else if let value {
            others.append((key, value))
        }
    }

    /// Parses one line; `nil` when the line is not a flat object this reader handles.
    /// - Parameters:
    ///   - line: the bytes of one line, valid UTF-8.
    ///   - scratch: a reusable buffer for unescaping.
    init?(_ line: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) {
        var i = 0
        let n = line.count
        func skipSpace() { while i < n, line[i] == 0x20 || line[i] == 0x09 || line[i] == 0x0D || line[i] == 0x0A { i += 1 } }
        skipSpace()
        guard i < n, line[i] == 0x7B else { return nil }  // {
        i += 1
        skipSpace()
        if i < n, line[i] == 0x7D {
            i += 1
            skipSpace()
            if i != n { return nil }
            return
        }
        while true {
            skipSpace()
            guard i < n, line[i] == 0x22 else { return nil }
            // an article key by its bytes; any other key as a String
            var key: Key?
            var otherKey = ""
            guard Self.bytes(line, &i, &scratch, &madeCarriageReturn, { bytes, _ in
                key = Key(bytes)
                if key == nil {
                    guard let s = UTF8Text.string(validating: bytes) else { return false }
                    otherKey = s
                }
                return true
            }) else { return nil }
            skipSpace()
            guard i < n, line[i] == 0x3A else { return nil }  // :
            i += 1
            skipSpace()
            guard i < n else { return nil }
            let c = line[i]
            if c == 0x22 {
                var value: String?
                guard Self.bytes(line, &i, &scratch, &madeCarriageReturn, { bytes, nonASCII in
                    value = nonASCII.map { UTF8Text.string(validating: bytes, nonASCIIWithin: $0) }
                        ?? UTF8Text.string(validating: bytes)
                    return value != nil
                }) else { return nil }
                if let key {
                    self[key] = value
                    if !otherKeys.isEmpty { otherKeys.remove(key.name) }
                } else {
                    set(otherKey, value)
                    if !otherKeys.isEmpty { otherKeys.remove(otherKey) }
                }
            } else if c == 0x7B || c == 0x5B {
                return nil  // nested: let JSONSerialization handle it
            } else {
                guard Self.scalar(line, &i) else { return nil }
                if let key {
                    self[key] = nil
                    otherKeys.insert(key.name)
                } else {
                    set(otherKey, nil)
                    otherKeys.insert(otherKey)
                }
            }
            skipSpace()
            guard i < n else { return nil }
            if line[i] == 0x2C { i += 1; continue }
            guard line[i] == 0x7D else { return nil }
            i += 1
            skipSpace()
            guard i == n else { return nil }
            return
        }
    }

    /// A number, `true`, `false` or `null` at `i` (checked loosely; JSONSerialization judges
    /// anything unusual because the fast path gives up on it).
    private static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Bool {
        func word(_ w: StaticString) -> Bool {
            let len = w.utf8CodeUnitCount
            guard i + len <= b.count else { return false }
            for k in 0..<len where b[i + k] != w.utf8Start[k] { return false }
            i += len
            return true
        }
        if word("true") || word("false") || word("null") { return true }
        let start = i
        if i < b.count, b[i] == 0x2D { i += 1 }
        var digits = 0
        while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1; digits += 1 }
        guard digits > 0, !(b[start] == 0x30 && digits > 1), !(b[start] == 0x2D && b[start + 1] == 0x30 && digits > 1) else { return false }
        if i < b.count, b[i] == 0x2E {
            i += 1
            var frac = 0
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1; frac += 1 }
            guard frac > 0 else { return false }
        }
        if i < b.count, b[i] == 0x65 || b[i] == 0x45 {
            i += 1
            if i < b.count, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
            var exp = 0
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1; exp += 1 }
            guard exp > 0 else { return false }
        }
        return true
    }

    /// Hands `body` the bytes of the string starting at the quote at `i`, its escapes undone
    /// (in `scratch` when it has any), and when it is known, the range outside which they are
    /// all ASCII; `i` ends after the closing quote.
    /// - Returns: `false` for an unescaped control character, a bad escape, or when `body`
    ///   returns `false`.
    private static func bytes(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ scratch: inout [UInt8],
                              _ madeCarriageReturn: inout Bool,
                              _ body: (UnsafeBufferPointer<UInt8>, _ nonASCII: Range<Int>?) -> Bool) -> Bool {
        i += 1
        let start = i
        i = plainEnd(b, from: i)
        guard i < b.count else { return false }
        if b[i] == 0x22 {  // no escapes: the bytes as they stand
            i += 1
            return body(UnsafeBufferPointer(rebasing: b[start..<(i - 1)]), nil)
        }
        // unescaped, the string is never longer than the rest of the line
        if scratch.count < b.count - start { scratch = [UInt8](repeating: 0, count: b.count - start) }
        return scratch.withUnsafeMutableBufferPointer { out in
            var nonASCII = 0..<0
            guard let count = unescape(b, &i, from: start, into: out.baseAddress!, &madeCarriageReturn,
                                       nonASCII: &nonASCII) else { return false }
            return body(UnsafeBufferPointer(start: out.baseAddress!, count: count), nonASCII)
        }
    }

    /// Undoes the escapes (the first at `i`) of the string from byte `start` to the closing
    /// quote into `out`, which has room for all the bytes left in `b`; `i` ends after the
    /// closing quote. `nonASCII` ends as a range of `out` outside which every byte is ASCII.
    /// - Returns: the number of bytes written; `nil` for an unescaped control character or a
    ///   bad escape.
    private static func unescape(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, from start: Int,
                                 into out: UnsafeMutablePointer<UInt8>, _ madeCarriageReturn: inout Bool,
                                 nonASCII: inout Range<Int>) -> Int? {
        let p = b.baseAddress!
        var count = i - start
        out.update(from: p + start, count: count)
        // the bytes before the first escape were not looked at for non-ASCII ones
        var first = Int.max, end = 0
        let head = ByteScan.firstNonASCII(out, from: 0, count)
        if head < count { (first, end) = (head, count) }
        defer { nonASCII = first < end ? first..<end : 0..<0 }
        while i < b.count {
            let c = b[i]
            if c == 0x22 {
                i += 1
                return count
            }
            if c >= 0x20 && c < 0x80 && c != 0x5C {
                // (the one place the copy is made: the escapes and non-ASCII runs below come
                // back here, and an escape right after an escape skips it)
                copyPlain(p, b.count, &i, into: out, &count)
                continue
            }
            if c >= 0x80 {
                // a run of non-ASCII bytes, copied as they stand
                first = min(first, count)
                while i < b.count, b[i] >= 0x80 {
                    out[count] = b[i]
                    i += 1
                    count += 1
                }
                end = count
                continue
            }
            if c < 0x20 { return nil }
            guard i + 1 < b.count else { return nil }
            let e = b[i + 1]
            i += 2
            switch e {
            case 0x22, 0x5C, 0x2F: out[count] = e
            case 0x62: out[count] = 0x08
            case 0x66: out[count] = 0x0C
            case 0x6E: out[count] = 0x0A
            case 0x72: out[count] = 0x0D; madeCarriageReturn = true
            case 0x74: out[count] = 0x09
            case 0x75:
                guard var u = hex4(b, i) else { return nil }
                i += 4
                if u >= 0xD800 && u <= 0xDBFF {
                    // a surrogate pair
                    guard i + 6 <= b.count, b[i] == 0x5C, b[i + 1] == 0x75, let low = hex4(b, i + 2),
                          low >= 0xDC00 && low <= 0xDFFF else { return nil }
                    i += 6
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                } else if u >= 0xDC00 && u <= 0xDFFF {
                    return nil
                }
                guard let scalar = Unicode.Scalar(u) else { return nil }
                if u == 0x0D { madeCarriageReturn = true }
                if u >= 0x80 { first = min(first, count) }
                UTF8.encode(scalar) { out[count] = $0; count += 1 }
                if u >= 0x80 { end = count }
                count -= 1  // counted below
            default: return nil
            }
            count += 1
        }
        return nil
    }

    /// Copies the run of plain ASCII bytes at `p + at` (up to the first `"`, `\`, control
    /// character or non-ASCII byte, or `n`) to `out + written`, moving both on: in the same
    /// pass that finds its end, sixteen bytes stored a step, before they are tested.
    /// `out` must have room for everything left from `at`, with `written` not past `at`
    /// (unescaping never lengthens).
    @inline(__always)
    private static func copyPlain(_ p: UnsafePointer<UInt8>, _ n: Int, _ at: inout Int,
                                  into out: UnsafeMutablePointer<UInt8>, _ written: inout Int) {
        // (on locals: the loops keep them in registers)
        var i = at, count = written
        defer { at = i; written = count }
        while i &+ 16 <= n {
            let v = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
            UnsafeMutableRawPointer(out + count).storeBytes(of: v, as: SIMD16<UInt8>.self)
            if let k = first(stops(v)) {
                i &+= k
                count &+= k
                return
            }
            i &+= 16
            count &+= 16
        }
        while i < n, p[i] != 0x22, p[i] != 0x5C, p[i] >= 0x20, p[i] < 0x80 {
            out[count] = p[i]
            i += 1
            count += 1
        }
    }

    /// The bytes of `v` that end a plain run: `"`, `\`, control characters, non-ASCII bytes.
    @inline(__always)
    private static func stops(_ v: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        // read as signed bytes, the control characters and the non-ASCII bytes are exactly
        // those below 0x20: one comparison
        let signed = unsafeBitCast(v, to: SIMD16<Int8>.self)
        return (v .== SIMD16(repeating: 0x22)) .| (v .== SIMD16(repeating: 0x5C)) .| (signed .< SIMD16(repeating: 0x20))
    }

    /// The index (0–15) of the first byte set in `mask`; `nil` when none is. (Read from the
    /// mask as two words: the standard library's `any` may not compile to a single test.)
    @inline(__always)
    private static func first(_ mask: SIMDMask<SIMD16<Int8>>) -> Int? {
        let w = unsafeBitCast(SIMD16<UInt8>().replacing(with: 0xFF, where: mask), to: SIMD2<UInt64>.self)
        let low = UInt64(littleEndian: w[0]), high = UInt64(littleEndian: w[1])
        if low | high == 0 { return nil }
        return low != 0 ? ByteScan.first(low) : 8 &+ ByteScan.first(high)
    }

    /// The index of the first byte at or after `i` that a string cannot hold as it stands (`"`,
    /// `\`, a control character); the end of `b` when there is none. Sixteen bytes a step,
    /// compared at once as a vector, while none of them is such a byte; then eight at a time
    /// (in the bits of a word) to find the first.
    private static func plainEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        let n = b.count
        guard let p = b.baseAddress else { return n }
        var i = i
        let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C),
            space = SIMD16<UInt8>(repeating: 0x20)
        while i &+ 16 <= n {
            let v = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
            if any((v .== quote) .| (v .== backslash) .| (v .< space)) { break }
            i &+= 16
        }
        while i &+ 8 <= n {
            let m = special(ByteScan.load(p, i))
            if m != 0 { return i &+ ByteScan.first(m) }
            i &+= 8
        }
        while i < n, b[i] != 0x22, b[i] != 0x5C, b[i] >= 0x20 { i += 1 }
        return i
    }

    /// Flags the bytes of `w` that a string cannot hold as they stand (exact up to the first).
    @inline(__always)
    private static func special(_ w: UInt64) -> UInt64 {
        // `"` and the control characters are exactly the bytes below 0x21 once bit 1 is flipped
        ByteScan.below(w ^ 0x0202_0202_0202_0202, 0x21) | ByteScan.equal(w, 0x5C)
    }

    private static func hex4(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32? {
        guard i + 4 <= b.count else { return nil }
        var v: UInt32 = 0
        for k in i..<(i + 4) {
            let c = b[k]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }
}
