import ArgumentParser

extension Eventmap {
    /// `eventmap map` (see CONTRACT.md).
    struct Map: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not built yet.")

        func run() throws {
            throw ValidationError("'eventmap map' is not built yet")
        }
    }
}
