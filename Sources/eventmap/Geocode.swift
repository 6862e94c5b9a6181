import ArgumentParser
import EventModel
import Export
import Foundation
import Gazetteer

extension Eventmap {
    /// `eventmap geocode NAME`: one name through the gazetteer (see CONTRACT.md).
    struct Geocode: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Look one place name up in the gazetteer.",
            discussion: """
                Prints the place the name resolves to (with --all, every entry filed under that name, \
                the chosen one first). An unknown name exits with status 1 and lists the closest names.
                """
        )

        /// Output formats.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, text
        }

        @Argument(help: "The place name, in any spelling (\"Khan Sheikhoun\", \"Idleb\", \"حلب\").")
        var name: String

        @Option(help: ArgumentHelp("The sentence around the name, for cues such as \"province of X\" or \"X countryside\".",
                                   valueName: "text"))
        var context: String?

        @Flag(help: "List every candidate, not only the chosen one.")
        var all = false

        @Option(help: "Output format.")
        var format: Format = .json

        @Option(help: ArgumentHelp("Extra gazetteer file (GeoNames dump, or CSV/TSV with name, lat, lon); may be repeated.",
                                   valueName: "file"))
        var gazetteer: [String] = []

        func run() throws {
            let g = try loadGazetteer(extraFiles: gazetteer)
            let ctx = GeocodeContext(sentence: context)
            guard let chosen = g.resolve(name, context: ctx) else {
                let near = g.suggestions(for: name).map { s in
                    "\(s.place.name) (\([s.place.admin1, s.place.country].compactMap { $0 }.joined(separator: ", ")))"
                }
                let hint = near.isEmpty ? "" : "; closest: " + near.joined(separator: ", ")
                printError("eventmap: no place named '\(name)' in the gazetteer\(hint)")
                throw ExitCode.failure
            }
            var rows = [chosen]
            if all, let candidates = g.candidates(for: name) {
                for c in candidates where c.id != chosen.place.id {
                    rows.append(Resolution(place: c, kind: chosen.kind, geoPrecision: c.kind.isArea ? .region : .exact))
                }
            }
            print(format == .json ? GeocodeOutput.json(rows) : GeocodeOutput.text(rows))
        }
    }
}

/// Formats `eventmap geocode` results.
enum GeocodeOutput {
    /// A JSON list of places.
    static func json(_ rows: [Resolution]) -> String {
        let items = rows.map { r -> String in
            let p = r.place
            let distance: String
            if case .fuzzy(let d) = r.kind { distance = "\(d)" } else { distance = "0" }
            let fields = [
                "\"name\": \(quote(p.name))",
                "\"lat\": \(coordinateText(p.coordinate.lat))",
                "\"lon\": \(coordinateText(p.coordinate.lon))",
                "\"kind\": \(quote(p.kind.rawValue))",
                "\"admin1\": \(p.admin1.map(quote) ?? "null")",
                "\"country\": \(quote(p.country))",
                "\"gazetteer_id\": \(quote(p.id))",
                "\"matched_by\": \(quote(r.kind.label))",
                "\"distance\": \(distance)",
                "\"geo_precision\": \(r.geoPrecision.rawValue)",
            ]
            return "  {" + fields.joined(separator: ", ") + "}"
        }
        return "[\n" + items.joined(separator: ",\n") + "\n]"
    }

    /// One line per place: name, lat, lon, kind, admin1, country, id, matched_by.
    static func text(_ rows: [Resolution]) -> String {
        rows.map { r in
            let p = r.place
            return [p.name, coordinateText(p.coordinate.lat), coordinateText(p.coordinate.lon), p.kind.rawValue, p.admin1 ?? "-",
                    p.country, p.id, r.kind.label].joined(separator: "\t")
        }.joined(separator: "\n")
    }

    private static func quote(_ s: String) -> String { JSONEscaping.quoted(s) }
}
