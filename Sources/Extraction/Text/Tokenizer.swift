/// Splits UTF-8 text into ``Token``s in one pass over its bytes.
enum Tokenizer {
    /// Byte classes: 0 separator, 1 letter, 2 digit.
    private static let classes: [UInt8] = (0..<256).map { b -> UInt8 in
        switch b {
        case 48...57: return 2
        case 65...90, 97...122: return 1
        case 0x80...0xFF: return 1
        default: return 0
        }
    }

    /// Tokens of `bytes`, in order.
    /// - Complexity: O(n) in the number of bytes.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        classes.withUnsafeBufferPointer { tokens(bytes, classes: $0) }
    }

    private static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(bytes.count / 5)
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            // U+2000–U+206F (E2 80 xx, E2 81 xx) and U+00A0 (C2 A0) are punctuation/space.
            if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 { i += 3; continue }
            if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 || bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB { i += 2; continue }
            let c = classes[Int(b)]
            if c == 0 { i += 1; continue }
            let start = i
            var h = WordHash.seed
            var digits = true
            while i < n {
                let x = bytes[i]
                let k = classes[Int(x)]
                if k == 0 {
                    // keep "1,000" and "2.5" together
                    if (x == 44 || x == 46), digits, i + 1 < n, classes[Int(bytes[i + 1])] == 2, i > start { i += 1; continue }
                    break
                }
                if x >= 0xC2 {
                    if x == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 { break }
                    if x == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 || bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB { break }
                }
                if k != 2 { digits = false }
                h = WordHash.add(h, x)
                i += 1
            }
            let capital = (b >= 65 && b <= 90) || b >= 0xC3
            out.append(Token(start: start, end: i, hash: h, isCapitalised: capital, isNumber: digits))
        }
        return out
    }
}
