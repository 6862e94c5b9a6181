import ArgumentParser
import EventModel
import Extraction
import Foundation

extension Eventmap {
    /// `eventmap places`: every place mention found, resolved or not (see CONTRACT.md).
    struct Places: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every place name found in the articles, resolved or not.",
            discussion: """
                Each mention carries its UTF-8 byte offsets in the article text (start, end), the \
                gazetteer entry it resolved to (lat and lon are null for a name that looks like a place \
                but is not in the gazetteer) and how it was matched (exact, folded, fuzzy:N, pattern).
                """
        )

        /// Output formats.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, jsonl
        }

        @OptionGroup var input: InputOptions

        @Option(help: "Output format.")
        var format: Format = .json

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
        var output: String?

        func run() throws {
            let gazetteer = try input.loadGazetteer()
            let extractor = EventExtractor(gazetteer: gazetteer)
            var problems: [ReadProblem] = []
            // streamed article by article (a big corpus has many more mentions than events)
            try writeOutput(to: output) { handle in
                var buffer = ""
                var count = 0
                func flush(atLeast bytes: Int) throws {
                    guard buffer.utf8.count >= bytes else { return }
                    try handle.write(contentsOf: Data(buffer.utf8))
                    buffer.removeAll(keepingCapacity: true)
                }
                var writeError: Error?
                problems = extractor.places(from: input.articleSource) { _, mentions in
                    guard writeError == nil else { return }
                    for m in mentions {
                        switch format {
                        case .json: buffer += (count == 0 ? "[\n" : ",\n") + m.jsonObject
                        case .jsonl: buffer += m.jsonObject + "\n"
                        }
                        count += 1
                    }
                    do { try flush(atLeast: 1 << 20) } catch { writeError = error }
                }
                if let writeError { throw writeError }
                if format == .json { buffer += count == 0 ? "[]\n" : "\n]\n" }
                try flush(atLeast: 0)
            }
            for p in problems { printError(p.description) }
            if !problems.isEmpty { throw ExitCode.failure }
        }
    }
}
