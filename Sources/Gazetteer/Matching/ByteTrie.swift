/// A trie over folded name bytes, its edges in one open-addressing hash table.
///
/// Node 0 is the root. `terminal[node]` is an index into the gazetteer's name table, or -1.
struct ByteTrie {
    private var keys: [UInt64]
    private var children: [UInt32]
    private var mask: Int
    private var used = 0
    /// Name-table index for each node that ends a name, -1 for the others.
    private(set) var terminal: [Int32] = [-1]

    init() {
        keys = [UInt64](repeating: 0, count: 1 << 16)
        children = [UInt32](repeating: 0, count: 1 << 16)
        mask = (1 << 16) - 1
    }

    /// Number of nodes, root included.
    var nodeCount: Int { terminal.count }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The child of `node` along `byte`, or `nil`.
    @inline(__always) func child(_ node: UInt32, _ byte: UInt8) -> UInt32? {
        let key = (UInt64(node) << 8 | UInt64(byte)) &+ 1
        var i = ByteTrie.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return children[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Follows `bytes` from `node`; `nil` once the path leaves the trie.
    @inline(__always) func walk(_ node: UInt32, _ bytes: ArraySlice<UInt8>) -> UInt32? {
        var n = node
        for b in bytes {
            guard let c = child(n, b) else { return nil }
            n = c
        }
        return n
    }

    /// Inserts `bytes`, returning the node where they end.
    mutating func insert(_ bytes: [UInt8]) -> UInt32 {
        var n: UInt32 = 0
        for b in bytes {
            if let c = child(n, b) { n = c; continue }
            if (used + 1) * 2 > keys.count { grow() }
            let c = UInt32(terminal.count)
            terminal.append(-1)
            put((UInt64(n) << 8 | UInt64(b)) &+ 1, c)
            n = c
        }
        return n
    }

    /// Marks `node` as the end of name-table entry `index`.
    mutating func setTerminal(_ node: UInt32, _ index: Int32) { terminal[Int(node)] = index }

    private mutating func put(_ key: UInt64, _ value: UInt32) {
        var i = ByteTrie.slot(key, mask)
        while keys[i] != 0 { i = (i + 1) & mask }
        keys[i] = key
        children[i] = value
        used += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldChildren = children
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        children = [UInt32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        used = 0
        for i in 0..<oldKeys.count where oldKeys[i] != 0 { put(oldKeys[i], oldChildren[i]) }
    }
}
