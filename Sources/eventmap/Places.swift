import ArgumentParser

extension Eventmap {
    /// `eventmap places` (see CONTRACT.md).
    struct Places: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not built yet.")

        func run() throws {
            throw ValidationError("'eventmap places' is not built yet")
        }
    }
}
