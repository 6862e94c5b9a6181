import EventModel
import Extraction
import Foundation
import Gazetteer

/// Extraction throughput on a synthetic corpus (at least 100 MB; `EVENTMAP_BENCH_MB` overrides),
/// on one core and on all cores (files in parallel), peak memory, and geotext on the same corpus.
///
/// Prints `bench extract` (the figure per core: the same as `extract.single`), `bench extract.single`,
/// `bench extract.parallel`, `bench extract.peak_memory`, `bench extract.events` (events found per
/// MB, so that speed is never bought by finding less) and `bench extract.peer` (geotext, one article
/// at a time, in Python).
///
/// The machine is shared, so one pass can be slowed by a neighbour: each throughput is the median
/// of several passes over the whole corpus (`EVENTMAP_BENCH_PASSES`, default 5; the parallel run and
/// geotext take 3), and every pass's figure is printed too. geotext is timed the same way.
/// `EVENTMAP_BENCH_CORPUS=DIR` writes the corpus into DIR and keeps it (for profiling).
func benchExtract() throws {
    let env = ProcessInfo.processInfo.environment
    let megabytes = Int(env["EVENTMAP_BENCH_MB"] ?? "") ?? 100
    let keep = env["EVENTMAP_BENCH_CORPUS"].map { URL(fileURLWithPath: $0) }
    let folder = keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("eventmap-bench-extract-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { if keep == nil { try? FileManager.default.removeItem(at: folder) } }

    let corpus = try SyntheticCorpus()
    let (files, textBytes) = try corpus.write(megabytes: megabytes, into: folder)
    let mb = Double(textBytes) / 1_000_000
    print("extract: \(files.count) files, \(String(format: "%.1f", mb)) MB of article text, \(corpus.towns.count) place names")

    resetPeakMemory()
    let gazetteer = try Gazetteer.standard()
    let extractor = EventExtractor(gazetteer: gazetteer)

    let passes = max(1, Int(env["EVENTMAP_BENCH_PASSES"] ?? "") ?? 5)
    let fewer = max(1, min(passes, 3))

    // one core: files one after another, articles streamed one file at a time
    var events = 0
    let single = medianRate(mb, passes: passes, label: "extract.single") {
        var found = 0
        for f in files {
            ArticleSource(inputs: [f]).forEachArticle { found += extractor.events(in: $0).events.count }
        }
        precondition(events == 0 || found == events, "a pass found other events than the first")
        events = found
    }
    report("extract", single, "MB/s")
    report("extract.single", single, "MB/s")

    // all cores: the streaming parallel extraction (batches of articles shared out over the cores)
    let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
    let parallel = medianRate(mb, passes: fewer, label: "extract.parallel") {
        var parallelEvents = 0
        extractor.events(from: ArticleSource(inputs: files), workers: cores) { _, found, _ in parallelEvents += found.count }
        precondition(parallelEvents == events, "parallel run found other events than the single run")
    }
    report("extract.parallel", parallel, "MB/s")
    print("extract: \(events) events, \(cores) cores")
    report("extract.events", Double(events) / mb, "events/MB")
    report("extract.peak_memory", peakMemoryMiB(), "MiB")

    // the peer: geotext over the same articles
    let script = """
        import json, sys, time
        from geotext import GeoText
        passes = int(sys.argv[1]); files = sys.argv[2:]
        texts = []
        for f in files:
            with open(f, encoding='utf-8') as h:
                texts += [json.loads(line)['text'] for line in h]
        total = sum(len(t.encode('utf-8')) for t in texts)
        rates = []
        for _ in range(passes):
            found = 0; t = 0.0
            for text in texts:
                t0 = time.perf_counter(); g = GeoText(text); t += time.perf_counter() - t0
                found += len(g.cities)
            rates.append(total / 1e6 / t)
        print(f"{sorted(rates)[len(rates) // 2]:.2f} {found} " + " ".join(f"{r:.2f}" for r in rates))
        """
    let scriptURL = folder.appendingPathComponent("peer.py")
    try script.write(to: scriptURL, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("peer.out")
    let quoted = files.map { "'\($0)'" }.joined(separator: " ")
    let run = shell("python3 '\(scriptURL.path)' \(fewer) \(quoted) > '\(out.path)' 2>&1")
    let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
    let fields = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
    if run.status == 0, let rate = Double(fields.first ?? "") {
        report("extract.peer", rate, "MB/s")
        print("extract: geotext found \(fields.dropFirst().first ?? "?") city names; passes: \(fields.dropFirst(2).joined(separator: ", ")) MB/s")
    } else {
        print("extract: geotext peer not run (\(text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(200)))")
    }
}

/// The median throughput (MB/s) of `passes` runs of `body` over `mb` megabytes; prints each pass's
/// figure under `label`.
private func medianRate(_ mb: Double, passes: Int, label: String, _ body: () -> Void) -> Double {
    var rates: [Double] = []
    for _ in 0..<passes { rates.append(mb / seconds(body)) }
    print("\(label): passes " + rates.map { String(format: "%.2f", $0) }.joined(separator: ", ") + " MB/s")
    return rates.sorted()[rates.count / 2]
}
