import EventModel
import Extraction
import Foundation
import Gazetteer

/// Extraction throughput on a synthetic corpus (at least 100 MB; `EVENTMAP_BENCH_MB` overrides),
/// on one core and on all cores (files in parallel), peak memory, and geotext on the same corpus.
///
/// Prints `bench extract.single`, `bench extract.parallel`, `bench extract.peak_memory`,
/// `bench extract.events` (events found per MB, so that speed is never bought by finding less)
/// and `bench extract.peer` (geotext, one article at a time, in Python).
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

    // one core: files one after another, articles streamed one file at a time
    var events = 0
    let single = seconds {
        for f in files {
            ArticleSource(inputs: [f]).forEachArticle { events += extractor.events(in: $0).events.count }
        }
    }
    report("extract.single", mb / single, "MB/s")

    // all cores: the streaming parallel extraction (batches of articles shared out over the cores)
    let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
    var parallelEvents = 0
    let parallel = seconds {
        extractor.events(from: ArticleSource(inputs: files), workers: cores) { _, found, _ in parallelEvents += found.count }
    }
    precondition(parallelEvents == events, "parallel run found other events than the single run")
    report("extract.parallel", mb / parallel, "MB/s")
    print("extract: \(events) events, \(cores) cores")
    report("extract.events", Double(events) / mb, "events/MB")
    report("extract.peak_memory", peakMemoryMiB(), "MiB")

    // the peer: geotext over the same articles
    let script = """
        import json, sys, time
        from geotext import GeoText
        files = sys.argv[1:]
        total = 0; found = 0; t = 0.0
        for f in files:
            with open(f, encoding='utf-8') as h:
                for line in h:
                    text = json.loads(line)['text']
                    t0 = time.perf_counter(); g = GeoText(text); t += time.perf_counter() - t0
                    total += len(text.encode('utf-8')); found += len(g.cities)
        print(f"{total / 1e6 / t:.2f} {found}")
        """
    let scriptURL = folder.appendingPathComponent("peer.py")
    try script.write(to: scriptURL, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("peer.out")
    let quoted = files.map { "'\($0)'" }.joined(separator: " ")
    let run = shell("python3 '\(scriptURL.path)' \(quoted) > '\(out.path)' 2>&1")
    let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
    let fields = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
    if run.status == 0, let rate = Double(fields.first ?? "") {
        report("extract.peer", rate, "MB/s")
        print("extract: geotext found \(fields.dropFirst().first ?? "?") city names")
    } else {
        print("extract: geotext peer not run (\(text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(200)))")
    }
}
