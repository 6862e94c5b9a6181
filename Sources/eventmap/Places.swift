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
            var lines: [String] = []
            let problems = input.articleSource.forEachArticle { article in
                for m in extractor.places(in: article) { lines.append(m.jsonObject) }
            }
            for p in problems { printError(p.description) }
            let text: String
            switch format {
            case .json: text = lines.isEmpty ? "[]\n" : "[\n" + lines.joined(separator: ",\n") + "\n]\n"
            case .jsonl: text = lines.map { $0 + "\n" }.joined()
            }
            try writeOutput(to: output) { $0.write(Data(text.utf8)) }
            if !problems.isEmpty { throw ExitCode.failure }
        }
    }
}
