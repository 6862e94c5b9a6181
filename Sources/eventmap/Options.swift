import ArgumentParser
import EventModel
import Export
import Extraction
import Foundation
import Gazetteer

/// Input options shared by `extract`, `places` and `map` (pulled in with `@OptionGroup`).
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Article files, folders (read recursively: .txt, .md, .jsonl) or - for stdin.",
                                 valueName: "input"))
    var inputs: [String] = []

    @Option(help: ArgumentHelp("CSV with the header file,published,title,source,url giving metadata to plain files (file relative to the manifest's folder).",
                               valueName: "file"))
    var manifest: String?

    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) for articles that carry none.", valueName: "date"))
    var published: String?

    @Option(help: ArgumentHelp("Extra gazetteer file (TSV); may be repeated.", valueName: "file"))
    var gazetteer: [String] = []

    /// `--published` as a day (validated in ``validate()``).
    var publishedDay: Day? { published.flatMap { Day(iso: $0) } }

    /// `--manifest` as a file URL.
    var manifestURL: URL? { manifest.map { URL(fileURLWithPath: $0) } }

    func validate() throws {
        if inputs.isEmpty {
            throw ValidationError("Give at least one input: a file, a folder or - for stdin.")
        }
        if let p = published, Day(iso: p) == nil || p.utf8.count != 10 {
            throw ValidationError("--published must be a date written YYYY-MM-DD, not '\(p)'.")
        }
        if let m = manifest, !FileManager.default.isReadableFile(atPath: m) {
            throw ValidationError("--manifest: cannot read '\(m)'.")
        }
        for g in gazetteer where !FileManager.default.isReadableFile(atPath: g) {
            throw ValidationError("--gazetteer: cannot read '\(g)'.")
        }
    }
}

extension InputOptions {
    /// The standard gazetteer, plus the `--gazetteer` files; load issues go to stderr.
    /// - Throws: `ExitCode.failure` (after printing the reason) when the data cannot be loaded.
    func loadGazetteer() throws -> Gazetteer { try eventmap.loadGazetteer(extraFiles: gazetteer) }

    /// The article reader for these options.
    var articleSource: ArticleSource {
        ArticleSource(inputs: inputs, manifest: manifestURL, published: publishedDay)
    }
}

/// The standard gazetteer plus `extraFiles` (`--gazetteer`); bad rows go to stderr as `file:line: reason`.
/// - Throws: `ExitCode.failure` (after printing the reason) when the data cannot be loaded.
func loadGazetteer(extraFiles: [String]) throws -> Gazetteer {
    do {
        let g = extraFiles.isEmpty ? try Gazetteer.standard()
            : try Gazetteer(extraFiles: extraFiles.map { URL(fileURLWithPath: $0) })
        for issue in g.loadIssues { printError(issue) }
        return g
    } catch {
        printError("eventmap: \(error)")
        throw ExitCode.failure
    }
}

/// Writes one line to stderr.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Where a command writes: `-o FILE` (atomically) or stdout.
/// - Throws: `ExitCode.failure` after naming the file and the reason on stderr.
func writeOutput(to path: String?, _ body: (FileHandle) throws -> Void) throws {
    do {
        if let path, path != "-" {
            try AtomicFile.write(to: URL(fileURLWithPath: path), body)
        } else {
            try body(FileHandle.standardOutput)
        }
    } catch {
        printError("eventmap: cannot write \(path ?? "stdout"): \(OutputLayout.reason(error))")
        throw ExitCode.failure
    }
}

extension InputOptions {
    /// Reads every input, extracts events on every core (batches of articles, results in input
    /// order) and merges cross-article duplicates (``EventMerger``).
    ///
    /// Read problems (`path[:line]: reason`) and extraction warnings are printed on stderr as they
    /// come; the caller decides the exit status from `problems`.
    /// - Returns: the merged events in input order, and the read problems.
    /// - Throws: `ExitCode.failure` when the gazetteer cannot be loaded.
    func readEvents() throws -> (events: [Event], problems: [ReadProblem]) {
        let extractor = EventExtractor(gazetteer: try loadGazetteer())
        var events: [Event] = []
        let problems = extractor.events(from: articleSource) { _, found, warnings in
            for w in warnings { printError("eventmap: warning: \(w)") }
            events += found
        }
        for p in problems { printError(p.description) }
        return (EventMerger.merge(events), problems)
    }
}
