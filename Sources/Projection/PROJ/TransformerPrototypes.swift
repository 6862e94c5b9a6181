import Foundation

/// One prototype ``Transformer`` per (source, target) pair, from which new transformers are copied.
///
/// `proj_create_crs_to_crs` searches `proj.db` for every candidate operation; `proj_clone` of its
/// result onto a new context keeps all candidates and is far cheaper. Prototypes are only read, and
/// only under `lock`; each copy has its own context, so copies are independent of each other and of
/// the prototype. The cache holds one entry per distinct pair asked for during the process.
final class TransformerPrototypes: @unchecked Sendable {
    static let shared = TransformerPrototypes()

    private let lock = NSLock()
    private var prototypes: [Pair: Transformer] = [:]

    private struct Pair: Hashable {
        var source: String
        var target: String
    }

    /// A new transformer copied from the prototype for the pair, creating the prototype first if needed.
    ///
    /// - Throws: The ``ProjectionError`` from creating the prototype (failures are not cached).
    func transformer(from source: String, to target: String) throws -> Transformer {
        try lock.withLock {
            let key = Pair(source: source, target: target)
            let proto: Transformer
            if let cached = prototypes[key] {
                proto = cached
            } else {
                proto = try Transformer(from: source, to: target, databasePath: nil)
                prototypes[key] = proto
            }
            return try Transformer(cloning: proto)
        }
    }

    /// A copy of `transformer` (used for parallel workers), made under the lock.
    func copy(of transformer: Transformer) throws -> Transformer {
        try lock.withLock { try Transformer(cloning: transformer) }
    }
}
