import Foundation
import Testing
@testable import Projection

/// Creating and dropping transformers does not grow memory: every PJ and context is freed.
@Suite(.serialized) struct MemoryTests {
    /// Resident set size in KiB, from `VmRSS` in /proc/self/status.
    static func residentKiB() -> Int {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in s.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return 0
    }

    @Test func creatingAndDroppingTransformersDoesNotGrowMemory() throws {
        // A proj-string pair is the cheapest to copy, so 100,000 fit in a test run; the EPSG path
        // (copies of a cached prototype too) and the failure paths are checked below with fewer rounds.
        let source = "+proj=longlat +ellps=clrk80ign"
        let target = "+proj=lcc +lat_1=34.65 +lat_0=34.65 +lon_0=37.35 +k_0=0.9996256 +x_0=300000 +y_0=300000 +ellps=clrk80ign"
        let rounds = 100_000
        func churn(_ n: Int) throws {
            for _ in 0..<n {
                let t = try Transformer(from: source, to: target)
                _ = try t.forward(XY(x: 37, y: 35))
            }
        }
        try churn(2_000)                       // warm up allocator pools and PROJ's caches
        let before = Self.residentKiB()
        try churn(rounds)
        let after = Self.residentKiB()
        // A leak of even one PJ (several KiB) per round would add hundreds of MiB. The bound leaves
        // room for other suites, which Swift Testing runs concurrently in this same process.
        #expect(after - before < 65_536, "RSS grew from \(before) KiB to \(after) KiB over \(rounds) transformers")
    }

    @Test func droppingEPSGTransformersAndFailuresDoesNotGrowMemory() throws {
        func churn(_ n: Int) {
            for _ in 0..<n {
                if let t = try? Transformer(from: "EPSG:4326", to: "EPSG:22770") {
                    var p = [XY(x: 37, y: 35), XY(x: 2, y: 48)]
                    _ = try? t.forward(&p)
                }
                _ = try? Transformer(from: "EPSG:4326", to: "EPSG:999999")   // failure path
                _ = try? CRS("PROJCRS[\"broken\", BASEGEOGCRS[")                   // parse failure
                // (Free text such as "garbage" makes PROJ search every name in proj.db: ~0.5 s each.)
            }
        }
        churn(30)
        let before = Self.residentKiB()
        churn(300)
        let after = Self.residentKiB()
        // 300 leaked PJ graphs for an EPSG pair would take far more than this shared-process bound.
        #expect(after - before < 32_768, "RSS grew from \(before) KiB to \(after) KiB")
    }
}
