import EventModel
import Foundation
import Gazetteer

/// Gazetteer benchmarks: default load, exact lookups, and scanning a 100 MB corpus for every
/// name, beside `grep -F -w -f names.txt` over the same corpus with ~3,000 names.
///
/// `BENCH_GAZETTEER_QUICK=1` runs one load, 20 lookup rounds and a 5 MB scan without the peer:
/// small enough to run under `valgrind --tool=callgrind` for instruction counts.
func benchGazetteer() throws {
    let quick = ProcessInfo.processInfo.environment["BENCH_GAZETTEER_QUICK"] == "1"
    // Load: median of five fresh loads of the default data.
    var loads: [Double] = []
    var g: Gazetteer! = nil
    for _ in 0..<(quick ? 1 : 5) {
        loads.append(try seconds { g = try Gazetteer(extraFiles: []) })
    }
    report("gazetteer.load", loads.sorted()[loads.count / 2] * 1000, "ms")

    // Names: the first 3,000 rows of the default table (Syrian places, countries, big cities).
    guard let tsv = DataDirectory.file("places.tsv") else { print("bench: no places.tsv"); return }
    let rows = try String(contentsOf: tsv, encoding: .utf8).split(separator: "\n").dropFirst()
    let names = rows.prefix(3000).map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[1]) }

    // Exact lookups (of the names that resolve without fuzzy matching).
    let exactNames = names.filter { n in g.resolve(n).map { if case .fuzzy = $0.kind { false } else { true } } ?? false }
    var hits = 0
    let rounds = quick ? 20 : 400
    let lookupTime = seconds {
        for _ in 0..<rounds { for n in exactNames where g.resolve(n) != nil { hits += 1 } }
    }
    report("gazetteer.lookup", Double(rounds * exactNames.count) / lookupTime / 1e6, "M/s")
    print("bench: gazetteer.lookup \(exactNames.count) of \(names.count) names resolve exactly; \(hits) hits")

    // Scan: a deterministic 100 MB corpus of filler sentences with names in them.
    let corpus = makeCorpus(names: names, bytes: quick ? 5_000_000 : 100_000_000)
    var found = 0
    let scanTime = corpus.withUnsafeBufferPointer { p in seconds { found = g.countNames(in: p) } }
    report("gazetteer.scan", Double(corpus.count) / scanTime / 1e6, "MB/s")
    print("bench: gazetteer.scan found \(found) names in \(corpus.count / 1_000_000) MB")

    if quick { return }
    // Peer: grep -F -w with the same names over the same corpus.
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("eventmap-bench-gazetteer")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let corpusFile = dir.appendingPathComponent("corpus.txt"), namesFile = dir.appendingPathComponent("names.txt")
    try Data(corpus).write(to: corpusFile)
    try Data(names.joined(separator: "\n").utf8).write(to: namesFile)
    let grep = shell("LC_ALL=C grep -F -w -o -f '\(namesFile.path)' '\(corpusFile.path)' > /dev/null")
    if grep.status <= 1 { report("gazetteer.scan.peer", Double(corpus.count) / grep.seconds / 1e6, "MB/s") }
    try? FileManager.default.removeItem(at: dir)
}

/// Sentences written for this benchmark; `@` is replaced by a gazetteer name.
private let fillers = [
    "Shelling was reported near @ on the morning of the third day, residents said by telephone. ",
    "A convoy carrying flour and medicine reached @ after a week of waiting at the checkpoint. ",
    "Officials in @ said the power station would stay closed until the repairs were finished. ",
    "The monitoring group counted several dead and many more wounded after the raid on @. ",
    "Families who had left @ in the spring began to return once the roads were reopened. ",
    "Talks between the two sides were held in @, but no agreement on prisoners was reached. ",
    "the local council asked for generators, blankets and fuel before the winter set in. ",
    "Witnesses described long queues for bread, and the price of diesel had doubled again. ",
    "Engineers from @ inspected the damaged bridge and said it could carry light traffic. ",
    "A spokesman declined to comment on the reports, saying an inquiry was under way. ",
    "Schools in @ reopened with fewer teachers, and some classes met in tents outside. ",
    "Farmers along the river complained that the harvest had been lost to the drought. ",
]

/// `bytes` of filler text with names inserted, the same on every run (a fixed LCG).
private func makeCorpus(names: [String], bytes: Int) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes + 256)
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(truncatingIfNeeded: state >> 33)
    }
    let parts = fillers.map { $0.split(separator: "@", omittingEmptySubsequences: false).map { Array($0.utf8) } }
    let nameBytes = names.map { Array($0.utf8) }
    while out.count < bytes {
        let p = parts[next() % parts.count]
        out += p[0]
        for rest in p.dropFirst() {
            out += nameBytes[next() % nameBytes.count]
            out += rest
        }
        if next() % 8 == 0 { out.append(0x0A) }
    }
    return out
}
