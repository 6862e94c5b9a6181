import Foundation
import Testing
@testable import Projection

/// One transformer per thread gives exactly the single-threaded result.
@Suite struct ThreadingTests {
    @Test func twoThreadsAtOnceMatchOneThreadExactly() throws {
        let input = Fixture.syriaGrid(200_000)
        var expected = input
        try Transformer(from: "EPSG:4326", to: "EPSG:22770").forward(&expected)

        let results = Results()
        let group = DispatchGroup()
        for slot in 0..<2 {
            DispatchQueue.global().async(group: group) {
                do {
                    let t = try Transformer(from: "EPSG:4326", to: "EPSG:22770")
                    var mine = input
                    try t.forward(&mine)
                    var singles: [XY] = []
                    for p in input.prefix(5_000) { singles.append(try t.forward(p)) }
                    results.set(slot, mine, singles)
                } catch {
                    results.set(slot, [], [])
                }
            }
        }
        group.wait()
        for slot in 0..<2 {
            let (batch, singles) = results.get(slot)
            #expect(batch == expected, "thread \(slot) batch differs")
            #expect(singles == Array(expected.prefix(5_000)), "thread \(slot) single points differ")
        }
    }

    @Test func parallelBatchMatchesOneThreadExactly() throws {
        let t = try Transformer(from: "EPSG:4326", to: "EPSG:22770")
        var points = Fixture.syriaGrid(100_000) + [XY(x: 2.35, y: 48.85)] + Fixture.syriaGrid(100_000)
        var serial = points
        let a = try t.forward(&serial)
        let b = try t.forwardParallel(&points, workers: 2)
        #expect(points == serial)
        #expect(a == b)
        #expect(b.outsideAreaOfUse == [100_000])
        let c = try t.inverseParallel(&points, workers: 2)
        #expect(c.outsideAreaOfUse == [100_000])
        try t.inverse(&serial)
        #expect(points == serial)
    }
}

/// Per-thread results, written once each under a lock.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Int: ([XY], [XY])] = [:]
    func set(_ slot: Int, _ batch: [XY], _ singles: [XY]) { lock.withLock { slots[slot] = (batch, singles) } }
    func get(_ slot: Int) -> ([XY], [XY]) { lock.withLock { slots[slot] ?? ([], []) } }
}

/// Transformers copied from the cached prototype behave exactly like one made from scratch.
@Suite struct PrototypeTests {
    @Test func copiesMatchAFreshTransformerExactly() throws {
        let fresh = try Transformer(from: "EPSG:4326", to: "EPSG:22770", databasePath: nil)
        let copy1 = try Transformer(from: "EPSG:4326", to: "EPSG:22770")
        let copy2 = try Transformer(from: "EPSG:4326", to: "EPSG:22770")
        #expect(copy1.handle != copy2.handle && copy1.context !== copy2.context)
        let input = Fixture.places.map(\.lonLat) + Fixture.syriaGrid(20_000)
        var a = input, b = input, c = input
        let ra = try fresh.forward(&a), rb = try copy1.forward(&b), rc = try copy2.forward(&c)
        #expect(a == b && b == c)
        #expect(ra == rb && rb == rc)
        #expect(copy2.target.name == fresh.target.name && copy2.target.areaOfUse == fresh.target.areaOfUse)
        try fresh.inverse(&a)
        try copy1.inverse(&b)
        #expect(a == b)
    }
}
