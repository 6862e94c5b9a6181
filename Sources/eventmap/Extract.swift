import ArgumentParser
import EventModel
import Export
import Extraction
import Foundation

extension Eventmap {
    /// `eventmap extract`: articles in, events out (see CONTRACT.md).
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read articles and write the events they report.",
            discussion: """
                Events from several articles that report the same thing (same place, sub-type and \
                overlapping dates) are merged: sources joined with "; ", the highest death toll kept. \
                Unreadable inputs are named on stderr and skipped; the exit status is then 1.
                """
        )

        /// Output formats.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case geojson, csv, jsonl
        }

        @OptionGroup var input: InputOptions

        @Option(help: "Output format.")
        var format: Format = .geojson

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
        var output: String?

        func run() throws {
            let (merged, problems) = try input.readEvents()
            try writeOutput(to: output) { handle in
                switch format {
                case .geojson: try GeoJSONWriter.write(merged, to: handle)
                case .csv: try CSVWriter.write(merged, to: handle)
                case .jsonl: try GeoJSONWriter.writeLines(merged, to: handle)
                }
            }
            if !problems.isEmpty { throw ExitCode.failure }
        }
    }
}
