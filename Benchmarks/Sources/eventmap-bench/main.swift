// eventmap-bench [NAME]: runs every benchmark, or the one named.
// Each prints `bench NAME VALUE UNIT` lines, and `bench NAME.peer VALUE UNIT` for the peer
// measured beside it in the same run (CONTRACT.md, Benchmarks).
import Foundation

let benchmarks: [(name: String, run: () throws -> Void)] = [
    ("projection", benchProjection),
    ("gazetteer", benchGazetteer),
    ("extract", benchExtract),
    ("geojson", benchGeoJSON),
    ("svg", benchSVG),
]

let wanted = CommandLine.arguments.dropFirst().first
var ran = 0
for b in benchmarks where wanted == nil || wanted == b.name || b.name.hasPrefix(wanted! + ".") {
    print("== \(b.name)")
    try b.run()
    ran += 1
}
if ran == 0 {
    print("eventmap-bench: no benchmark named \(wanted ?? ""); known: \(benchmarks.map(\.name).joined(separator: ", "))")
    exit(64)
}
