import ArgumentParser

extension Eventmap {
    /// `eventmap extract` (see CONTRACT.md).
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not built yet.")

        func run() throws {
            throw ValidationError("'eventmap extract' is not built yet")
        }
    }
}
