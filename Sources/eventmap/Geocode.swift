import ArgumentParser

extension Eventmap {
    /// `eventmap geocode` (see CONTRACT.md).
    struct Geocode: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not built yet.")

        func run() throws {
            throw ValidationError("'eventmap geocode' is not built yet")
        }
    }
}
